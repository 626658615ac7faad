/** Why a text was refused, per kind of personal data: Dutch at B1 level, and English. */
import type { PersonalDataKind } from './find-personal-data';

export type PersonalDataLang = 'nl' | 'en';

const NAMES: Record<PersonalDataLang, Record<PersonalDataKind, string>> = {
  nl: {
    bsn: 'een BSN',
    email: 'een e-mailadres',
    phone: 'een telefoonnummer',
    iban: 'een rekeningnummer (IBAN)',
    'postcode-house-number': 'een adres (postcode met huisnummer)',
    'date-of-birth': 'een geboortedatum',
  },
  en: {
    bsn: 'a citizen service number (BSN)',
    email: 'an e-mail address',
    phone: 'a phone number',
    iban: 'a bank account number (IBAN)',
    'postcode-house-number': 'an address (postcode and house number)',
    'date-of-birth': 'a date of birth',
  },
};

/** "Er staat een BSN in de notitie. Haal het weg; een BSN mag niet worden opgeslagen." */
export function personalDataMessage(kind: PersonalDataKind, lang: PersonalDataLang = 'nl'): string {
  const name = NAMES[lang][kind];
  return lang === 'nl'
    ? `Er staat ${name} in de notitie. Haal het weg; ${name} mag niet worden opgeslagen.`
    : `The note contains ${name}. Please remove it; ${name} may not be stored.`;
}
