/**
 * The answers of `GET /api/v1/tenants/{tenant}/tokens` and `DELETE …/tokens/{id}`: a tenant's
 * admin tokens as the admin app shows them. Never the token or its hash; `id` is random. Plain
 * zod: the admin may import the types only.
 */
import { z } from 'zod';

export const TOKEN_ID_PATTERN = /^[0-9a-f]{32}$/;

export const ApiTokenSchema = z.object({
  id: z.string().regex(TOKEN_ID_PATTERN),
  label: z.string(),
  role: z.enum(['viewer', 'editor', 'publisher']),
  /** ISO 8601 UTC. */
  createdAt: z.string(),
  /** Null: the token does not expire. */
  expiresAt: z.string().nullable(),
  /** To the minute, updated at most every 5 minutes; null: never used. */
  lastUsedAt: z.string().nullable(),
  /** Null: not revoked. */
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;

export const ApiTokenListSchema = z.object({ items: z.array(ApiTokenSchema) });
export type ApiTokenList = z.infer<typeof ApiTokenListSchema>;
