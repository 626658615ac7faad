/** The text of /ontvangst, for staff at the receiving counter: Dutch at level B1. */
import type { ReferralStatus } from '../../core/referrals/referral';

export const receiveNl = {
  locale: 'nl-NL',
  lookupTitle: 'Verwijzing opzoeken',
  intro: 'Komt er iemand met een verwijskaart? Typ de code van de kaart. Of scan de QR-code.',
  tenantLabel: 'Gemeente (id)',
  tenantHint: 'Bijvoorbeeld: voorbeeldstad. Deze computer onthoudt de gemeente.',
  tenantMissing: 'Vul de gemeente in.',
  codeLabel: 'Code van de verwijskaart',
  codeHint: 'Bijvoorbeeld K7M2X-R9PQZ. Hoofdletters en het streepje zijn niet nodig.',
  codeMissing: 'Vul de code van de verwijskaart in.',
  codeShape: 'Deze code klopt niet. Een code heeft 6 tot 12 letters en cijfers. Kijk nog eens op de kaart.',
  lookup: 'Zoek de verwijzing',
  looking: 'Bezig met zoeken…',
  notFound:
    'Deze code kennen we niet, of de code is verlopen. Een code werkt 60 dagen. Kijk nog eens op de kaart, of help de inwoner zonder code.',
  tenantNotFound: 'Deze gemeente kennen we niet. Controleer de id van de gemeente.',
  tooMany: 'U heeft veel codes kort na elkaar geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.',
  failed: 'Dat lukte niet. Controleer de verbinding en probeer het opnieuw.',
  referralTitle: (code: string) => `Verwijzing ${code}`,
  topic: 'Vraag over',
  counter: 'Verwezen naar',
  digitalHelp: 'Hulp bij het online deel',
  yes: 'Ja',
  no: 'Nee',
  created: 'Gemaakt op',
  expires: 'Geldig tot',
  status: 'Nu',
  statuses: {
    sent: 'Nog niet bevestigd',
    arrived: 'Aangekomen',
    helped: 'Geholpen',
    'referred-on': 'Doorverwezen',
    'not-for-us': 'Niet voor ons',
  } satisfies Record<ReferralStatus, string>,
  whatHappened: 'Wat is er gebeurd?',
  whatHappenedHint: 'Kies wat past. U kunt het later nog veranderen.',
  betterTitle: {
    'referred-on': 'Naar welk loket heeft u de inwoner doorverwezen?',
    'not-for-us': 'Welk loket had de inwoner moeten helpen?',
  },
  betterExplain:
    'Dit is een verwijsfout: de inwoner kwam bij het verkeerde loket. De beheerder van de gemeente ziet dit in de cijfers en kan de taakverdeling verbeteren.',
  betterLabel: 'Beter loket',
  betterChoose: 'Kies een loket',
  betterMissing: 'Kies het loket dat de inwoner beter kan helpen.',
  confirm: 'Vastleggen',
  cancel: 'Terug',
  saved: (status: string) => `Vastgelegd: ${status}. Dank u wel.`,
  savedBetter: (status: string, counter: string) => `Vastgelegd: ${status}, beter loket: ${counter}. Dank u wel.`,
  nextCode: 'Volgende code invoeren',
  unknownName: (id: string) => id,
};

export type ReceiveMessages = typeof receiveNl;

/** The same page in English, for staff who read English better (`/ontvangst?lang=en`). */
export const receiveEn: ReceiveMessages = {
  locale: 'en-GB',
  lookupTitle: 'Look up a referral',
  intro: 'Has someone come with a referral slip? Type the code on the slip. Or scan the QR code.',
  tenantLabel: 'Municipality (id)',
  tenantHint: 'For example: voorbeeldstad. This computer remembers the municipality.',
  tenantMissing: 'Fill in the municipality.',
  codeLabel: 'Code on the referral slip',
  codeHint: 'For example K7M2X-R9PQZ. Capital letters and the hyphen are not needed.',
  codeMissing: 'Fill in the code on the referral slip.',
  codeShape: 'This code is not right. A code has 6 to 12 letters and digits. Look at the slip again.',
  lookup: 'Find the referral',
  looking: 'Searching…',
  notFound:
    'We do not know this code, or it has expired. A code works for 60 days. Look at the slip again, or help the resident without a code.',
  tenantNotFound: 'We do not know this municipality. Check the id of the municipality.',
  tooMany: 'You tried many codes in a short time. Wait a few minutes and try again.',
  failed: 'That did not work. Check the connection and try again.',
  referralTitle: (code: string) => `Referral ${code}`,
  topic: 'Question about',
  counter: 'Referred to',
  digitalHelp: 'Help with the online part',
  yes: 'Yes',
  no: 'No',
  created: 'Made on',
  expires: 'Valid until',
  status: 'Now',
  statuses: {
    sent: 'Not confirmed yet',
    arrived: 'Arrived',
    helped: 'Helped',
    'referred-on': 'Referred on',
    'not-for-us': 'Not for us',
  },
  whatHappened: 'What happened?',
  whatHappenedHint: 'Choose what fits. You can change it later.',
  betterTitle: {
    'referred-on': 'To which counter did you refer the resident?',
    'not-for-us': 'Which counter should have helped the resident?',
  },
  betterExplain:
    'This is a referral error: the resident came to the wrong counter. The municipality’s administrator sees this in the figures and can improve the division of tasks.',
  betterLabel: 'Better counter',
  betterChoose: 'Choose a counter',
  betterMissing: 'Choose the counter that can help the resident better.',
  confirm: 'Record',
  cancel: 'Back',
  saved: (status: string) => `Recorded: ${status}. Thank you.`,
  savedBetter: (status: string, counter: string) => `Recorded: ${status}, better counter: ${counter}. Thank you.`,
  nextCode: 'Enter the next code',
  unknownName: (id: string) => id,
};

/**
 * The page's language: `?lang=en`, or an English `lang` on the page; Dutch otherwise. Read once,
 * when the page loads, as the desk page does.
 */
export function receiveMessagesForPage(): ReceiveMessages {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  const lang = fromUrl ?? document.documentElement.lang;
  return lang.toLowerCase().startsWith('en') ? receiveEn : receiveNl;
}
