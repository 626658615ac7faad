/**
 * Validates untrusted content (a draft PUT, an import, the seed file) into typed `Content`.
 * Expected failures are a typed result, not an exception: callers turn the issues into a 422
 * or show them next to the fields.
 */
import { z } from 'zod';
import { ContentSchema, type Content } from './schema';

export interface ContentIssue {
  /** Dotted path into the content, e.g. "topics.3.counter". Empty for the root. */
  path: string;
  message: string;
}

export type ParseContentResult = { ok: true; content: Content } | { ok: false; issues: ContentIssue[] };

let dutchMessagesConfigured = false;

/** zod's own messages ("Required", "Too small") in Dutch, once per process. */
export function useDutchMessages(): void {
  if (dutchMessagesConfigured) return;
  z.config(z.locales.nl());
  dutchMessagesConfigured = true;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

export function parseContent(input: unknown): ParseContentResult {
  useDutchMessages();
  const result = ContentSchema.safeParse(input);
  if (result.success) return { ok: true, content: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}
