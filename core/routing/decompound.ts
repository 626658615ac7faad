/**
 * Splits Dutch compounds into words the index knows: "huurtoeslag" → huur + toeslag,
 * "activeringscode" → activering + s + code, "afvalstoffenheffing" → afval + stoffen + heffing.
 * Dutch writes compounds as one word, so without this "toeslag" would never find
 * "huurtoeslag" and the other way round.
 *
 * A split counts when every part is a known word (at least MIN_PART_LENGTH letters), with an
 * optional linking "s", "e" or "en" between parts; the split with the fewest parts wins.
 * Failing that, a known last part of at least MIN_HEAD_LENGTH letters after at least
 * MIN_MODIFIER_LENGTH others is split off on its own: in Dutch it says what kind of thing the
 * compound is ("kinderopvangtoeslag" is a toeslag, even when "kinderopvang" is not a word
 * the index knows). The lengths keep out splits like "ver" + "lopen" and "toes" + "lagen".
 *
 * Parts and compounds have an upper length too: no Dutch word part is longer than 30 letters,
 * and without the bounds a 500-letter "word" costs cubic time on a desk's keystroke.
 */
const MIN_PART_LENGTH = 3;
const MAX_PART_LENGTH = 30;
const MAX_COMPOUND_LENGTH = 60;
const MIN_HEAD_LENGTH = 6;
const MIN_MODIFIER_LENGTH = 4;
const MIN_COMPOUND_LENGTH = 2 * MIN_PART_LENGTH;
const LINKING_LETTERS = ['', 's', 'e', 'en'] as const;

export type IsKnownWord = (part: string) => boolean;

interface Segmentation {
  parts: string[];
}

export function decompound(word: string, isKnownWord: IsKnownWord): string[] {
  if (word.length < MIN_COMPOUND_LENGTH || word.length > MAX_COMPOUND_LENGTH) return [];
  // best[i]: the shortest segmentation of word[0..i) that ends right after a part or a linking letter.
  const best = new Array<Segmentation | undefined>(word.length + 1);
  best[0] = { parts: [] };
  for (let start = 0; start < word.length; start++) {
    const before = best[start];
    if (before === undefined) continue;
    const lastEnd = Math.min(word.length, start + MAX_PART_LENGTH);
    for (let end = start + MIN_PART_LENGTH; end <= lastEnd; end++) {
      const part = word.slice(start, end);
      if (start === 0 && end === word.length) continue; // the whole word is not a split
      if (!isKnownWord(part)) continue;
      const parts = [...before.parts, part];
      for (const link of LINKING_LETTERS) {
        const next = end + link.length;
        if (next > word.length || (link !== '' && (next === word.length || !word.startsWith(link, end)))) continue;
        const current = best[next];
        if (current === undefined || current.parts.length > parts.length) best[next] = { parts };
      }
    }
  }
  return best[word.length]?.parts ?? knownHead(word, isKnownWord);
}

/** [modifier, head] for the longest known head, or [] when there is none. */
function knownHead(word: string, isKnownWord: IsKnownWord): string[] {
  for (let start = MIN_MODIFIER_LENGTH; start <= word.length - MIN_HEAD_LENGTH; start++) {
    const head = word.slice(start);
    if (isKnownWord(head)) return [word.slice(0, start), head];
  }
  return [];
}
