/**
 * All interface text in Dutch (B1: short sentences, common words, "u").
 * `en.ts` must have exactly the same keys; tests/widget/i18n.test.ts checks that.
 */
export const nl = {
  locale: 'nl-NL',

  // Start and errors
  loading: 'Loketwijzer wordt geladen…',
  errorMissingTenant:
    'Loketwijzer kan niet starten. De gemeente is niet goed ingesteld op deze pagina. Meld dit aan de beheerder van de website.',
  errorUnknownTenant: (tenant: string) => `Loketwijzer kent de gemeente "${tenant}" niet. Meld dit aan de beheerder van de website.`,
  errorUnavailable: 'Loketwijzer is nu niet bereikbaar. Probeer het later nog een keer.',
  retry: 'Opnieuw proberen',
  offlineNote: (date: string) => `Er is nu geen verbinding. Deze informatie is van ${date}.`,

  // Resident mode
  residentOpen: 'Waar kan ik terecht met mijn vraag?',
  residentTitle: 'Waar kan ik terecht?',
  automaticNote: 'Dit is een automatische hulp. U praat niet met een medewerker.',
  reachPerson: 'Wilt u liever iemand spreken? Bel de gemeente:',

  // Desk mode
  deskTitle: 'Waar kan de inwoner terecht?',
  newResident: 'Nieuwe inwoner',

  // Question field and suggestions
  questionLabelDesk: 'Wat is de vraag van de inwoner?',
  questionLabelResident: 'Wat is uw vraag?',
  questionHint: 'Typ een paar woorden en druk op Enter. Of kies een onderwerp uit de lijst.',
  ask: 'Vraag',
  suggestionsLabel: 'Onderwerpen',
  personalData:
    'Typ geen persoonsgegevens, zoals een BSN, e-mailadres, telefoonnummer of rekeningnummer. Stel de vraag zonder deze gegevens.',

  // Quick start
  quickStart: 'Veel gevraagd',

  // Conversation log
  logLabel: 'Gesprek',
  youSaid: 'U zei:',
  assistantSaid: 'Loketwijzer:',
  adviceSentenceDesk: (counter: string) => `Verwijs naar ${counter}.`,
  adviceSentenceResident: (counter: string) => `U kunt terecht bij ${counter}.`,
  digitalHelpSentence: (help: string, main: string) => `Eerst hulp bij het online deel bij ${help}, daarna naar ${main}.`,
  noMatch: 'Ik weet niet zeker waar deze vraag hoort. Probeer het met andere woorden, of kies een onderwerp hieronder.',
  cueChangedAdvice: 'Het advies is aangepast aan de signalen.',
  slipCopied: 'De verwijskaart staat op het klembord.',
  slipCopyFailed: 'Kopiëren lukte niet. Selecteer de tekst van de verwijskaart en kopieer die zelf.',

  // Advice card
  adviceLabel: 'Advies',
  /** What the advice rests on: said in words, so staff see it without relying on colour. */
  basisNational: 'Landelijke regeling',
  basisFallback: 'Niet in de taakverdeling',
  why: 'Waarom',
  steps: 'Zo werkt het',
  stepFirst: 'Eerst',
  stepOnlinePart: 'hulp bij het online deel',
  stepThen: 'Daarna',
  whatTheyDo: 'Hier helpen ze met',
  whatTheyDont: 'Hier kunnen ze niet helpen met',
  where: 'Waar',
  noLocation: 'Dit loket heeft geen balie in de gemeente. U kunt bellen of de website gebruiken.',
  today: 'Vandaag',
  closedToday: 'Vandaag gesloten',
  openingHours: 'Openingstijden',
  contact: 'Contact',
  phone: 'Telefoon',
  newWindow: 'opent in een nieuw venster',
  website: 'Website',
  appointment: 'Afspraak',
  appointmentKinds: {
    'not-needed': 'U hoeft geen afspraak te maken.',
    required: 'U moet eerst een afspraak maken.',
    'walk-in-or-appointment': 'U kunt langskomen of een afspraak maken.',
    'phone-or-online': 'U kunt bellen of de website gebruiken.',
  },
  bring: 'Neem mee',
  nothingToBring: 'U hoeft niets mee te nemen.',
  alsoConsider: (counter: string) => `Door een signaal dat u heeft aangevinkt: kijk ook of ${counter} kan helpen.`,
  otherTopics: 'Bedoelt u iets anders?',
  emptyAdvice: 'Typ de vraag van de inwoner. Het advies komt hier.',
  outcomeTitle: 'Nog geen advies',
  outcomeClarify: 'Loketwijzer weet nog niet welk loket past. Kies in het gesprek wat de inwoner bedoelt.',
  outcomeNoMatch:
    'Loketwijzer vond geen loket voor deze vraag. Probeer andere woorden of kies een onderwerp. Komt deze vraag vaker voor? Leg dan een signaal vast.',
  outcomePersonalData: 'De vraag had persoonsgegevens en is niet gezocht. Typ de vraag opnieuw, zonder die gegevens.',
  moreAboutCounter: 'Wat dit loket wel en niet doet',

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
  noteWarning: 'Schrijf geen BSN, e-mailadres, telefoonnummer of geboortedatum. Namen, adressen en kentekens worden niet bewaard.',
  kept: 'Bewaard wordt:',
  noteLeft: (left: number) => (left >= 0 ? `Nog ${left} tekens over.` : `${-left} tekens te veel.`),
  noteTooLong: 'De notitie is te lang. Gebruik maximaal 280 tekens.',
  optionalTitle: 'Signalen en notitie (niet verplicht)',
  signalTitle: 'Signaal vastleggen',
  signalIntro: 'Geen advies, maar wel een probleem dat vaker voorkomt? Leg het vast. Zo ziet de gemeente wat beter kan.',
  referralSubmit: 'Verwijzing vastleggen',
  signalOnly: 'Alleen signaal vastleggen',
  signalOnlyMissing: 'Vink eerst minstens één signaal aan.',
  sending: 'Bezig met vastleggen…',
  referralSaved: 'De verwijzing is vastgelegd. De code staat op de verwijskaart.',
  referralRecorded: (code: string) => `Vastgelegd met code ${code}.`,
  signalSaved: 'Het signaal is vastgelegd. Dank u wel.',
  tooManyRequests: 'Er zijn nu te veel verzoeken. Wacht een minuut en probeer het opnieuw.',
  dailyLimitReached:
    'Vandaag zijn er voor deze gemeente al heel veel verwijzingen vastgelegd. Deze is niet vastgelegd. Het advies kunt u gewoon gebruiken.',
  recordFailed: 'Vastleggen lukte niet. Controleer de verbinding en probeer het opnieuw.',

  // Feedback: "Klopt dit niet?" (desk) and "Had u hier iets aan?" (resident)
  feedbackWrong: 'Klopt dit niet?',
  feedbackHelpful: 'Had u hier iets aan?',
  feedbackYes: 'Ja',
  feedbackNo: 'Nee',
  feedbackTitleResident: 'Waar had u hulp verwacht?',
  feedbackFilterDesk: 'Zoek het juiste loket',
  feedbackFilterResident: 'Zoek waar u hulp verwachtte',
  feedbackCounterDesk: 'Het juiste loket',
  feedbackCounterResident: 'Waar had u hulp verwacht? (niet verplicht)',
  feedbackNoCounter: 'Niets gevonden. Typ iets anders.',
  feedbackCounterMissing: 'Kies het juiste loket.',
  feedbackTopicDesk: 'Het juiste onderwerp (niet verplicht)',
  feedbackTopicResident: 'Waar ging uw vraag over? (niet verplicht)',
  feedbackTopicUnknown: 'Weet ik niet',
  feedbackComment: 'Korte opmerking (niet verplicht)',
  feedbackSend: 'Versturen',
  feedbackCancel: 'Annuleren',
  feedbackSent: 'Dank u. De beheerder ziet dit.',
  feedbackQueued: 'Dank u. Er is nu geen verbinding. Wij sturen het door zodra dat weer kan. De beheerder ziet het dan.',
  feedbackThanks: 'Dank u.',
};

export type Messages = typeof nl;
