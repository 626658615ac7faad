/**
 * Content checked against the schema, or 422 `invalid_content` with every issue: a draft PUT's
 * body, and stored content before it is published again (the schema may have become stricter
 * since it was saved, and a publish must never store what a draft save would refuse).
 */
import { parseContent } from '../../core/content/parse-content';
import type { Content } from '../../core/content/schema';
import { ApiError } from '../errors/api-error';

export function validatedContent(json: unknown): Content {
  const parsed = parseContent(json);
  if (!parsed.ok) throw new ApiError('invalid_content', { issues: parsed.issues });
  return parsed.content;
}
