/**
 * Free text reduced to what may be stored. A stand-in until issue 10's reduction lands (it
 * replaces this file, with the same signature, by one that also turns names, street addresses
 * and licence plates into markers). For now: Unicode NFKC, whitespace collapsed, and every
 * identifier the personal-data check recognises (BSN, e-mail, phone, IBAN, postcode with house
 * number, date of birth) replaced by a marker, as issue 10's version does.
 */
import { findPersonalData, type PersonalDataKind } from './find-personal-data';

export interface ReduceFreeTextOptions {
  /** Words of the tenant's own content, lower case, that must never be taken for names. */
  tenantWords?: ReadonlySet<string>;
}

const MARKERS: Record<PersonalDataKind, string> = {
  bsn: '[bsn]',
  email: '[e-mail]',
  phone: '[telefoon]',
  iban: '[iban]',
  'postcode-house-number': '[adres]',
  'date-of-birth': '[geboortedatum]',
};

export function reduceFreeText(text: string, _options: ReduceFreeTextOptions = {}): string {
  let reduced = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  for (const { kind, match } of findPersonalData(reduced)) reduced = reduced.split(match).join(MARKERS[kind]);
  return reduced;
}
