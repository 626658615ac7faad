/**
 * A readable, field-by-field comparison of two versions of a tenant's content: which topics,
 * counters, locations, cues… were added, removed or changed, and a one-line Dutch summary
 * ("2 onderwerpen gewijzigd, 1 loket toegevoegd"). The worker uses it for `/diff` and the audit
 * log; the admin app imports the same function for its local diffs and the re-apply screen.
 *
 * Pure and zod-free: it only reads the content, so it also runs on unvalidated drafts.
 */
import type { Content } from './schema';

/** The parts of the content, in the order a diff lists them. */
export const DIFF_SECTIONS = [
  'topics',
  'counters',
  'locations',
  'recognitionCues',
  'sourceDesks',
  'signalCategories',
  'tenant',
  'settings',
  'principles',
  'about',
] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  /**
   * Where, with list items named by id rather than position, so the path stays true across
   * versions: "topics.schulden.counter", "locations.stadskantoor.hours", "tenant.name".
   */
  path: string;
  /** The field inside the item: "counter", "title.nl", "hours". Empty for a whole section. */
  field: string;
  /** Absent when the field did not exist on that side. */
  before?: unknown;
  after?: unknown;
}

export interface ContentChange {
  section: DiffSection;
  kind: ChangeKind;
  /** The item's id in a list section; null for tenant, principles and about. */
  id: string | null;
  /** What a person calls the item: a topic's Dutch title, a counter's name. */
  label: string;
  /** For "changed": every field that differs. Empty for "added" and "removed". */
  fields: FieldChange[];
  /** The whole item as it was (removed) or became (added). */
  before?: unknown;
  after?: unknown;
}

export interface DiffResult {
  summary: string;
  changes: ContentChange[];
}

/** What the diff reads: the content shape, loosely, so a draft that fails validation can be compared. */
export type DiffableContent = Partial<Record<keyof Content, unknown>>;

type Item = Record<string, unknown>;
type ListSection = Exclude<DiffSection, 'tenant' | 'settings' | 'principles' | 'about'>;

const LIST_SECTIONS: readonly ListSection[] = ['topics', 'counters', 'locations', 'recognitionCues', 'sourceDesks', 'signalCategories'];

/** Singular and plural Dutch nouns for the summary. */
const NOUNS: Record<DiffSection, [one: string, many: string]> = {
  topics: ['onderwerp', 'onderwerpen'],
  counters: ['loket', 'loketten'],
  locations: ['locatie', 'locaties'],
  recognitionCues: ['herkenningssignaal', 'herkenningssignalen'],
  sourceDesks: ['verwijzende balie', 'verwijzende balies'],
  signalCategories: ['signaalcategorie', 'signaalcategorieën'],
  tenant: ['gegevens van de gemeente', 'gegevens van de gemeente'],
  settings: ['instellingen', 'instellingen'],
  principles: ['uitgangspunten', 'uitgangspunten'],
  about: ['toelichting', 'toelichting'],
};

const VERBS: Record<ChangeKind, string> = { added: 'toegevoegd', changed: 'gewijzigd', removed: 'verwijderd' };
const KIND_ORDER: readonly ChangeKind[] = ['changed', 'added', 'removed'];

function isListSection(section: DiffSection): section is ListSection {
  return (LIST_SECTIONS as readonly DiffSection[]).includes(section);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isRecord(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Equality of JSON values: same primitives, same arrays in order, same object fields. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => deepEqual(a[key], b[key]));
  }
  return false;
}

/**
 * Differences between two values, recursing into objects only. An array is one field: a
 * changed keyword list or week of opening hours reads better as before/after than as
 * "element 3 changed" after an insertion shifted every position.
 */
function fieldChanges(before: unknown, after: unknown, prefix: string, field: string): FieldChange[] {
  if (deepEqual(before, after)) return [];
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => fieldChanges(before[key], after[key], prefix ? `${prefix}.${key}` : key, field ? `${field}.${key}` : key));
  }
  return [
    {
      path: prefix,
      field,
      ...(before !== undefined && { before }),
      ...(after !== undefined && { after }),
    },
  ];
}

function labelOf(section: ListSection, item: Item): string {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
  const translated = (value: unknown) => (isRecord(value) ? (text(value.nl) ?? text(value.en)) : null);
  const label = section === 'topics' ? translated(item.title) : section === 'recognitionCues' ? translated(item.text) : text(item.name);
  return label ?? String(item.id);
}

function itemsById(list: unknown): Map<string, Item> {
  const items = new Map<string, Item>();
  if (!Array.isArray(list)) return items;
  for (const item of list) {
    // A duplicate id is a validation error elsewhere; the first one stands for it here.
    if (isRecord(item) && typeof item.id === 'string' && !items.has(item.id)) items.set(item.id, item);
  }
  return items;
}

function diffList(section: ListSection, before: unknown, after: unknown): ContentChange[] {
  const old = itemsById(before);
  const next = itemsById(after);
  const changes: ContentChange[] = [];
  // Items in the order of the newer list, then the removed ones in their old order.
  for (const [id, item] of next) {
    const previous = old.get(id);
    if (previous === undefined) {
      changes.push({ section, kind: 'added', id, label: labelOf(section, item), fields: [], after: item });
      continue;
    }
    const fields = fieldChanges(previous, item, `${section}.${id}`, '');
    if (fields.length > 0) changes.push({ section, kind: 'changed', id, label: labelOf(section, item), fields });
  }
  for (const [id, item] of old) {
    if (!next.has(id)) changes.push({ section, kind: 'removed', id, label: labelOf(section, item), fields: [], before: item });
  }
  return changes;
}

function diffWhole(section: Exclude<DiffSection, ListSection>, before: unknown, after: unknown): ContentChange[] {
  const fields = fieldChanges(before, after, section, '');
  if (fields.length === 0) return [];
  const [one] = NOUNS[section];
  return [{ section, kind: 'changed', id: null, label: capitalise(one), fields }];
}

/** "2 onderwerpen gewijzigd, 1 loket toegevoegd", or "Geen wijzigingen". */
export function summariseChanges(changes: readonly ContentChange[]): string {
  const parts: string[] = [];
  for (const section of DIFF_SECTIONS) {
    for (const kind of KIND_ORDER) {
      const count = changes.filter((change) => change.section === section && change.kind === kind).length;
      if (count === 0) continue;
      const [one, many] = NOUNS[section];
      parts.push(isListSection(section) ? `${count} ${count === 1 ? one : many} ${VERBS[kind]}` : `${one} ${VERBS[kind]}`);
    }
  }
  if (parts.length === 0) return 'Geen wijzigingen';
  return capitalise(parts.join(', '));
}

/** What changed from `before` to `after`. The order of items within a list is not a change. */
export function diffContent(before: DiffableContent, after: DiffableContent): DiffResult {
  const changes = DIFF_SECTIONS.flatMap((section) =>
    isListSection(section) ? diffList(section, before[section], after[section]) : diffWhole(section, before[section], after[section]),
  );
  return { summary: summariseChanges(changes), changes };
}
