/**
 * A route hook for a body whose failures are a 422 with a code of its own (`invalid_content` for a
 * draft, `invalid_test_questions` for test questions), with every issue by path. The body is then
 * validated by the router, so its type is part of `AppType`; a failed path, query or header still
 * gets the shared 400 of the default hook.
 */
import type { Hook } from '@hono/zod-openapi';
import type { AdminEnv } from '../app-env';
import { useDutchMessages } from '../../core/content/parse-content';
import { ApiError, type ErrorCode } from './api-error';
import { errorIssuesOf, refuseRequest } from './validation-hook';

/** Generic in the route's input and path, which TypeScript takes from the route it is passed to. */
export function unprocessableBodyHook<Input, Path extends string>(
  code: ErrorCode & `invalid_${string}`,
): Hook<Input, AdminEnv, Path, undefined> {
  // zod writes its messages while it parses, so the Dutch ones must be set before the first request.
  useDutchMessages();
  return (result) => {
    if (result.success) return;
    if (result.target !== 'json') refuseRequest(result.error.issues);
    throw new ApiError(code, { issues: errorIssuesOf(result.error.issues) });
  };
}
