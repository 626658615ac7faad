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
