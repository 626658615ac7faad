/**
 * Stems a word with both the Dutch and the English stemmer. Questions mix languages
 * ("mijn passport is verlopen"), so the index and the query both carry both stems and
 * whichever language the word was in finds its match. Numbers and very short words
 * ("ww", "nt2") are kept as they are: stemmers mangle them.
 */
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';

const MIN_STEMMABLE_LENGTH = 4;
const HAS_DIGIT = /\d/;

export type StemLanguage = 'nl' | 'en' | 'both';

export function stemWord(word: string, language: StemLanguage = 'both'): string[] {
  if (word.length < MIN_STEMMABLE_LENGTH || HAS_DIGIT.test(word)) return [word];
  if (language === 'nl') return [dutchStemmer(word)];
  if (language === 'en') return [englishStemmer(word)];
  const dutch = dutchStemmer(word);
  const english = englishStemmer(word);
  return dutch === english ? [dutch] : [dutch, english];
}

/**
 * Stems are the same for every tenant, and splitting a question's compounds asks for the stems of
 * many of their substrings, so they are remembered: once per isolate or page, not per engine, so
 * that a worker keeping the engines of 180 municipalities does not keep 180 memos. Bounded,
 * because questions are arbitrary text; a full memo starts again.
 */
const MAX_REMEMBERED_STEMS = 10_000;
const rememberedStems: Record<StemLanguage, Map<string, string[]>> = { nl: new Map(), en: new Map(), both: new Map() };

/** `stemWord`, remembered. The array is shared between callers: never change it. */
export function stemsOf(word: string, language: StemLanguage): string[] {
  const byWord = rememberedStems[language];
  let stems = byWord.get(word);
  if (stems === undefined) {
    stems = stemWord(word, language);
    if (byWord.size >= MAX_REMEMBERED_STEMS) byWord.clear();
    byWord.set(word, stems);
  }
  return stems;
}

const VERB_ENDING = /[td]$/;
const VOICED_FINAL: Record<string, string> = { s: 'z', f: 'v' };
/** Particles of separable verbs: their participles put "ge" after them ("ingelogd", "aangevraagd"). */
const PARTICLES = ['aan', 'in', 'door', 'terug', 'uit', 'op', 'af', 'over', 'mee'];

/** "ingelogd" → "inlogd", "gestopt" → "stopt": the participle without its "ge". */
function withoutParticiplePrefix(word: string): string | undefined {
  if (word.startsWith('ge') && word.length >= 6) return word.slice(2);
  const particle = PARTICLES.find((candidate) => word.startsWith(`${candidate}ge`));
  return particle === undefined ? undefined : particle + word.slice(particle.length + 2);
}

/**
 * Stems of the likely infinitive of an inflected Dutch verb, which the stemmer leaves alone:
 * "verloopt" → verlopen, "verhuisd" → verhuizen, "gestopt" → stoppen, "ingelogd" → inloggen.
 * Guesses: the caller keeps only those that the index knows.
 */
export function dutchVerbFormStems(word: string): string[] {
  if (word.length < 5 || !VERB_ENDING.test(word)) return [];
  const bases = [word, withoutParticiplePrefix(word)].flatMap((form) => (form === undefined ? [] : [form.slice(0, -1)]));
  const candidates = bases.flatMap((base) => {
    const last = base.slice(-1);
    const voiced = VOICED_FINAL[last];
    const infinitives = [`${base}en`, `${base}${last}en`];
    if (voiced !== undefined) infinitives.push(`${base.slice(0, -1)}${voiced}en`);
    return [base, ...infinitives];
  });
  return [...new Set(candidates.map((candidate) => dutchStemmer(candidate)))];
}
