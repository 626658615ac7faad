/**
 * From a validation issue's path ("topics.3.title.nl") to the form field that shows it, and to the
 * screen where that field lives. Lists that are edited as one text (keywords, "helps with",
 * opening days) show the issues of their items on the list's own field.
 */
import type { ContentIssue } from '../../core/content/parse-content';
import type { Content } from '../../core/content/schema';
import type { Route } from '../routing/hash-route';

/** Fields whose value is a list edited in one control: an issue on an item belongs to the list. */
const LIST_FIELDS = new Set(['keywords', 'helpsWith', 'doesNot', 'bring', 'locationIds', 'days']);

/** The path of the field that shows an issue. */
export function fieldPathOf(issuePath: string): string {
  const parts = issuePath.split('.');
  const listAt = parts.findIndex((part) => LIST_FIELDS.has(part));
  return listAt === -1 ? issuePath : parts.slice(0, listAt + 1).join('.');
}

/** The DOM id of a field: stable for a path, valid in a URL fragment and a CSS selector. */
export function fieldId(path: string): string {
  return `veld-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

export type IssuesByField = ReadonlyMap<string, readonly string[]>;

export function issuesByField(issues: readonly ContentIssue[]): IssuesByField {
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    const path = fieldPathOf(issue.path);
    const messages = byField.get(path) ?? [];
    if (!messages.includes(issue.message)) messages.push(issue.message);
    byField.set(path, messages);
  }
  return byField;
}

const SECTION_VIEWS: Record<string, Route['view']> = {
  topics: 'onderwerpen',
  counters: 'loketten',
  locations: 'locaties',
  recognitionCues: 'signalen',
  sourceDesks: 'signalen',
  signalCategories: 'signalen',
  settings: 'instellingen',
};

/** The screen that shows the field of an issue, or null when no screen edits it. */
export function routeForIssue(issuePath: string, content: Content): Route | null {
  const [section, index] = issuePath.split('.');
  const view = section === undefined ? undefined : SECTION_VIEWS[section];
  if (view === undefined) return null;
  if (view === 'loketten' || view === 'locaties') {
    const list = view === 'loketten' ? content.counters : content.locations;
    const item = index === undefined ? undefined : list[Number(index)];
    return item === undefined ? { view } : { view, id: item.id };
  }
  return { view };
}

/** The name an admin recognises for the item an issue is about: "Onderwerp 'Geldzorgen of schulden'". */
export function itemNameOf(issuePath: string, content: Content): { section: string; name: string | null } {
  const [section = '', index] = issuePath.split('.');
  const at = Number(index);
  const pick = (): string | null => {
    if (index === undefined || !Number.isInteger(at)) return null;
    switch (section) {
      case 'topics':
        return content.topics[at]?.title.nl || content.topics[at]?.id || null;
      case 'counters':
        return content.counters[at]?.name || content.counters[at]?.id || null;
      case 'locations':
        return content.locations[at]?.name || content.locations[at]?.id || null;
      case 'recognitionCues':
        return content.recognitionCues[at]?.text.nl || content.recognitionCues[at]?.id || null;
      case 'sourceDesks':
        return content.sourceDesks[at]?.name || content.sourceDesks[at]?.id || null;
      case 'signalCategories':
        return content.signalCategories[at]?.name || content.signalCategories[at]?.id || null;
      default:
        return null;
    }
  };
  return { section, name: pick() };
}
