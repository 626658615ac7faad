/**
 * All interface text in English, in one chunk that loads only for `lang="en"`: the same keys as
 * `nl.ts`, `nl-desk.ts`, `nl-feedback.ts` and `nl-forms.ts`.
 */
import type { DeskTexts } from './nl-desk';
import type { FeedbackTexts } from './nl-feedback';
import type { FormTexts } from './nl-forms';
import type { Messages } from './nl';

export const en: Messages = {
  locale: 'en-GB',

  loading: 'Loketwijzer is loading…',
  errorMissingTenant:
    'Loketwijzer cannot start. The municipality is not set up correctly on this page. Please tell the owner of this website.',
  errorUnknownTenant: (tenant: string) => `Loketwijzer does not know the municipality "${tenant}". Please tell the owner of this website.`,
  errorUnavailable: 'Loketwijzer cannot be reached right now. Please try again later.',
  retry: 'Try again',
  offlineNote: (date: string) => `There is no connection right now. This information is from ${date}.`,

  residentOpen: 'Where can I go with my question?',
  residentTitle: 'Where can I go?',
  automaticNote: 'This is an automatic assistant. You are not talking to a person.',
  reachPerson: 'Would you rather talk to someone? Call the municipality:',

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
  adviceSentenceResident: (counter: string) => `${counter} can help you.`,
  digitalHelpSentence: (help: string, main: string) => `First get help with the online part at ${help}, then go to ${main}.`,
  noMatch: 'I am not sure where this question belongs. Try other words, or choose a topic below.',

  adviceLabel: 'Advice',
  basisNational: 'National matter',
  basisFallback: 'Not in the division of tasks',
  why: 'Why',
  steps: 'How it works',
  stepFirst: 'First',
  stepOnlinePart: 'help with the online part',
  stepThen: 'Then',
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

  feedbackSent: 'Thank you. The administrator will see this.',
  feedbackQueued: 'Thank you. There is no connection now. We will send it as soon as we can. The administrator will see it then.',
};

export const enDesk: DeskTexts = {
  deskTitle: 'Where can the resident go?',
  newResident: 'New resident',
  whatTheyDo: 'They help with',
  whatTheyDont: 'They cannot help with',
  otherTopics: 'Did you mean something else?',
  emptyAdvice: "Type the resident's question. The advice will appear here.",
  outcomeTitle: 'No advice yet',
  outcomeClarify: 'Loketwijzer does not know yet which counter fits. Choose in the conversation what the resident means.',
  outcomeNoMatch:
    'Loketwijzer found no counter for this question. Try other words or choose a topic. Does this question come up more often? Then record a signal.',
  outcomePersonalData: 'The question held personal data and was not searched. Type the question again, without that data.',
  moreAboutCounter: 'What this counter does and does not do',
  kept: 'What will be kept:',

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
  slipShow: 'View the referral slip',
  slipPrint: 'Print the referral slip',
  slipCopy: 'Copy the text',
  slipFooter: (date: string) => `Made on ${date}. This slip holds no personal data.`,
  slipInfoFrom: (date: string) => `Information from ${date}.`,
  slipCode: 'Referral code',
  slipCodeHint: 'Show this card at the counter. Then they know why you came.',
  slipQrLabel: (code: string, url: string) => `QR code for the counter: code ${code}, ${url}`,
  slipQrCaption: 'For the counter: scan the QR code or go to',

  referralTitle: 'Record the referral',
  referralIntro: 'This shows the municipality whether the resident arrives. No personal data is kept.',
  sourceDeskLabel: 'Your desk',
  sourceDeskHint: 'This computer remembers your choice.',
  sourceDeskChoose: 'Choose your desk',
  sourceDeskMissing: 'Choose your desk first.',
  signalsTitle: 'Signals for the municipality (optional)',
  signalsHint: 'Tick what the resident ran into. This shows the municipality what to improve.',
  noteLabel: 'Short note (optional)',
  noteLeft: (left: number) => (left >= 0 ? `${left} characters left.` : `${-left} characters too many.`),
  noteTooLong: 'The note is too long. Use at most 280 characters.',
  optionalTitle: 'Signals and note (optional)',
  signalTitle: 'Record a signal',
  signalIntro: 'No advice, but a problem that keeps coming back? Record it. This shows the municipality what to improve.',
  referralSubmit: 'Record the referral',
  signalOnly: 'Record the signal only',
  signalOnlyMissing: 'Tick at least one signal first.',
  referralRecorded: (code: string) => `Recorded with code ${code}.`,
  tooManyRequests: 'There are too many requests right now. Wait a minute and try again.',
  dailyLimitReached:
    'A very large number of referrals was recorded for this municipality today. This one was not recorded. You can still use the advice.',

  // Said in the log at the desk, and the question field's label there
  questionLabelDesk: "What is the resident's question?",
  adviceSentenceDesk: (counter: string) => `Refer to ${counter}.`,
  cueChangedAdvice: 'The advice now takes the signals into account.',
  slipCopied: 'The referral slip is on the clipboard.',
  slipCopyFailed: 'Copying did not work. Select the text of the referral slip and copy it yourself.',
  referralSaved: 'The referral is recorded. The code is on the referral slip.',
  signalSaved: 'The signal is recorded. Thank you.',
};

export const enFeedback: FeedbackTexts = {
  // Feedback: "Klopt dit niet?" (desk) and "Had u hier iets aan?" (resident)
  feedbackWrong: 'Is this wrong?',
  feedbackHelpful: 'Did this help you?',
  feedbackYes: 'Yes',
  feedbackNo: 'No',
  feedbackTitleResident: 'Where did you expect help?',
  feedbackFilterDesk: 'Search for the right counter',
  feedbackFilterResident: 'Search where you expected help',
  feedbackCounterDesk: 'The right counter',
  feedbackCounterResident: 'Where did you expect help? (optional)',
  feedbackNoCounter: 'Nothing found. Type something else.',
  feedbackCounterMissing: 'Choose the right counter.',
  feedbackTopicDesk: 'The right topic (optional)',
  feedbackTopicResident: 'What was your question about? (optional)',
  feedbackTopicUnknown: "I don't know",
  feedbackComment: 'Short comment (optional)',
  feedbackSend: 'Send',
  feedbackCancel: 'Cancel',
  feedbackThanks: 'Thank you.',
};

export const enForms: FormTexts = {
  noteWarning: 'Do not write a BSN, e-mail address, phone number or date of birth. Names, addresses and licence plates are not kept.',
  sending: 'Recording…',
  recordFailed: 'Recording did not work. Check the connection and try again.',
};

/** The English of the desk and feedback chunks, each with what the two forms share: what `messagesWith` adds. */
export const enChunks = {
  desk: { ...enForms, ...enDesk },
  feedback: { ...enForms, ...enFeedback },
};
