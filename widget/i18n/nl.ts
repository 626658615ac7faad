/**
 * Interface text in Dutch (B1: short sentences, common words, "u"): what every page with the widget
 * and its first answer need. Desk mode's texts are in `nl-desk.ts` and the feedback form's in
 * `nl-feedback.ts`, so they load with the chunks that show them. `en.ts` must have exactly the same
 * keys, part by part; tests/widget/i18n.test.ts checks that.
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

  // Question field and suggestions
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
  adviceSentenceResident: (counter: string) => `U kunt terecht bij ${counter}.`,
  digitalHelpSentence: (help: string, main: string) => `Eerst hulp bij het online deel bij ${help}, daarna naar ${main}.`,
  noMatch: 'Ik weet niet zeker waar deze vraag hoort. Probeer het met andere woorden, of kies een onderwerp hieronder.',

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

  // What the feedback form says and the log notes once it is done
  feedbackSent: 'Dank u. De beheerder ziet dit.',
  feedbackQueued: 'Dank u. Er is nu geen verbinding. Wij sturen het door zodra dat weer kan. De beheerder ziet het dan.',
};

export type Messages = typeof nl;
