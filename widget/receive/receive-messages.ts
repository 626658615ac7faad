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
