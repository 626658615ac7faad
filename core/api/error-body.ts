/** The one error shape of every 4xx/5xx under /api/ (DESIGN.md). */
import { z } from 'zod';

export const ErrorIssueSchema = z.object({ path: z.string(), message: z.string() });

export const ErrorBodySchema = z.object({
  error: z.object({
    /** Stable snake_case code that clients may branch on; never the message text. */
    code: z.string().regex(/^[a-z]+(?:_[a-z]+)*$/),
    /** Dutch B1 text for people. */
    message: z.string(),
    /** Only for validation errors: what is wrong where. */
    issues: z.array(ErrorIssueSchema).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
