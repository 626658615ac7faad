/** The feedback chunk: loaded once an answer is on screen (or corrections wait to be sent). */
export { FeedbackController, type Answered, type FeedbackControllerOptions } from './feedback-controller';
export { feedbackForm, type FeedbackFormProps } from './feedback-form';
export { feedbackStyles } from './feedback.styles';
export { nlFeedback } from '../i18n/nl-feedback';
