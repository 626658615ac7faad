import { describe, expect, it } from 'vitest';
import { diffContent } from '../../core/content/diff-content';
import { listDelta } from '../../admin/format/diff-format';
import { newKeywords } from '../../admin/state/new-keywords';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

describe('listDelta: a changed keyword list as what was added and removed', () => {
  it('gives "+ bewindvoering" for one added keyword, not the whole list twice', () => {
    const content = voorbeeldstad();
    const after = structuredClone(content);
    after.topics.find((t) => t.id === 'schulden')!.keywords.push('bewindvoering');
    const field = diffContent(content, after).changes[0]!.fields[0]!;
    expect(listDelta(field.before, field.after)).toEqual({ added: ['bewindvoering'], removed: [] });
  });

  it('gives both sides when keywords were added and removed, and nothing for a new order only', () => {
    expect(listDelta(['schuld', 'incasso', 'budget'], ['incasso', 'budget', 'bewind'])).toEqual({ added: ['bewind'], removed: ['schuld'] });
    expect(listDelta(['a', 'b'], ['b', 'a'])).toBeNull();
  });

  it('treats a list that did not exist as empty, and leaves values that are no lists of words alone', () => {
    expect(listDelta(undefined, ['pasfoto'])).toEqual({ added: ['pasfoto'], removed: [] });
    expect(listDelta('sociaal-loket', 'werk-inkomen')).toBeNull();
    expect(listDelta([{ days: [1] }], [])).toBeNull();
  });
});

describe('newKeywords: what the add field puts in the list', () => {
  it('adds trimmed words, several at once with commas, and skips empties and ones the list has in any case', () => {
    expect(newKeywords('  bewind  voering , schuld,,Incasso', ['incasso'])).toEqual(['bewind voering', 'schuld']);
    expect(newKeywords('   ', ['a'])).toEqual([]);
  });
});
