/** The example tenant, parsed as the seed script parses it, and published into the test D1. */
import { env } from 'cloudflare:workers';
import type { Content } from '../../../core/content/schema';
import { parseContent } from '../../../core/content/parse-content';
import data from '../../../data/voorbeeldstad.json';
import { publishVersion } from '../../../worker/storage/publish-version';
import type { PublishedVersion } from '../../../worker/storage/versions';

export function voorbeeldstad(): Content {
  const parsed = parseContent(structuredClone(data));
  if (!parsed.ok) throw new Error(`data/voorbeeldstad.json is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.content;
}

export function publish(content: Content = voorbeeldstad(), note?: string): Promise<PublishedVersion> {
  return publishVersion(env.DB, content, { by: 'tests', note, now: new Date('2026-05-04T09:00:00Z') });
}

/** Voorbeeldstad's content published as another tenant: for tests about more than one tenant. */
export function publishAs(tenantId: string, name = `Gemeente ${tenantId}`): Promise<PublishedVersion> {
  const content = voorbeeldstad();
  return publish({ ...content, tenant: { ...content.tenant, id: tenantId, name } });
}
