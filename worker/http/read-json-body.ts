/**
 * Reads a JSON body that the route validates itself, because its failures are a 422 with their
 * own code (the content or the questions are invalid), not the shared 400 of a malformed request.
 */
import type { Context } from 'hono';
import { ApiError } from '../errors/api-error';

export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) throw new ApiError('invalid_request', { status: 415 });
  try {
    return await c.req.json<unknown>();
  } catch (cause) {
    throw new ApiError('invalid_request', { cause });
  }
}

/** The OpenAPI body of such a route: the schema is documented as a component, not enforced by the router. */
export function jsonBodyOf(component: string) {
  return {
    required: true,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${component}` } } },
  } as const;
}
