/**
 * Schemas and responses that several routes of the API share, and the conventions every route
 * follows so that the OpenAPI document passes Redocly's recommended rules
 * (tests/worker/openapi/openapi-lint.node.test.ts):
 * - an `operationId` (lowerCamelCase verb + resource) and one of `API_TAGS` in `tags`;
 * - `security: PUBLIC` on public operations, `ADMIN_SECURITY` on admin ones;
 * - every 4xx and 5xx it can answer, with the response helpers below: `unsupportedMediaType` on
 *   every operation with a body, `tooManyRequests` (with `Retry-After`) where a limiter applies.
 */
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

/** The document's tags, in the order a reader meets them; each operation names one. */
export const API_TAGS = [
  { name: 'Routing', description: 'Which counter answers a question: the published bundle and the routing API.' },
  { name: 'Directory', description: 'The published directory as Open Referral HSDS 3.0.' },
  { name: 'Referrals', description: 'Anonymous referrals and signals, written from the widget.' },
  { name: 'Admin', description: 'Signing in, the draft, tests, versions, the audit log and the figures.' },
  { name: 'Feedback', description: 'Corrections of the assistant’s answers: reported from the widget, handled in the admin.' },
  { name: 'Health', description: 'Whether the worker and its database answer.' },
] as const;

export type ApiTag = (typeof API_TAGS)[number]['name'];

/** `security` of a public operation: anyone may call it, on purpose. */
export const PUBLIC: Record<string, string[]>[] = [];

const ErrorSchema = ErrorBodySchema.openapi('Error');

type ResponseHeaders = Record<string, { description: string; schema: { type: 'integer' | 'string'; minimum?: number } }>;

export function errorResponse(description: string, headers?: ResponseHeaders) {
  return { description, ...(headers && { headers }), content: { 'application/json': { schema: ErrorSchema } } };
}

/** 429 with the seconds to wait, for every operation behind a limiter (writes, codes, failed sign-ins). */
export function tooManyRequests(description = 'Too many requests from this client; wait for `Retry-After` seconds (`too_many_requests`).') {
  return errorResponse(description, {
    'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 1 } },
  });
}

/** 415, for every operation with a request body: the router refuses another media type. */
export const unsupportedMediaType = errorResponse('The body is not `application/json` (`invalid_request`).');

export const internalError = errorResponse('Something failed on our side (`internal_error`).');

export const tenantNotFound = errorResponse('No published tenant with this id (`tenant_not_found`).');

/** The 429 of a public write: the per-client throttles (wrangler.toml) and the tenant's daily ceiling. */
export function tooManyWrites(what: string, dailyCeiling: number) {
  return tooManyRequests(
    `Too many writes from this client (\`too_many_requests\`): 60 a minute per client (an IPv4 address or an IPv6 /64) over all tenants together, and 10 a minute of those without an \`Origin\` header. Or the tenant received more than ${dailyCeiling} ${what} today (\`daily_limit_reached\`), until midnight in Amsterdam. Nothing is stored; wait for \`Retry-After\` seconds.`,
  );
}

/** 403 of a widget route: the tenant's list of websites (`settings.allowedOrigins`) does not have the sender. */
export const originNotAllowed = errorResponse(
  'Sent from a website the tenant does not list in `settings.allowedOrigins` (`origin_not_allowed`); the preflight is refused too.',
);

/** 413 of every route behind `limitBody()`. */
export const payloadTooLarge = errorResponse('The body is over 1 MB (`payload_too_large`).');

/**
 * The responses every public write from the widget (referrals, signals, feedback) shares besides
 * its own 400 and 422: the tenant, the website, the body limit, JSON only, the throttles with the
 * tenant's daily ceiling for `what`, and the unexpected.
 */
export function widgetWriteResponses(what: string, dailyCeiling: number) {
  return {
    403: originNotAllowed,
    404: tenantNotFound,
    413: payloadTooLarge,
    415: unsupportedMediaType,
    429: tooManyWrites(what, dailyCeiling),
    500: internalError,
  } as const;
}
