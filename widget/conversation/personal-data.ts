/**
 * Spots personal data in a typed question, so the widget can refuse it before it reaches the
 * log, the referral slip or the clipboard. It looks for what can be recognised reliably by its
 * form; names cannot be, so the field's hint also asks people not to type them.
 */
export type PersonalDataKind = 'bsn' | 'email' | 'phone' | 'iban';

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
/** Dutch numbers: 06-12345678, 020 123 4567, +31 6 1234 5678. Not the short 14 0999 service number. */
const PHONE = /(?:\+31|0031|\b0)[\s-]?[1-9](?:[\s-]?\d){8}\b/;
const IBAN = /\b[a-z]{2}\d{2}[\s]?[a-z]{4}(?:[\s]?\d){10}\b/i;
/** Nine digits, optionally grouped with spaces or dots. */
const NINE_DIGITS = /(?<![\d.])\d(?:[ .]?\d){8}(?![\d])/g;

/** The "elfproef" every BSN passes: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

export function findPersonalData(text: string): PersonalDataKind | null {
  if (EMAIL.test(text)) return 'email';
  if (IBAN.test(text)) return 'iban';
  if (PHONE.test(text)) return 'phone';
  for (const match of text.matchAll(NINE_DIGITS)) {
    if (passesElevenTest(match[0].replace(/[ .]/g, ''))) return 'bsn';
  }
  return null;
}
