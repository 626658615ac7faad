/**
 * The OpenAPIHono `defaultHook`: a failed zod validation of a query, path parameter or body
 * becomes a 400 with one code and every issue. Sub-apps mounted with `.route()` inherit it.
 */
import type { Hook } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { AppEnv } from '../app-env';
import { formatPath } from '../../core/content/parse-content';
import { ApiError, type ErrorCode, type ErrorIssue } from './api-error';

type Issue = z.core.$ZodIssue;

/**
 * Parameter names are shared by every route of the API, so their codes live in one place.
 * Structured fields (which parameter, which zod check) pick the code, never the message text.
 */
const PARAMETER_CODES: Record<string, (issue: Issue) => ErrorCode> = {
  q: (issue) => (issue.code === 'too_big' ? 'query_too_long' : 'missing_query'),
  lang: () => 'unsupported_language',
  tenant: () => 'invalid_tenant',
};

function codeFor(issue: Issue | undefined): ErrorCode {
  const parameter = issue?.path[0];
  const toCode = typeof parameter === 'string' ? PARAMETER_CODES[parameter] : undefined;
  return issue && toCode ? toCode(issue) : 'invalid_request';
}

/** Every issue by path, as the error body names them. */
export function errorIssuesOf(issues: readonly Issue[]): ErrorIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** The 400 of a failed query, path parameter or body: its code comes from the first issue. */
export function refuseRequest(issues: readonly Issue[]): never {
  throw new ApiError(codeFor(issues[0]), { issues: errorIssuesOf(issues) });
}

export const validationHook: Hook<unknown, AppEnv, string, undefined> = (result) => {
  if (!result.success) refuseRequest(result.error.issues);
};
