/**
 * Finds personal data in free text by its form, so that notes and questions that contain it are
 * never stored. Names and addresses without a postcode cannot be recognised reliably; the fields'
 * hints ask people not to type them.
 */
import { findDatesOfBirth } from './date-of-birth';
import { passesElevenTest } from './eleven-test';
import { findIbans, type TextMatch } from './iban';
import { EMAIL, NINE_DIGITS, PHONE_PATTERNS, POSTCODE_HOUSE_NUMBER_PATTERNS } from './patterns';

export const PERSONAL_DATA_KINDS = ['bsn', 'email', 'phone', 'iban', 'postcode-house-number', 'date-of-birth'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The text as it stands in the input. */
  match: string;
}

function matchesOf(text: string, patterns: readonly RegExp[]): TextMatch[] {
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, text: m[0] })));
}

function findBsns(text: string): TextMatch[] {
  return matchesOf(text, [NINE_DIGITS]).filter((m) => passesElevenTest(m.text.replace(/[ .]/g, '')));
}

/**
 * In this order a kind wins where two overlap: an IBAN holds digits that look like a phone
 * number, a date like 01-02-1956 is no phone number, and so on.
 */
const DETECTORS: readonly [PersonalDataKind, (text: string) => TextMatch[]][] = [
  ['email', (text) => matchesOf(text, [EMAIL])],
  ['iban', findIbans],
  ['date-of-birth', findDatesOfBirth],
  ['postcode-house-number', (text) => matchesOf(text, POSTCODE_HOUSE_NUMBER_PATTERNS)],
  ['bsn', findBsns],
  ['phone', (text) => matchesOf(text, PHONE_PATTERNS)],
];

export interface PersonalDataSpan {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/** Where each piece of personal data stands in `text`, in order, without overlaps. */
export function findPersonalDataSpans(text: string): PersonalDataSpan[] {
  const taken: PersonalDataSpan[] = [];
  for (const [kind, detect] of DETECTORS) {
    for (const { index, text: match } of detect(text)) {
      // Without the whitespace a pattern may take at its ends.
      const start = index + (match.length - match.trimStart().length);
      const end = index + match.trimEnd().length;
      if (taken.some((span) => start < span.end && span.start < end)) continue;
      taken.push({ kind, start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Every piece of personal data in `text`, in the order it appears; empty when there is none. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  return findPersonalDataSpans(text).map(({ kind, start, end }) => ({ kind, match: text.slice(start, end) }));
}

export function containsPersonalData(text: string): boolean {
  return findPersonalData(text).length > 0;
}
