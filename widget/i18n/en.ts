/** All interface text in English. Same keys as `nl.ts`. */
import type { Messages } from './nl';

export const en: Messages = {
  locale: 'en-GB',

  loading: 'Loketwijzer is loading…',
  errorMissingTenant:
    'Loketwijzer cannot start. The municipality is not set up correctly on this page. Please tell the owner of this website.',
  errorUnknownTenant: (tenant: string) =>
    `Loketwijzer does not know the municipality "${tenant}". Please tell the owner of this website.`,
  errorUnavailable: 'Loketwijzer cannot be reached right now. Please try again later.',
  retry: 'Try again',
  offlineNote: (date: string) => `There is no connection right now. This information is from ${date}.`,

  residentOpen: 'Where can I go with my question?',
  residentTitle: 'Where can I go?',
  automaticNote: 'This is an automatic assistant. You are not talking to a person.',
  reachPerson: 'Would you rather talk to someone? Call the municipality:',

  deskTitle: 'Where can the resident go?',
  newResident: 'New resident',

  questionLabelDesk: "What is the resident's question?",
  questionLabelResident: 'What is your question?',
  questionHint: 'Type a few words and press Enter. Or choose a topic from the list.',
  ask: 'Ask',
  suggestionsLabel: 'Topics',
  personalData:
    'Please do not type personal data, such as a citizen service number (BSN), email address, phone number or bank account. Ask the question without them.',

  quickStart: 'Common questions',

  logLabel: 'Conversation',
  youSaid: 'You said:',
  assistantSaid: 'Loketwijzer:',
  adviceSentenceDesk: (counter: string) => `Refer to ${counter}.`,
  adviceSentenceResident: (counter: string) => `${counter} can help you.`,
  digitalHelpSentence: (help: string, main: string) =>
    `First get help with the online part at ${help}, then go to ${main}.`,
  noMatch: 'I am not sure where this question belongs. Try other words, or choose a topic below.',
  cueChangedAdvice: 'The advice now takes the signals into account.',
  slipCopied: 'The referral slip is on the clipboard.',
  slipCopyFailed: 'Copying did not work. Select the text of the referral slip and copy it yourself.',

  adviceLabel: 'Advice',
  why: 'Why',
  steps: 'How it works',
  stepFirst: 'First',
  stepOnlinePart: 'help with the online part',
  stepThen: 'Then',
  whatTheyDo: 'They help with',
  whatTheyDont: 'They cannot help with',
  where: 'Where',
  noLocation: 'This counter has no desk in the municipality. You can call or use the website.',
  today: 'Today',
  closedToday: 'Closed today',
  openingHours: 'Opening hours',
  contact: 'Contact',
  phone: 'Phone',
  newWindow: 'opens in a new window',
  website: 'Website',
  appointment: 'Appointment',
  appointmentKinds: {
    'not-needed': 'No appointment needed.',
    required: 'You need to make an appointment first.',
    'walk-in-or-appointment': 'You can walk in or make an appointment.',
    'phone-or-online': 'You can call or use the website.',
  },
  bring: 'Bring',
  nothingToBring: 'You do not need to bring anything.',
  alsoConsider: (counter: string) => `Because of a signal you ticked: check whether ${counter} can help too.`,
  otherTopics: 'Did you mean something else?',
  emptyAdvice: "Type the resident's question. The advice will appear here.",

  cuesTitle: 'Recognise the signals',
  cuesIntro: 'Tick what you see or hear. The advice adapts.',
  cuesTicked: (n: number) => `${n} ticked`,

  handoverTitle: 'Warm referral',
  handoverConsent: 'Ask for consent: "May I pass on your question?"',
  handoverCall: (counter: string) => `Call ${counter} together with the resident.`,
  handoverBook: (counter: string) => `Book the appointment at ${counter} together.`,
  handoverVisit: (counter: string) => `Explain where ${counter} is and when it is open.`,
  handoverMinimum: 'Pass on only the question. No name, no BSN.',
  handoverTip: "This counter's tip",

  slipTitle: 'Referral slip',
  slipQuestion: 'Your question',
  slipGoTo: 'Go to',
  slipFirst: 'First',
  slipThen: 'Then',
  slipPrint: 'Print the referral slip',
  slipCopy: 'Copy the text',
  slipFooter: (date: string) => `Made on ${date}. This slip holds no personal data.`,
  slipInfoFrom: (date: string) => `Information from ${date}.`,
};
