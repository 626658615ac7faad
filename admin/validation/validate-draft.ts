/**
 * Validates the edited draft with the worker's own `ContentSchema`, so the admin sees the same
 * problems the API would answer with a 422, next to the field and before saving. zod's generic
 * messages for empty and too long fields are replaced by B1 sentences; the schema's own messages
 * (ids, times, postcodes) stay as the schema words them.
 */
import { z } from 'zod';
import { formatPath, type ContentIssue } from '../../core/content/parse-content';
import { ContentSchema, type Content } from '../../core/content/schema';
import { nl } from '../i18n/nl';

export type DraftValidation = { ok: true; content: Content; issues: [] } | { ok: false; issues: ContentIssue[] };

let dutchConfigured = false;

function b1Message(issue: z.core.$ZodRawIssue): string | undefined {
  const t = nl.validation;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? t.required : undefined;
    case 'too_small':
      if (issue.origin === 'string') return t.required;
      if (issue.origin === 'array') return issue.path?.at(-1) === 'days' ? t.pickOneDay : t.needOne;
      return undefined;
    case 'too_big':
      return issue.origin === 'string' ? t.tooLong(Number(issue.maximum)) : undefined;
    case 'invalid_value':
      return t.invalidChoice;
    default:
      return undefined;
  }
}

export function validateDraft(draft: unknown): DraftValidation {
  if (!dutchConfigured) {
    z.config(z.locales.nl());
    dutchConfigured = true;
  }
  const result = ContentSchema.safeParse(draft, { error: b1Message });
  if (result.success) return { ok: true, content: result.data, issues: [] };
  return { ok: false, issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
}
