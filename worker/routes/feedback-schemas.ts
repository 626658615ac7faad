/** Request and answer schemas of the feedback endpoints (DESIGN.md), with their OpenAPI names. */
import { z } from '@hono/zod-openapi';
import { ADVICE_BASES, FEEDBACK_STATUSES, FeedbackItemSchema, FeedbackListSchema } from '../../core/feedback/feedback';
import { DISMISS_REASON_MAX_LENGTH, FEEDBACK_COMMENT_MAX_LENGTH, FEEDBACK_QUESTION_MAX_LENGTH } from '../../core/feedback/limits';
import { idField } from './referral-schemas';

const nullableId = (what: string) => idField(what).nullable();

export const CreateFeedbackSchema = z
  .object({
    question: z
      .string({ error: 'Stuur de vraag mee.' })
      .trim()
      .min(1, 'Stuur de vraag mee.')
      .max(FEEDBACK_QUESTION_MAX_LENGTH, `Een vraag heeft hoogstens ${FEEDBACK_QUESTION_MAX_LENGTH} tekens.`)
      .openapi({ description: 'Stored only in reduced form: nothing that identifies a person.', example: 'paspoort kwijt op vakantie' }),
    given: z
      .object({
        topicId: nullableId('het onderwerp van het advies'),
        counterId: nullableId('het loket van het advies'),
        basis: z.enum(ADVICE_BASES).nullable(),
      })
      .openapi({ description: 'What the assistant said; all null when it gave no advice.' }),
    expected: z
      .object({
        counterId: idField('het juiste loket').openapi({ example: 'burgerzaken' }),
        topicId: idField('het juiste onderwerp').optional(),
      })
      .optional()
      .openapi({ description: 'What staff say is right.' }),
    comment: z
      .string()
      .trim()
      .max(FEEDBACK_COMMENT_MAX_LENGTH, `Een opmerking heeft hoogstens ${FEEDBACK_COMMENT_MAX_LENGTH} tekens.`)
      .optional()
      .openapi({ description: 'Refused (422 `personal_data`) when it holds personal data.' }),
    sourceDeskId: idField('uw balie').optional(),
    mode: z.enum(['desk', 'resident']),
  })
  .openapi('FeedbackRequest');

export const FeedbackCreatedSchema = z.object({ id: z.string() }).openapi('FeedbackCreated');

export const FeedbackStatusQuerySchema = z.object({
  status: z
    .enum(FEEDBACK_STATUSES, { error: 'Kies open, accepted of dismissed.' })
    .default('open')
    .openapi({ description: 'Which items; `open` by default.' }),
});

export const FeedbackParamsSchema = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: '0f6d7c1e-3a0b-4c55-9f43-2f1e3f6a8b21' }),
});

export const UpdateFeedbackSchema = z
  .discriminatedUnion(
    'status',
    [
      z.object({
        status: z.literal('accepted'),
        addTestQuestion: z
          .boolean()
          .optional()
          .openapi({ description: "Adds the question with `expected` to the draft's test questions." }),
      }),
      z.object({
        status: z.literal('dismissed'),
        reason: z
          .string()
          .trim()
          .max(DISMISS_REASON_MAX_LENGTH, `Een reden heeft hoogstens ${DISMISS_REASON_MAX_LENGTH} tekens.`)
          .optional(),
      }),
    ],
    { error: 'Kies accepted of dismissed.' },
  )
  .openapi('FeedbackUpdate');

export const FeedbackItemResponseSchema = FeedbackItemSchema.openapi('FeedbackItem');
export const FeedbackListResponseSchema = FeedbackListSchema.openapi('FeedbackList');
