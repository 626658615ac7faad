/**
 * The text as it will be checked and stored. Disguises that slip past the checks are undone first:
 * full-width letters and digits (NFKC), digits split by zero-width spaces, control characters and
 * NUL bytes, the replacement character left by invalid UTF-8 and lone surrogates (never valid to
 * store), and e-mail addresses spelled out ("jan(at)gmail(punt)com", "jan [at] gmail dot com").
 */

/** Zero-width spaces and joiners, the word joiner, the byte-order mark and the soft hyphen. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
/** C0 and C1 controls except tab and newline, and DEL: matching control characters is the point here. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** U+FFFD (what a decoder makes of invalid UTF-8) and any surrogate that is not part of a pair. */
const BROKEN = /\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const AT_WORDS = String.raw`(?:at|apenstaartje)`;
const DOT_WORDS = String.raw`(?:punt|dot)`;
/** "(at)", "[at]", "{at}", "(@)", and the same with spaces inside or around. */
const BRACKETED_AT = new RegExp(String.raw`\s*[([{]\s*(?:${AT_WORDS}|@)\s*[)\]}]\s*`, 'gi');
const BRACKETED_DOT = new RegExp(String.raw`\s*[([{]\s*(?:${DOT_WORDS}|\.)\s*[)\]}]\s*`, 'gi');
/** "jan at gmail punt com": a bare "at" counts only when a domain with a spelled or real dot follows. */
const SPOKEN_AT = new RegExp(String.raw`([\w.%+-])\s+${AT_WORDS}\s+(?=[\w-]+(?:\s+${DOT_WORDS}\s+|\.)[a-z]{2,})`, 'gi');
const SPOKEN_DOT_AFTER_AT = new RegExp(String.raw`(@[\w.-]*[\w-])\s+${DOT_WORDS}\s+(?=[\w-])`, 'gi');
const SPOKEN_DOT_BEFORE_AT = new RegExp(String.raw`([\w-])\s+${DOT_WORDS}\s+(?=[\w.-]*@)`, 'gi');

function undoSpelledEmail(text: string): string {
  let result = text.replace(BRACKETED_AT, '@').replace(BRACKETED_DOT, '.').replace(SPOKEN_AT, '$1@');
  // Each pass joins one more spelled dot of the address; an address has only a few.
  for (let pass = 0; pass < 4; pass++) {
    const next = result.replace(SPOKEN_DOT_AFTER_AT, '$1.').replace(SPOKEN_DOT_BEFORE_AT, '$1.');
    if (next === result) break;
    result = next;
  }
  return result;
}

export function normaliseFreeText(text: string): string {
  const clean = text.replace(BROKEN, '').normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, '').replace(/\t/g, ' ');
  return undoSpelledEmail(clean).trim();
}
