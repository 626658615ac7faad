/**
 * data/national/everyday-words.json: the words residents use for national products
 * ("wegenbelasting" for motorrijtuigenbelasting, "residence permit" for verblijfsvergunning),
 * and the generic words that the national list itself does not show. Reviewable data.
 */
import { z } from 'zod';

const PhrasesSchema = z.array(z.string().trim().min(1).max(80));

export const EverydayWordsSchema = z.object({
  about: z.string().optional(),
  products: z.array(z.object({ product: z.string().min(1), nl: PhrasesSchema, en: PhrasesSchema })),
  genericWords: z.object({ about: z.string().optional(), nl: PhrasesSchema, en: PhrasesSchema }),
});
export type EverydayWords = z.infer<typeof EverydayWordsSchema>;
