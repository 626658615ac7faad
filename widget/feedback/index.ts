/** The feedback chunk: loaded once an answer is on screen (or corrections wait to be sent). */
import { nlFeedback } from '../i18n/nl-feedback';
import { nlForms } from '../i18n/nl-forms';

export { FeedbackController, type Answered, type FeedbackControllerOptions } from './feedback-controller';
export { feedbackForm, type FeedbackFormProps } from './feedback-form';
export { feedbackStyles } from './feedback.styles';

/** The feedback form's Dutch, with what it shares with the desk's referral form. */
export const feedbackDutch = { ...nlForms, ...nlFeedback };
