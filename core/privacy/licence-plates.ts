/**
 * Dutch licence plates in free text, every sidecode from 1 (XX-99-99, 1951) to 14 (999-XX-9):
 * letters (L) and digits (D) in three groups. With dashes a plate is recognised in any case
 * ("gz-743-k"); written without dashes only in capitals ("KZXB12") or right after the word
 * kenteken, since a lower-case run like "ab12cd" is as often a code of something else.
 */
import type { TextMatch } from './iban';

const SIDECODES = [
  'LL-DD-DD',
  'DD-DD-LL',
  'DD-LL-DD',
  'LL-DD-LL',
  'LL-LL-DD',
  'DD-LL-LL',
  'DD-LLL-D',
  'D-LLL-DD',
  'LL-DDD-L',
  'L-DDD-LL',
  'LLL-DD-L',
  'L-DD-LLL',
  'D-LL-DDD',
  'DDD-LL-D',
] as const;

function group(shape: string, letters: string): string {
  return shape.replace(/L+|D+/g, (run) => (run.startsWith('L') ? `${letters}{${run.length}}` : `\\d{${run.length}}`));
}

const DASHED = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:${SIDECODES.map((code) => group(code, '[A-Za-z]')).join('|')})(?![\p{L}\d]|-[\p{L}\d])`,
  'gu',
);
const COMPACT_SHAPES = SIDECODES.map((code) => group(code.replace(/-/g, ''), '[A-Z]')).join('|');
const COMPACT_CAPITALS = new RegExp(String.raw`(?<![\p{L}\d-])(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)(?:${COMPACT_SHAPES})(?![\p{L}\d-])`, 'gu');
const AFTER_KENTEKEN = new RegExp(
  String.raw`(?<=\bkenteken(?:nummer)?\s*(?:is\s+|:\s*)?)(?:${SIDECODES.map((code) => group(code.replace(/-/g, ''), '[A-Za-z]')).join('|')})(?![\p{L}\d-])`,
  'giu',
);

export function findLicencePlates(text: string): TextMatch[] {
  return [DASHED, COMPACT_CAPITALS, AFTER_KENTEKEN].flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => ({ index: m.index, text: m[0] })),
  );
}
