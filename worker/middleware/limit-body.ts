/**
 * Refuses a request body over 1 MB with 413 before it is read into memory. A tenant's whole
 * content is some 100 kB, so this leaves room to grow and none for abuse.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors/api-error';

/** The `payload_too_large` message names this size. */
const MAX_BODY_BYTES = 1024 * 1024;

export function limitBody(): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError('payload_too_large');
    },
  });
  return async function limitBody(c, next) {
    return limit(c, next);
  };
}
