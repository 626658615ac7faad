/** Schemas and responses that several routes of the public API share. */
import { z } from '@hono/zod-openapi';
import { ErrorBodySchema } from '../../core/api/error-body';

export const TenantParamsSchema = z.object({
  tenant: z
    .string()
    .max(64, 'Een gemeentenaam in het adres heeft hoogstens 64 tekens.')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Gebruik alleen kleine letters, cijfers en streepjes.')
    .openapi({ param: { name: 'tenant', in: 'path' }, example: 'voorbeeldstad' }),
});

const ErrorSchema = ErrorBodySchema.openapi('Error');

export function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ErrorSchema } } };
}
