/**
 * The answer of the routing engine, and of `GET /api/v1/tenants/{tenant}/route` (DESIGN.md).
 * Plain zod here is fine: the widget imports only the types.
 */
import { z } from 'zod';
import { LangSchema } from '../content/schema';

/** A product of the national list (Uniforme Productnamenlijst). */
export const ProductRefSchema = z.object({
  name: z.string(),
  uri: z.string(),
});
export type ProductRef = z.infer<typeof ProductRefSchema>;

/**
 * What the advice rests on: a row of the tenant's table, a product that only the Rijk
 * provides (national list), or the tenant's general counter because neither answers.
 */
export const AdviceBasisSchema = z.enum(['table', 'national', 'fallback']);
export type AdviceBasis = z.infer<typeof AdviceBasisSchema>;

export const AdviceSchema = z.object({
  basis: AdviceBasisSchema,
  /** The topic of the table; null for national and fallback advice. */
  topicId: z.string().nullable(),
  counterId: z.string(),
  /** True when the resident is sent to the digital-help counter for the online part of the topic. */
  digitalHelp: z.boolean(),
  /** Short B1 sentence that cites the row of the division of tasks. */
  reason: z.string(),
  /** The national product the question is about; null unless the basis is "national". */
  product: ProductRefSchema.nullable(),
});
export type Advice = z.infer<typeof AdviceSchema>;

export const AlternativeSchema = z.object({
  topicId: z.string(),
  counterId: z.string(),
  /** Relative to the best match: 1 is as good as the best topic. */
  score: z.number(),
});
export type Alternative = z.infer<typeof AlternativeSchema>;

export const ClarifyOptionSchema = z.object({
  label: z.string(),
  topicId: z.string(),
  counterId: z.string(),
});
export type ClarifyOption = z.infer<typeof ClarifyOptionSchema>;

export const ClarifySchema = z.object({
  question: z.string(),
  options: z.array(ClarifyOptionSchema).min(2).max(4),
});
export type Clarify = z.infer<typeof ClarifySchema>;

export const RouteResultSchema = z.object({
  query: z.string(),
  lang: LangSchema,
  advice: AdviceSchema.nullable(),
  alternatives: z.array(AlternativeSchema),
  clarify: ClarifySchema.nullable(),
});
export type RouteResult = z.infer<typeof RouteResultSchema>;
