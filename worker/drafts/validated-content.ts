/**
 * Stored content re-checked before it is published again: the schema may have become stricter
 * since it was saved, and a publish must never store what a draft save would refuse.
 */
import { parseContent } from '../../core/content/parse-content';
import type { Content } from '../../core/content/schema';
import { ApiError } from '../errors/api-error';

export function validatedContent(contentJson: string): Content {
  const parsed = parseContent(JSON.parse(contentJson));
  if (!parsed.ok) throw new ApiError('invalid_content', { issues: parsed.issues });
  return parsed.content;
}
