/**
 * Dates of birth in free text. A note often names a date that is no birth date ("brief van
 * 12-03-2026", "afspraak op 3 april"), so the rule is conservative and by form only:
 * - any date right after "geboren (op)", "geb." or "geboortedatum" is a date of birth;
 * - any other full date (day, month and year) with a year before 2010 counts as one: letters,
 *   appointments and deadlines a desk writes down are recent, residents who come alone are not
 *   born after 2010;
 * - a two-digit year counts as before 2010 when it is 30 to 99 or 00 to 09 (3/4/56, 1-2-03);
 *   10 to 29 could be this decade, so those are left alone.
 * A date without a year, a month with a year ("maart 1956") or a lone year is never flagged.
 */
import type { TextMatch } from './iban';

const BIRTH_YEAR_BEFORE = 2010;

const MONTHS = [
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'february'],
  ['maart', 'mrt', 'mar', 'march'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['augustus', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const MONTH_NUMBER = new Map(MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
const MONTH_NAMES = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');

const NUMERIC = /(?<![\d.\-/])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d\-/]|\.\d)/g;
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
const WRITTEN = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:e|ste|de)?\\s+(${MONTH_NAMES})\\.?(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'giu');
const BIRTH_WORDS = /\b(?:geboren|geb\.|geboortedatum|geboortedag|date of birth|born)(?:\s+(?:op|on|:))?\s*:?\s*$/i;

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function fullYear(year: string): number | null {
  if (year.length === 4) return Number(year);
  const short = Number(year);
  if (short >= 30) return 1900 + short;
  if (short <= 9) return 2000 + short;
  return null;
}

interface DateCandidate extends TextMatch {
  /** Null when the year is missing or cannot be told. */
  year: number | null;
}

function candidates(text: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    if (validDay(Number(m[1]), Number(m[3]))) found.push({ index: m.index, text: m[0], year: fullYear(m[4] ?? '') });
  }
  for (const m of text.matchAll(ISO)) {
    if (validDay(Number(m[3]), Number(m[2]))) found.push({ index: m.index, text: m[0], year: Number(m[1]) });
  }
  for (const m of text.matchAll(WRITTEN)) {
    const month = MONTH_NUMBER.get((m[2] ?? '').toLowerCase()) ?? 0;
    if (validDay(Number(m[1]), month)) found.push({ index: m.index, text: m[0], year: m[3] ? Number(m[3]) : null });
  }
  return found;
}

export function findDatesOfBirth(text: string): TextMatch[] {
  return candidates(text)
    .filter(({ index, year }) => {
      const named = BIRTH_WORDS.test(text.slice(Math.max(0, index - 30), index));
      return named || (year !== null && year < BIRTH_YEAR_BEFORE);
    })
    .map(({ index, text: match }) => ({ index, text: match }));
}
