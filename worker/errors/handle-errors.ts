/**
 * The app's last line: known errors render themselves, anything else is logged and becomes a
 * plain 500 in the same JSON shape, without a stack trace.
 */
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError } from './api-error';

export const handleError: ErrorHandler = (err, c) => {
  if (err instanceof ApiError) return err.getResponse();
  // Hono's own exceptions (a malformed body, an unsupported media type) keep their 4xx status.
  if (err instanceof HTTPException && err.status < 500) {
    return new ApiError('invalid_request', { status: err.status, cause: err }).getResponse();
  }
  console.error(`${c.req.method} ${c.req.path} failed`, err);
  return new ApiError('internal_error', { cause: err }).getResponse();
};

export const handleNotFound: NotFoundHandler = () => new ApiError('not_found').getResponse();
