/**
 * The one reduction of free text before anything stores it (signal questions, referral notes,
 * feedback): normalised first (see normalise-free-text.ts), then every piece that identifies a
 * person becomes a neutral marker and the rest stays, so the municipality still sees what people
 * ask: "mevrouw Bakker van de Kerkstraat wil haar kat laten chippen" → "[naam] van de [adres] wil
 * haar kat laten chippen". Idempotent: reducing a reduced text changes nothing.
 */
import { dutchLexicon } from './dutch-words';
import { findPersonalDataSpans, type PersonalDataKind } from './find-personal-data';
import { findLicencePlates } from './licence-plates';
import { normaliseFreeText } from './normalise-free-text';
import { findNames } from './person-names';
import { findStreets } from './street-names';
import { marked, replaceSpans, type TextSpan } from './text-span';
import { tokenise } from './text-tokens';

export interface ReduceFreeTextOptions {
  /** Words of the tenant's own content, lower case, that must never be taken for names. */
  tenantWords?: ReadonlySet<string>;
}

/**
 * Raise this whenever the reduction removes more than before: the nightly job then reduces every
 * stored text again (worker/storage/reduce-stored-text.ts).
 */
export const FREE_TEXT_REDUCTION_VERSION = 1;

export const FREE_TEXT_MARKERS = {
  name: '[naam]',
  address: '[adres]',
  licencePlate: '[kenteken]',
} as const;

const STRUCTURED_MARKERS: Record<PersonalDataKind, string> = {
  bsn: '[bsn]',
  email: '[e-mail]',
  phone: '[telefoon]',
  iban: '[iban]',
  'postcode-house-number': FREE_TEXT_MARKERS.address,
  'date-of-birth': '[geboortedatum]',
};

function toSpans(matches: readonly { index: number; text: string }[]): TextSpan[] {
  return matches.map(({ index, text }) => ({ start: index, end: index + text.length }));
}

export function reduceFreeText(text: string, options: ReduceFreeTextOptions = {}): string {
  const lexicon = dutchLexicon(options.tenantWords);
  const normalised = normaliseFreeText(text);
  let reduced = replaceSpans(
    normalised,
    findPersonalDataSpans(normalised).map(({ start, end, kind }) => ({ start, end, marker: STRUCTURED_MARKERS[kind] })),
  );
  reduced = replaceSpans(reduced, marked(toSpans(findLicencePlates(reduced)), FREE_TEXT_MARKERS.licencePlate));
  reduced = replaceSpans(reduced, marked(findStreets(reduced, tokenise(reduced), lexicon), FREE_TEXT_MARKERS.address));
  const { names, streets } = findNames(reduced, tokenise(reduced), lexicon);
  return replaceSpans(reduced, [...marked(streets, FREE_TEXT_MARKERS.address), ...marked(names, FREE_TEXT_MARKERS.name)]);
}
