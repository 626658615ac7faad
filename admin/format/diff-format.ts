/**
 * Words for a diff: "loket: Sociaal Loket → Werk en Inkomen" instead of
 * "topics.schulden.counter: sociaal-loket → werk-inkomen". Ids of counters and locations become
 * their names, opening hours a readable week, lists a comma-separated line.
 */
import type { DiffSection } from '../../core/content/diff-content';
import type { Content, OpeningHours } from '../../core/content/schema';
import { formatWeekHours } from '../../core/hours/format-week-hours';
import { nameOf } from './name-of';
import { labelOf } from '../i18n/label-of';
import { COUNTER_SETTINGS } from '../state/counter-settings';
import { nl } from '../i18n/nl';

export interface NameLookup {
  counter: (id: string) => string;
  location: (id: string) => string;
}

/** Names from the first content that has the id; the id itself when none has it. */
export function lookupIn(...contents: (Content | null)[]): NameLookup {
  const byName = (item: { name: string }) => item.name;
  return {
    counter: (id) =>
      nameOf(
        contents.map((content) => content?.counters),
        id,
        byName,
      ),
    location: (id) =>
      nameOf(
        contents.map((content) => content?.locations),
        id,
        byName,
      ),
  };
}

/** "counter" → "loket"; "hours.1.closes" → "openingstijden, blok 2: open tot". */
export function fieldLabel(section: DiffSection, field: string): string {
  const hoursRow = /^hours\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (section === 'locations' && hoursRow) {
    const part = hoursRow[2] === undefined ? undefined : labelOf(nl.hoursFieldLabels, hoursRow[2]);
    return `${nl.fieldLabels.locations.hours}, ${nl.hoursRow(Number(hoursRow[1]) + 1).toLowerCase()}${part ? `: ${part}` : ''}`;
  }
  return (nl.fieldLabels as Partial<Record<DiffSection, Record<string, string>>>)[section]?.[field] ?? field;
}

export const ITEM_NOUNS: Record<DiffSection, string> = nl.itemNouns;

function isOpeningHours(value: unknown): value is OpeningHours[] {
  return (
    Array.isArray(value) &&
    value.every(
      (h) =>
        typeof h === 'object' && h !== null && Array.isArray((h as OpeningHours).days) && typeof (h as OpeningHours).opens === 'string',
    )
  );
}

/** A value as a person reads it; `undefined` (the field did not exist) is "(leeg)". */
export function describeValue(section: DiffSection, field: string, value: unknown, names: NameLookup): string {
  if (value === undefined || value === null || value === '') return nl.diffEmpty;
  const counterField =
    (section === 'topics' && (field === 'counter' || field === 'digitalHelp')) ||
    (section === 'recognitionCues' && field === 'suggests') ||
    (section === 'settings' && COUNTER_SETTINGS.some((key) => key === field));
  if (counterField && typeof value === 'string') return names.counter(value);
  if (section === 'counters' && field === 'locationIds' && Array.isArray(value)) {
    return value.map((id) => (typeof id === 'string' ? names.location(id) : String(id))).join(', ') || nl.diffEmpty;
  }
  if (section === 'counters' && field === 'kind' && typeof value === 'string') {
    return labelOf(nl.counterKinds, value) ?? value;
  }
  if (section === 'counters' && field === 'appointment' && typeof value === 'string') {
    return labelOf(nl.appointmentKinds, value) ?? value;
  }
  if (field === 'hours' && isOpeningHours(value)) return formatWeekHours(value, 'nl');
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ') || nl.diffEmpty;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Content is JSON: what is left is an object.
  return JSON.stringify(value);
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * A changed list of words (keywords, what a counter does, what to bring) as what was added and
 * what was removed: "+ bewindvoering" instead of the whole old list struck through and the whole
 * new one again. Null when the values are not two such lists, or when only the order changed.
 */
export function listDelta(before: unknown, after: unknown): { added: string[]; removed: string[] } | null {
  const from = before === undefined ? [] : before;
  const to = after === undefined ? [] : after;
  if (!isStringList(from) || !isStringList(to)) return null;
  const had = new Set(from);
  const has = new Set(to);
  const added = to.filter((item) => !had.has(item));
  const removed = from.filter((item) => !has.has(item));
  return added.length + removed.length > 0 ? { added, removed } : null;
}

type Labelled = { id: string } & Record<string, unknown>;

function itemLabel(item: Labelled): string {
  const pick = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
  const translated = (value: unknown) => (typeof value === 'object' && value !== null ? pick((value as { nl?: unknown }).nl) : null);
  return pick(item.name) ?? translated(item.title) ?? translated(item.text) ?? item.id;
}

/** "topics.schulden.counter" → 'Onderwerp "Geldzorgen of schulden": loket'. */
export function describePath(path: string, content: Record<string, unknown>): string {
  const [section, id, ...rest] = path.split('.');
  if (section === undefined || !(section in ITEM_NOUNS)) return path;
  const known = section as DiffSection;
  const list = content[known];
  if (Array.isArray(list) && id !== undefined) {
    const item = (list as Labelled[]).find((candidate) => candidate?.id === id);
    const name = `${ITEM_NOUNS[known]} "${item ? itemLabel(item) : id}"`;
    return rest.length > 0 ? `${name}: ${fieldLabel(known, rest.join('.'))}` : name;
  }
  const field = [id, ...rest].filter(Boolean).join('.');
  return field ? `${ITEM_NOUNS[known]}: ${fieldLabel(known, field)}` : ITEM_NOUNS[known];
}
