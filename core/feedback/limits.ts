/** Lengths of feedback's free text, shared by the API's schemas and the widget's fields. Free of zod. */
export const FEEDBACK_QUESTION_MAX_LENGTH = 500;
export const FEEDBACK_COMMENT_MAX_LENGTH = 280;
export const DISMISS_REASON_MAX_LENGTH = 280;
