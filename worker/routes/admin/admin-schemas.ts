/** What the admin routes share: how they are signed in, their error answers, common schemas. */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { ROLES } from '../../auth/roles';
import type { AdminEnv } from '../../app-env';
import { errorResponse, tooManyRequests } from '../api-schemas';

/** Either way of signing in works on every admin route. */
export const ADMIN_SECURITY: Record<string, string[]>[] = [{ bearerAuth: [] }, { cloudflareAccess: [] }];

/** A router for admin resources, with the security schemes in its part of the OpenAPI document. */
export function adminRouter(): OpenAPIHono<AdminEnv> {
  const router = new OpenAPIHono<AdminEnv>();
  router.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token from `npm run token`, or the ADMIN_TOKEN. Each token has a tenant (or all) and a role.',
  });
  router.openAPIRegistry.registerComponent('securitySchemes', 'cloudflareAccess', {
    type: 'apiKey',
    in: 'header',
    name: 'Cf-Access-Jwt-Assertion',
    description: 'Set by Cloudflare Access in production; the role comes from ACCESS_ROLES.',
  });
  return router;
}

export const authErrors = {
  401: errorResponse('No credentials, or credentials that are wrong, expired or revoked (`unauthorized`).'),
  403: errorResponse('The role is too low for this (`forbidden`), or the credentials are for another tenant (`other_tenant`).'),
  429: tooManyRequests(
    'More than 10 failed sign-ins a minute from this client (an IPv4 address or IPv6 /64) on this tenant (`too_many_requests`). A right token still signs in. Wait for `Retry-After` seconds.',
  ),
};

export const VersionNumberSchema = z.coerce
  .number({ error: 'Een versie is een heel getal vanaf 1.' })
  .int('Een versie is een heel getal vanaf 1.')
  .min(1, 'Een versie is een heel getal vanaf 1.')
  .max(2_147_483_647, 'Deze versie bestaat niet.');

export const VersionParamsSchema = z.object({
  n: VersionNumberSchema.openapi({ param: { name: 'n', in: 'path' }, example: 1 }),
});

export const IfMatchHeaderSchema = z.object({
  'if-match': z.string().optional().openapi({ description: 'The ETag of the draft this change is based on.', example: '"3f2a…"' }),
});

export const ActorSchema = z.object({ label: z.string(), role: z.enum(ROLES) }).openapi('Actor');

export const draftEtagHeader = {
  ETag: { description: 'Strong validator of the draft; send it back in `If-Match`.', schema: { type: 'string' as const } },
};
