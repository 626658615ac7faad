/** The example tenant as the engine sees it: parsed and validated, as after a publish. */
import { parseContent } from '../../../core/content/parse-content';
import type { Content } from '../../../core/content/schema';
import data from '../../../data/voorbeeldstad.json';

export function voorbeeldstad(): Content {
  const parsed = parseContent(structuredClone(data));
  if (!parsed.ok) throw new Error(`data/voorbeeldstad.json is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.content;
}
