/**
 * Small immutable edits of a draft. Each returns a new Content and shares everything it did not
 * touch, so unchanged rows keep their identity and skip re-rendering.
 */
import type { Content, Counter, Location } from '../../core/content/schema';
import { settingsNaming, type CounterSetting } from './counter-settings';

export type ListKey = 'topics' | 'counters' | 'locations' | 'recognitionCues' | 'sourceDesks' | 'signalCategories';
export type ListItem<K extends ListKey> = Content[K][number];

export function updateItem<K extends ListKey>(
  content: Content,
  key: K,
  index: number,
  update: (item: ListItem<K>) => ListItem<K>,
): Content {
  const list = content[key] as ListItem<K>[];
  const item = list[index];
  if (item === undefined) return content;
  const next = list.slice();
  next[index] = update(item);
  return { ...content, [key]: next };
}

export function addItem<K extends ListKey>(content: Content, key: K, item: ListItem<K>): Content {
  return { ...content, [key]: [...(content[key] as ListItem<K>[]), item] };
}

export function removeItem<K extends ListKey>(content: Content, key: K, index: number): Content {
  return { ...content, [key]: (content[key] as ListItem<K>[]).filter((_, i) => i !== index) };
}

/** Empty text becomes "not set", so optional fields validate and vanish from the JSON. */
export function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

/** "a, b ,c" → ["a", "b", "c"]; also splits on new lines. Empty items are dropped. */
export function splitList(text: string, separator: 'comma' | 'line'): string[] {
  const parts = separator === 'comma' ? text.split(/[,\n]/) : text.split('\n');
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

export function joinList(items: readonly string[], separator: 'comma' | 'line'): string {
  return items.join(separator === 'comma' ? ', ' : '\n');
}

export type CounterUse =
  | { kind: 'topic' | 'cue'; id: string; name: string; role: 'counter' | 'digitalHelp' | 'suggests' }
  | { kind: 'setting'; id: CounterSetting; role: CounterSetting };

/** Everything that still points at a counter, the settings too; a counter in use may not be removed. */
export function counterUses(content: Content, counterId: string): CounterUse[] {
  const uses: CounterUse[] = [];
  for (const topic of content.topics) {
    if (topic.counter === counterId) uses.push({ kind: 'topic', id: topic.id, name: topic.title.nl || topic.id, role: 'counter' });
    if (topic.digitalHelp === counterId) uses.push({ kind: 'topic', id: topic.id, name: topic.title.nl || topic.id, role: 'digitalHelp' });
  }
  for (const cue of content.recognitionCues) {
    if (cue.suggests === counterId) uses.push({ kind: 'cue', id: cue.id, name: cue.text.nl || cue.id, role: 'suggests' });
  }
  for (const key of settingsNaming(content, counterId)) uses.push({ kind: 'setting', id: key, role: key });
  return uses;
}

/** Counters that still list a location. */
export function locationUses(content: Content, locationId: string): Counter[] {
  return content.counters.filter((counter) => counter.locationIds.includes(locationId));
}

/** An id that is not yet used in the list: "nieuw-onderwerp", "nieuw-onderwerp-2", … */
export function freeId(list: readonly { id: string }[], stem: string): string {
  const taken = new Set(list.map((item) => item.id));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
  }
}

/** "Sociaal Loket Noord" → "sociaal-loket-noord": a suggestion for the id of a new item. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
}

export function emptyCounter(id: string, name: string): Counter {
  return {
    id,
    kind: 'gemeente-balie',
    name,
    summary: '',
    helpsWith: [],
    doesNot: [],
    locationIds: [],
    appointment: 'walk-in-or-appointment',
    bring: [],
  };
}

export function emptyLocation(id: string, name: string): Location {
  return { id, name, address: { street: '', postalCode: '', city: '' }, hours: [] };
}

/** The counters as choices for a select: the id, labelled with the name (or the id while unnamed). */
export function counterOptionsOf(content: Pick<Content, 'counters'>): { value: string; label: string }[] {
  return content.counters.map((counter) => ({ value: counter.id, label: counter.name || counter.id }));
}
