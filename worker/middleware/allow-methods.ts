/**
 * Answers 405 with an `Allow` header for a method the resource does not offer. Hono itself would
 * fall through to a 404, which tells a client the path is wrong when only the method is.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors/api-error';

export function allowMethods(...methods: string[]): MiddlewareHandler {
  const allow = methods.join(', ');
  return async function allowMethods(c, next) {
    if (!methods.includes(c.req.method)) {
      throw new ApiError('method_not_allowed', { headers: { Allow: allow } });
    }
    await next();
  };
}
