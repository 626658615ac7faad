/**
 * Re-applies the admin's own edits on top of a draft that someone else saved in the meantime:
 * a three-way merge of `base` (what the admin started from), `mine` (the admin's edited draft)
 * and `theirs` (the newer draft on the server).
 *
 * - What only one side changed is kept.
 * - Lists of items with an `id` (topics, counters, …) are merged per item, so two people can edit
 *   different topics; an item one side removed stays removed unless the other side edited it.
 * - Objects are merged per field; other lists (keywords, opening hours) count as one value.
 * - When both changed the same value differently, the admin's value wins and the path is reported.
 */
import { deepEqual } from '../../core/content/diff-content';
import type { Content } from '../../core/content/schema';

export interface RebaseResult {
  content: Content;
  /** Dotted paths that both sides changed to different values; the admin's value was kept. */
  conflicts: string[];
}

type Json = unknown;
type Identified = { id: string } & Record<string, Json>;

function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIdentifiedList(value: Json): value is Identified[] {
  return Array.isArray(value) && value.every((item) => isPlainObject(item) && typeof item.id === 'string');
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/**
 * Merging values of one shape gives that shape: each part of the result is a part of one of them.
 * An empty base is an item that both sides added.
 */
function mergeValue<T>(base: T | Record<string, never>, mine: T, theirs: T, path: string, conflicts: string[]): T;
function mergeValue(base: Json, mine: Json, theirs: Json, path: string, conflicts: string[]): Json {
  if (deepEqual(mine, base)) return theirs;
  if (deepEqual(theirs, base) || deepEqual(mine, theirs)) return mine;
  if (isPlainObject(base) && isPlainObject(mine) && isPlainObject(theirs)) {
    return mergeObject(base, mine, theirs, path, conflicts);
  }
  if (isIdentifiedList(base) && isIdentifiedList(mine) && isIdentifiedList(theirs)) {
    return mergeIdentifiedList(base, mine, theirs, path, conflicts);
  }
  conflicts.push(path);
  return mine;
}

function mergeObject(
  base: Record<string, Json>,
  mine: Record<string, Json>,
  theirs: Record<string, Json>,
  path: string,
  conflicts: string[],
): Record<string, Json> {
  const merged: Record<string, Json> = {};
  const keys = new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)]);
  for (const key of keys) {
    const value = mergeValue(base[key], mine[key], theirs[key], join(path, key), conflicts);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function mergeIdentifiedList(
  base: Identified[],
  mine: Identified[],
  theirs: Identified[],
  path: string,
  conflicts: string[],
): Identified[] {
  const byId = (list: Identified[]) => new Map(list.map((item) => [item.id, item]));
  const baseById = byId(base);
  const mineById = byId(mine);
  const merged: Identified[] = [];
  const placed = new Set<string>();

  for (const their of theirs) {
    const baseItem = baseById.get(their.id);
    const myItem = mineById.get(their.id);
    placed.add(their.id);
    if (baseItem === undefined) {
      // They added it; if I added the same id too, my fields win where they differ.
      merged.push(myItem === undefined ? their : mergeValue({}, myItem, their, join(path, their.id), conflicts));
    } else if (myItem === undefined) {
      // I removed it: it stays removed unless they edited it meanwhile.
      if (!deepEqual(their, baseItem)) {
        conflicts.push(join(path, their.id));
        merged.push(their);
      }
    } else {
      merged.push(mergeValue(baseItem, myItem, their, join(path, their.id), conflicts));
    }
  }
  mine.forEach((myItem, index) => {
    if (placed.has(myItem.id)) return;
    const baseItem = baseById.get(myItem.id);
    if (baseItem === undefined) {
      // I added it: keep it near the item it followed in my list.
      const before = mine[index - 1];
      const at = before === undefined ? 0 : merged.findIndex((item) => item.id === before.id) + 1;
      merged.splice(at === 0 && before !== undefined ? merged.length : at, 0, myItem);
    } else if (!deepEqual(myItem, baseItem)) {
      // They removed what I edited: keep my edit, and say so.
      conflicts.push(join(path, myItem.id));
      merged.push(myItem);
    }
    placed.add(myItem.id);
  });
  return merged;
}

export function rebaseDraft(base: Content, mine: Content, theirs: Content): RebaseResult {
  const conflicts: string[] = [];
  const content = mergeValue(base, mine, theirs, '', conflicts);
  return { content, conflicts };
}
