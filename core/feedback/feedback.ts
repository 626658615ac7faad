/**
 * Feedback: staff (or a resident) say that an answer of the assistant was wrong, and which
 * counter (and topic) was right. Reports with the same reduced question, the same given answer
 * and the same expected answer are one item of the admin's queue, with a count.
 * Plain zod: the widget and the admin import the types and the constants only.
 */
import { z } from 'zod';

/** Where the given counter came from (DESIGN.md, `advice.basis`). */
export const ADVICE_BASES = ['table', 'national', 'fallback'] as const;
export type AdviceBasis = (typeof ADVICE_BASES)[number];

export const FEEDBACK_STATUSES = ['open', 'accepted', 'dismissed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Who reported it: the widget (desk or resident), or the receiving counter's "niet voor ons". */
export const FEEDBACK_SOURCES = ['desk', 'resident', 'receiving-counter'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

export const GivenSchema = z.object({
  topicId: z.string().nullable(),
  counterId: z.string().nullable(),
  basis: z.enum(ADVICE_BASES).nullable(),
});
export type Given = z.infer<typeof GivenSchema>;

export const ExpectedSchema = z.object({
  counterId: z.string(),
  topicId: z.string().optional(),
});
export type Expected = z.infer<typeof ExpectedSchema>;

export const FeedbackItemSchema = z.object({
  id: z.string(),
  /** Reduced; null for a receiving counter's report, which has no question, only the topic. */
  question: z.string().nullable(),
  given: GivenSchema,
  expected: ExpectedSchema.nullable(),
  count: z.number().int().min(1),
  /** UTC hours of the first and the last report. */
  firstAt: z.string(),
  lastAt: z.string(),
  status: z.enum(FEEDBACK_STATUSES),
  sources: z.array(z.enum(FEEDBACK_SOURCES)),
  /** The reports' comments, newest first. */
  comments: z.array(z.string()),
  /** Why it was dismissed. */
  reason: z.string().nullable(),
});
export type FeedbackItem = z.infer<typeof FeedbackItemSchema>;

export const FeedbackListSchema = z.object({ items: z.array(FeedbackItemSchema) });
export type FeedbackList = z.infer<typeof FeedbackListSchema>;

/**
 * The key that groups reports into one item: the question without regard to case and spacing,
 * the given and the expected answer. JSON of a fixed-order array, so no separator in an id or a
 * question can make two different reports look alike.
 */
export function feedbackGroupKey(question: string | null, given: Given, expected: Expected | null): string {
  return JSON.stringify([
    question === null ? null : question.toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim(),
    given.topicId,
    given.counterId,
    given.basis,
    expected?.counterId ?? null,
    expected?.topicId ?? null,
  ]);
}
