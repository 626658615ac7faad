/** The feedback form's interface text in Dutch: part of the feedback chunk, which loads once an answer is on screen. */
export const nlFeedback = {
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
  feedbackThanks: 'Dank u.',
};

export type FeedbackTexts = typeof nlFeedback;
