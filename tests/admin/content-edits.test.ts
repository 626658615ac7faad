import { describe, expect, it } from 'vitest';
import { counterUses, freeId, locationUses, removeItem, slugify, splitList, updateItem } from '../../admin/state/content-edits';
import { parseRoute, formatRoute } from '../../admin/routing/hash-route';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

describe('counterUses', () => {
  it('lists the topics and cues that still point at a counter', () => {
    const uses = counterUses(voorbeeldstad(), 'sociaal-loket');
    expect(uses).toContainEqual({ kind: 'topic', id: 'schulden', name: 'Geldzorgen of schulden', role: 'counter' });
    expect(uses.some((use) => use.kind === 'cue')).toBe(true);
  });

  it('finds digital-help use and nothing for an unused counter', () => {
    const content = voorbeeldstad();
    expect(counterUses(content, 'ido').some((use) => use.role === 'digitalHelp')).toBe(true);
    expect(counterUses(content, 'niemand')).toEqual([]);
  });
});

describe('locationUses', () => {
  it('lists the counters at a location', () => {
    expect(locationUses(voorbeeldstad(), 'bibliotheek-centrum').map((c) => c.id)).toContain('ido');
  });
});

describe('edits', () => {
  it('replace one item and share the others', () => {
    const content = voorbeeldstad();
    const next = updateItem(content, 'topics', 1, (t) => ({ ...t, domain: 'X' }));
    expect(next.topics[1]?.domain).toBe('X');
    expect(next.topics[0]).toBe(content.topics[0]);
    expect(next.counters).toBe(content.counters);
    expect(removeItem(content, 'topics', 0).topics).toHaveLength(content.topics.length - 1);
  });
});

describe('list text', () => {
  it('splits keywords on commas and longer lists on lines, dropping empty items', () => {
    expect(splitList('schulden, deurwaarder ,, ', 'comma')).toEqual(['schulden', 'deurwaarder']);
    expect(splitList('een, twee\ndrie\n\n', 'line')).toEqual(['een, twee', 'drie']);
  });
});

describe('ids for new items', () => {
  it('suggests an id from a name and finds a free one', () => {
    expect(slugify('Sociaal Loket Noord – Één')).toBe('sociaal-loket-noord-een');
    expect(freeId([{ id: 'nieuw' }, { id: 'nieuw-2' }], 'nieuw')).toBe('nieuw-3');
  });
});

describe('hash routes', () => {
  it('read and write the view and the chosen item', () => {
    expect(parseRoute('#/loketten/sociaal-loket')).toEqual({ view: 'loketten', id: 'sociaal-loket' });
    expect(parseRoute('#/test')).toEqual({ view: 'test' });
    expect(parseRoute('')).toEqual({ view: 'onderwerpen' });
    expect(parseRoute('#/bestaat-niet')).toEqual({ view: 'onderwerpen' });
    expect(formatRoute({ view: 'locaties', id: 'stadskantoor' })).toBe('#/locaties/stadskantoor');
  });
});
