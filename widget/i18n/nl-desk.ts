/**
 * Desk mode's interface text in Dutch: the layout, the cues, the warm handover, the referral slip
 * and the referral form. Part of the desk chunk, so resident pages never download it.
 */
export const nlDesk = {
  // Desk mode
  deskTitle: 'Waar kan de inwoner terecht?',
  newResident: 'Nieuwe inwoner',
  whatTheyDo: 'Hier helpen ze met',
  whatTheyDont: 'Hier kunnen ze niet helpen met',
  otherTopics: 'Bedoelt u iets anders?',
  emptyAdvice: 'Typ de vraag van de inwoner. Het advies komt hier.',
  outcomeTitle: 'Nog geen advies',
  outcomeClarify: 'Loketwijzer weet nog niet welk loket past. Kies in het gesprek wat de inwoner bedoelt.',
  outcomeNoMatch:
    'Loketwijzer vond geen loket voor deze vraag. Probeer andere woorden of kies een onderwerp. Komt deze vraag vaker voor? Leg dan een signaal vast.',
  outcomePersonalData: 'De vraag had persoonsgegevens en is niet gezocht. Typ de vraag opnieuw, zonder die gegevens.',
  moreAboutCounter: 'Wat dit loket wel en niet doet',
  // What a signal or a referral's note would keep of what was typed
  kept: 'Bewaard wordt:',

  // Recognition cues
  cuesTitle: 'Herken de signalen',
  cuesIntro: 'Vink aan wat u ziet of hoort. Het advies past zich aan.',
  cuesTicked: (n: number) => (n === 1 ? '1 aangevinkt' : `${n} aangevinkt`),

  // Warm handover
  handoverTitle: 'Warm doorverwijzen',
  handoverConsent: 'Vraag toestemming: "Mag ik uw vraag doorgeven?"',
  handoverCall: (counter: string) => `Bel samen met de inwoner naar ${counter}.`,
  handoverBook: (counter: string) => `Maak samen de afspraak bij ${counter}.`,
  handoverVisit: (counter: string) => `Leg uit waar ${counter} is en wanneer het open is.`,
  handoverMinimum: 'Geef alleen de vraag door. Geen naam, geen BSN.',
  handoverTip: 'Tip van dit loket',

  // Referral slip
  slipTitle: 'Verwijskaart',
  slipQuestion: 'Uw vraag',
  slipGoTo: 'Ga naar',
  slipFirst: 'Eerst',
  slipThen: 'Daarna',
  slipShow: 'Bekijk de verwijskaart',
  slipPrint: 'Druk de verwijskaart af',
  slipCopy: 'Kopieer de tekst',
  slipFooter: (date: string) => `Gemaakt op ${date}. Op deze kaart staan geen persoonsgegevens.`,
  slipInfoFrom: (date: string) => `Informatie van ${date}.`,
  slipCode: 'Verwijscode',
  slipCodeHint: 'Laat deze kaart zien bij het loket. Dan weten ze waarvoor u komt.',
  slipQrLabel: (code: string, url: string) => `QR-code voor het loket: code ${code}, ${url}`,
  slipQrCaption: 'Voor het loket: scan de QR-code of ga naar',

  // Recording a referral (desk)
  referralTitle: 'Verwijzing vastleggen',
  referralIntro: 'Zo ziet de gemeente of de inwoner goed aankomt. Er worden geen persoonsgegevens bewaard.',
  sourceDeskLabel: 'Uw balie',
  sourceDeskHint: 'Deze computer onthoudt uw keuze.',
  sourceDeskChoose: 'Kies uw balie',
  sourceDeskMissing: 'Kies eerst uw balie.',
  signalsTitle: 'Signalen voor de gemeente (niet verplicht)',
  signalsHint: 'Vink aan waar de inwoner tegenaan liep. Zo ziet de gemeente wat beter kan.',
  noteLabel: 'Korte notitie (niet verplicht)',
  noteLeft: (left: number) => (left >= 0 ? `Nog ${left} tekens over.` : `${-left} tekens te veel.`),
  noteTooLong: 'De notitie is te lang. Gebruik maximaal 280 tekens.',
  optionalTitle: 'Signalen en notitie (niet verplicht)',
  signalTitle: 'Signaal vastleggen',
  signalIntro: 'Geen advies, maar wel een probleem dat vaker voorkomt? Leg het vast. Zo ziet de gemeente wat beter kan.',
  referralSubmit: 'Verwijzing vastleggen',
  signalOnly: 'Alleen signaal vastleggen',
  signalOnlyMissing: 'Vink eerst minstens één signaal aan.',
  referralRecorded: (code: string) => `Vastgelegd met code ${code}.`,
  tooManyRequests: 'Er zijn nu te veel verzoeken. Wacht een minuut en probeer het opnieuw.',
  dailyLimitReached:
    'Vandaag zijn er voor deze gemeente al heel veel verwijzingen vastgelegd. Deze is niet vastgelegd. Het advies kunt u gewoon gebruiken.',

  // Said in the log at the desk, and the question field's label there
  questionLabelDesk: 'Wat is de vraag van de inwoner?',
  adviceSentenceDesk: (counter: string) => `Verwijs naar ${counter}.`,
  cueChangedAdvice: 'Het advies is aangepast aan de signalen.',
  slipCopied: 'De verwijskaart staat op het klembord.',
  slipCopyFailed: 'Kopiëren lukte niet. Selecteer de tekst van de verwijskaart en kopieer die zelf.',
  referralSaved: 'De verwijzing is vastgelegd. De code staat op de verwijskaart.',
  signalSaved: 'Het signaal is vastgelegd. Dank u wel.',
};

export type DeskTexts = typeof nlDesk;
