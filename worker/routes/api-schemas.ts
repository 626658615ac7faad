/** Schemas and responses that several routes of the public API share. */
import { z } from '@hono/zod-openapi';
import { ErrorBodySchema } from '../../core/api/error-body';
import { ID_MAX_LENGTH, ID_PATTERN } from '../../core/content/id';

export const TenantParamsSchema = z.object({
  tenant: z
    .string()
    .max(ID_MAX_LENGTH, `Een gemeentenaam in het adres heeft hoogstens ${ID_MAX_LENGTH} tekens.`)
    .regex(ID_PATTERN, 'Gebruik alleen kleine letters, cijfers en streepjes.')
    .openapi({ param: { name: 'tenant', in: 'path' }, example: 'voorbeeldstad' }),
});

const ErrorSchema = ErrorBodySchema.openapi('Error');

export function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ErrorSchema } } };
}

/** What a 429 carries besides its body. */
export const retryAfterHeader = {
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' as const } },
};

/** The 429 of a public write: the per-client throttles (wrangler.toml) and the tenant's daily ceiling. */
export function tooManyWrites(what: string, dailyCeiling: number) {
  return {
    ...errorResponse(
      `Too many writes from this client (\`too_many_requests\`): 60 a minute per client (an IPv4 address or an IPv6 /64) over all tenants together, and 10 a minute of those without an \`Origin\` header. Or the tenant received more than ${dailyCeiling} ${what} today (\`daily_limit_reached\`), until midnight in Amsterdam. Nothing is stored; wait for \`Retry-After\` seconds.`,
    ),
    headers: retryAfterHeader,
  };
}
