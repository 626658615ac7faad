/**
 * The Snowball stemmer for Dutch (the classic algorithm, snowballstem.org/algorithms/dutch),
 * written out for the words the engine gives it: normalised, so lower case without
 * diacritics. It gives the same stems as the generated Snowball code of @orama/stemmers
 * (tests/core/routing/dutch-stemmer.test.ts checks that on thousands of words) at a fifth of
 * its size: the widget's engine chunk is part of what a resident downloads.
 */
const VOWELS = 'aeiouy';
const isVowel = (char: string | undefined) => char !== undefined && VOWELS.includes(char);
/** Not a vowel: also true for no character at all, so check the length first. */
const isConsonantAt = (word: string, at: number) => at >= 0 && !isVowel(word[at]);

export function dutchStem(input: string): string {
  // Prelude: a "y" at the start and an "i" or "y" after a vowel are consonants (upper case).
  let word = input.replace(/^y/, 'Y');
  for (let i = 0; i < word.length - 1; i++) {
    if (!isVowel(word[i])) continue;
    const next = word[i + 1];
    if ((next === 'i' && isVowel(word[i + 2])) || next === 'y') word = `${word.slice(0, i + 1)}${next.toUpperCase()}${word.slice(i + 2)}`;
  }

  // R1 and R2: after the first (and the second) consonant that follows a vowel; R1 at least at 3.
  const regionAfter = (from: number): number => {
    let i = from;
    while (i < word.length && !isVowel(word[i])) i++;
    while (++i < word.length && isVowel(word[i]));
    return i < word.length ? i + 1 : Infinity;
  };
  const r1 = Math.max(3, regionAfter(0));
  const r2 = r1 === Infinity ? Infinity : regionAfter(regionAfter(0));
  const inR1 = (at: number) => at >= r1;
  const inR2 = (at: number) => at >= r2;
  const cut = (length: number) => (word = word.slice(0, word.length - length));
  const undouble = () => /(?:kk|dd|tt)$/.test(word) && cut(1);
  const ends = (suffix: string) => word.endsWith(suffix);
  const before = (suffix: string) => word.length - suffix.length;
  const enEnding = (suffix: string) => {
    const at = before(suffix);
    if (inR1(at) && isConsonantAt(word, at - 1) && !word.slice(0, at).endsWith('gem')) {
      cut(suffix.length);
      undouble();
    }
  };
  let eFound = false;
  const eEnding = () => {
    eFound = false;
    const at = before('e');
    if (ends('e') && inR1(at) && isConsonantAt(word, at - 1)) {
      cut(1);
      eFound = true;
      undouble();
    }
  };

  // Step 1: -heden, -en(e), -s(e).
  const step1 = ['heden', 'ene', 'en', 'se', 's'].find(ends);
  if (step1 === 'heden') {
    if (inR1(before(step1))) word = `${word.slice(0, -5)}heid`;
  } else if (step1 === 'ene' || step1 === 'en') enEnding(step1);
  else if (step1 !== undefined) {
    const at = before(step1);
    if (inR1(at) && at > 0 && !'aeiouyj'.includes(word[at - 1] ?? '')) cut(step1.length);
  }
  // Step 2: -e.
  eEnding();
  // Step 3a: -heid.
  if (ends('heid') && inR2(before('heid')) && word[before('heid') - 1] !== 'c') {
    cut(4);
    if (ends('en')) enEnding('en');
  }
  // Step 3b: derivational suffixes.
  const step3 = ['end', 'ing', 'ig', 'lijk', 'baar', 'bar'].find(ends);
  if (step3 !== undefined && inR2(before(step3))) {
    if (step3 === 'end' || step3 === 'ing') {
      cut(3);
      if (ends('ig') && inR2(before('ig')) && word[before('ig') - 1] !== 'e') cut(2);
      else undouble();
    } else if (step3 === 'ig') {
      if (word[before('ig') - 1] !== 'e') cut(2);
    } else if (step3 === 'lijk') {
      cut(4);
      eEnding();
    } else if (step3 === 'baar' || eFound) cut(step3.length);
  }
  // Step 4: undouble a vowel before a final consonant ("baas" → "bas").
  const n = word.length;
  if (n >= 4 && !isVowel(word[n - 1]) && word[n - 1] !== 'I' && /(?:aa|ee|oo|uu)$/.test(word.slice(0, -1)) && isConsonantAt(word, n - 4)) {
    word = word.slice(0, n - 2) + word.slice(n - 1);
  }
  return word.replace(/I/g, 'i').replace(/Y/g, 'y');
}
