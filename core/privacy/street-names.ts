/**
 * Street names, with a house number when one follows: a word that ends in a Dutch street type
 * (-straat, -laan, -weg, -plein, -gracht, -kade, -dijk, -singel, -hof, -pad and the rest), with the
 * capitalised words before it that belong to the name ("Nieuwe Binnenweg", "Burgemeester de
 * Withstraat"). A capitalised one is a street anywhere but at the start of a sentence, where it
 * needs a house number or must be no word of the lists; a lower-case one needs a house number or
 * to follow "woon(t) aan/op/in". A street of the tenant's own content is reduced too: residents live on
 * the streets where the counters are.
 */
import type { Lexicon } from './dutch-words';
import type { TextSpan } from './text-span';
import type { TextToken } from './text-tokens';
import { isParticle } from './name-particles';

const STREET_TYPES = [
  'straat',
  'laan',
  'weg',
  'plein',
  'gracht',
  'kade',
  'dijk',
  'singel',
  'hof',
  'pad',
  'steeg',
  'dreef',
  'park',
  'markt',
  'baan',
  'wal',
  'ring',
  'allee',
  'boulevard',
  'kanaal',
  'erf',
  'veld',
  'hoven',
  'kamp',
  'haven',
  'plantsoen',
  'oord',
  'akker',
  'gaarde',
  'hage',
  'burcht',
  'wetering',
  'vaart',
  'zijde',
  'polder',
  'dam',
  'straatje',
  'laantje',
  'pleintje',
  'weide',
  'tuin',
  'dal',
  'berg',
  'brink',
  'horst',
  'rade',
  'donk',
] as const;
const STREET = new RegExp(`^[\\p{L}'’-]{2,}(?:${STREET_TYPES.join('|')})$`, 'u');
/** "12", "12a", "12-3", "12 a", "12 bis", "12-hs": a house number, not "12 uur" or "12 jaar". */
export const HOUSE_NUMBER =
  /^\s*\d{1,5}(?:\s?[a-zA-Z](?![\p{L}])|-\d{1,4}|\s?(?:bis|hs|huis|boven|bg)\b)?(?!\s*(?:uur|jaar|kinderen|euro|procent|keer|dagen|weken|maanden|minuten|%|[.,:]\d))/u;
const LIVES_AT =
  /\b(?:woon|woont|wonen|woonde|woonden|adres|verhuisd|verhuist|verhuizen)\b(?:\s+(?:is|naar|aan|op|in|bij))?(?:\s+(?:de|het|den))?\s*$/iu;

/** Where the house number after a street ends; a postcode with number already marked counts as one. */
function endsInHouseNumber(text: string, end: number): number | null {
  const after = text.slice(end);
  if (/^\s*\[adres\]/.test(after)) return end;
  const match = HOUSE_NUMBER.exec(after);
  return match ? end + match[0].length : null;
}

/**
 * The first word of the street's name: capitalised words right before it ("Nieuwe Binnenweg"), and
 * across one particle other than "van" ("Burgemeester de Withstraat"); "De Jong van de Stationsstraat"
 * is a person of a street.
 */
function firstWordOfStreet(tokens: readonly TextToken[], index: number): number {
  let first = index;
  for (let i = index - 1; i >= 0; i--) {
    const before = tokens[i];
    const current = tokens[first];
    if (!before || !current || current.sentenceStart) break;
    if (before.capitalised && !before.acronym && i === first - 1) first = i;
    else if (
      isParticle(before.lower) &&
      before.lower !== 'van' &&
      i === first - 1 &&
      tokens[i - 1]?.capitalised &&
      !tokens[i - 1]?.acronym
    ) {
      first = i - 1;
      i--;
    } else break;
  }
  return first;
}

export function findStreets(text: string, tokens: readonly TextToken[], lexicon: Lexicon): TextSpan[] {
  const spans: TextSpan[] = [];
  tokens.forEach((token, index) => {
    // "Amsterdam-Noord" is no street: only the last part of a hyphenated word names the type.
    const lastPart = token.lower.split('-').pop() ?? '';
    if (token.acronym || !STREET.test(lastPart) || lexicon.isEveryday(token.lower)) return;
    if (!token.capitalised && lexicon.isListed(token.lower) && !/^\s*\d/.test(text.slice(token.end))) return;
    const numberEnd = endsInHouseNumber(text, token.end);
    const livesAt = LIVES_AT.test(text.slice(Math.max(0, token.start - 40), token.start));
    const isStreet = token.capitalised
      ? !token.sentenceStart || numberEnd !== null || livesAt || !lexicon.isListed(token.lower)
      : numberEnd !== null || livesAt;
    if (!isStreet) return;
    const first = firstWordOfStreet(tokens, index);
    const start = tokens[first]?.start ?? token.start;
    spans.push({ start, end: numberEnd ?? token.end });
  });
  return spans;
}
