import { describe, expect, it } from 'vitest';
import { rebaseDraft } from '../../admin/state/rebase';
import { deepEqual } from '../../core/content/diff-content';
import type { Content } from '../../core/content/schema';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

function topic(content: Content, id: string) {
  const found = content.topics.find((t) => t.id === id);
  if (!found) throw new Error(`no topic ${id}`);
  return found;
}

describe('rebaseDraft', () => {
  it('keeps both sides when they edited different topics', () => {
    const base = voorbeeldstad();
    const mine = structuredClone(base);
    topic(mine, 'schulden').counter = 'werk-inkomen';
    const theirs = structuredClone(base);
    topic(theirs, 'digid-aanvragen').title.en = 'Request a DigiD';

    const { content, conflicts } = rebaseDraft(base, mine, theirs);
    expect(topic(content, 'schulden').counter).toBe('werk-inkomen');
    expect(topic(content, 'digid-aanvragen').title.en).toBe('Request a DigiD');
    expect(conflicts).toEqual([]);
  });

  it('merges different fields of the same topic, down to the languages of a title', () => {
    const base = voorbeeldstad();
    const mine = structuredClone(base);
    topic(mine, 'schulden').title.nl = 'Schulden en geldzorgen';
    const theirs = structuredClone(base);
    topic(theirs, 'schulden').title.en = 'Debts and money worries';
    topic(theirs, 'schulden').domain = 'Geld';

    const merged = topic(rebaseDraft(base, mine, theirs).content, 'schulden');
    expect(merged.title).toEqual({ nl: 'Schulden en geldzorgen', en: 'Debts and money worries' });
    expect(merged.domain).toBe('Geld');
  });

  it('lets the admin’s value win when both changed the same field, and reports the path', () => {
    const base = voorbeeldstad();
    const mine = structuredClone(base);
    topic(mine, 'schulden').counter = 'werk-inkomen';
    const theirs = structuredClone(base);
    topic(theirs, 'schulden').counter = 'overheidsbreed-loket';

    const { content, conflicts } = rebaseDraft(base, mine, theirs);
    expect(topic(content, 'schulden').counter).toBe('werk-inkomen');
    expect(conflicts).toEqual(['topics.schulden.counter']);
  });

  it('treats a keyword list as one value', () => {
    const base = voorbeeldstad();
    const mine = structuredClone(base);
    topic(mine, 'schulden').keywords = ['schulden'];
    const theirs = structuredClone(base);
    const { content, conflicts } = rebaseDraft(base, mine, theirs);
    expect(topic(content, 'schulden').keywords).toEqual(['schulden']);
    expect(conflicts).toEqual([]);
  });

  it('keeps a topic the admin added, after the topic it followed', () => {
    const base = voorbeeldstad();
    const mine = structuredClone(base);
    const at = mine.topics.findIndex((t) => t.id === 'schulden');
    mine.topics.splice(at + 1, 0, {
      id: 'nieuw',
      domain: 'Geld en schulden',
      title: { nl: 'Nieuw', en: 'New' },
      keywords: [],
      counter: 'sociaal-loket',
    });
    const theirs = structuredClone(base);
    theirs.topics = theirs.topics.filter((t) => t.id !== 'digid-app');

    const ids = rebaseDraft(base, mine, theirs).content.topics.map((t) => t.id);
    expect(ids[ids.indexOf('schulden') + 1]).toBe('nieuw');
    expect(ids).not.toContain('digid-app');
  });

  it('removes what the admin removed, unless the other person edited it meanwhile', () => {
    const base = voorbeeldstad();
    const mine = structuredClone(base);
    mine.topics = mine.topics.filter((t) => t.id !== 'schulden' && t.id !== 'digid-app');
    const theirs = structuredClone(base);
    topic(theirs, 'schulden').domain = 'Geld';

    const { content, conflicts } = rebaseDraft(base, mine, theirs);
    expect(content.topics.map((t) => t.id)).not.toContain('digid-app');
    expect(topic(content, 'schulden').domain).toBe('Geld');
    expect(conflicts).toEqual(['topics.schulden']);
  });

  it('keeps the admin’s edit of a topic the other person removed, and reports it', () => {
    const base = voorbeeldstad();
    const mine = structuredClone(base);
    topic(mine, 'schulden').counter = 'werk-inkomen';
    const theirs = structuredClone(base);
    theirs.topics = theirs.topics.filter((t) => t.id !== 'schulden');

    const { content, conflicts } = rebaseDraft(base, mine, theirs);
    expect(topic(content, 'schulden').counter).toBe('werk-inkomen');
    expect(conflicts).toEqual(['topics.schulden']);
  });

  it('drops an optional field the admin cleared', () => {
    const base = voorbeeldstad();
    const mine = structuredClone(base);
    delete mine.counters[0]!.phone;
    const theirs = structuredClone(base);
    theirs.counters[0]!.name = 'IDO';

    const counter = rebaseDraft(base, mine, theirs).content.counters[0]!;
    expect(counter).not.toHaveProperty('phone');
    expect(counter.name).toBe('IDO');
  });

  it('gives the other person’s draft unchanged when the admin changed nothing', () => {
    const base = voorbeeldstad();
    const theirs = structuredClone(base);
    topic(theirs, 'schulden').counter = 'werk-inkomen';
    expect(deepEqual(rebaseDraft(base, structuredClone(base), theirs).content, theirs)).toBe(true);
  });
});
