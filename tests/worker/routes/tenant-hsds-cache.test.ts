import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../../worker/app';
import { versionCacheKey } from '../../../worker/storage/version-cache';
import { recordingDb } from '../support/recording-db';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';

const HSDS = '/api/v1/tenants/voorbeeldstad/hsds';

/** One request for the HSDS export, and the statements it prepared that read a version's content. */
async function requestHsds(init?: RequestInit): Promise<{ res: Response; contentReads: string[] }> {
  const statements: string[] = [];
  const res = await app.request(HSDS, init, { ...env, DB: recordingDb(env.DB, statements) });
  return { res, contentReads: statements.filter((sql) => sql.includes('content_json')) };
}

async function locationNames(res: Response): Promise<string[]> {
  return (await res.json<{ locations: { name: string }[] }>()).locations.map((location) => location.name);
}

describe('GET /api/v1/tenants/{tenant}/hsds, per published version', () => {
  it('derives the directory once: the next request reads no content from D1 and keeps the ETag', async () => {
    const published = await publish();
    const first = await requestHsds();
    expect(first.res.status).toBe(200);
    const etag = first.res.headers.get('ETag');
    const text = await first.res.text();

    const second = await requestHsds();
    expect(second.contentReads).toEqual([]);
    expect(second.res.headers.get('ETag')).toBe(etag);
    expect(await second.res.text()).toBe(text);

    const cached = await caches.default.match(versionCacheKey('hsds', published));
    expect(cached?.headers.get('ETag')).toBe(etag);
    expect(await cached?.text()).toBe(text);
  });

  it('answers 304 from the cached ETag', async () => {
    await publish();
    const etag = (await requestHsds()).res.headers.get('ETag') ?? '';
    const revalidated = await requestHsds({ headers: { 'If-None-Match': etag } });
    expect(revalidated.res.status).toBe(304);
    expect(revalidated.contentReads).toEqual([]);
  });

  it('serves the new directory once a new version is published', async () => {
    await publish();
    const before = await requestHsds();
    expect(await locationNames(before.res)).toContain('Stadskantoor Voorbeeldstad');

    const content = voorbeeldstad();
    content.locations = content.locations.map((location) =>
      location.id === 'stadskantoor' ? { ...location, name: 'Stadhuis' } : location,
    );
    await publish(content, 'Nieuwe naam');

    const after = await requestHsds({ headers: { 'If-None-Match': before.res.headers.get('ETag') ?? '' } });
    expect(after.res.status).toBe(200);
    expect(after.res.headers.get('ETag')).not.toBe(before.res.headers.get('ETag'));
    expect(await locationNames(after.res)).toContain('Stadhuis');
  });
});
