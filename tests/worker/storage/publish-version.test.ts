import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { strongEtag } from '../../../worker/http/etag';
import { findBundleJson, findPublishedVersion } from '../../../worker/storage/versions';
import { fetchWorker } from '../support/fetch-worker';
import { publicCounterFor } from '../support/route-answer';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';

interface StoredVersionRow {
  content_json: string;
  published_by: string;
  note: string | null;
}

// One D1 per test file: the tests below build on each other's publishes, in order.
describe('publishVersion', () => {
  it('publishes the first version as version 1 and points the tenant at it', async () => {
    const published = await publish(voorbeeldstad(), 'seed');
    expect(published).toEqual({
      tenantId: 'voorbeeldstad',
      version: 1,
      etag: expect.stringMatching(/^"[0-9a-f]{64}"$/),
      publishedAt: '2026-05-04T09:00:00.000Z',
    });
    expect(await findPublishedVersion(env.DB, 'voorbeeldstad')).toEqual(published);
  });

  it('stores the content, the bundle and the ETag of exactly that bundle text', async () => {
    const bundleJson = await findBundleJson(env.DB, 'voorbeeldstad', 1);
    expect(bundleJson).not.toBeNull();
    expect(await strongEtag(bundleJson ?? '')).toBe((await findPublishedVersion(env.DB, 'voorbeeldstad'))?.etag);
    expect(JSON.parse(bundleJson ?? '')).toMatchObject({ format: 1, tenantId: 'voorbeeldstad', version: 1 });

    const row = await env.DB.prepare('SELECT content_json, published_by, note FROM versions WHERE tenant_id = ?1 AND version = 1')
      .bind('voorbeeldstad')
      .first<StoredVersionRow>();
    expect(row).toMatchObject({ published_by: 'tests', note: 'seed' });
    expect(JSON.parse(row?.content_json ?? '')).toEqual(voorbeeldstad());
  });

  it('publishing version 2 makes route answer from version 2', async () => {
    expect(await publicCounterFor('ik heb schulden', 'schulden')).toBe('sociaal-loket');

    // The municipality moves debt questions to Werk en Inkomen.
    const content = voorbeeldstad();
    content.topics = content.topics.map((topic) => (topic.id === 'schulden' ? { ...topic, counter: 'werk-inkomen' } : topic));
    const v2 = await publish(content);
    expect(v2.version).toBe(2);

    expect(await publicCounterFor('ik heb schulden', 'schulden')).toBe('werk-inkomen');
    const bundle = await fetchWorker('/api/v1/tenants/voorbeeldstad/bundle');
    expect(bundle.headers.get('ETag')).toBe(v2.etag);
    expect(await bundle.json()).toMatchObject({ version: 2 });
  });

  it('keeps earlier versions immutable', async () => {
    const v1 = JSON.parse((await findBundleJson(env.DB, 'voorbeeldstad', 1)) ?? '');
    expect(v1.version).toBe(1);
    expect(v1.content.topics.find((topic: { id: string }) => topic.id === 'schulden').counter).toBe('sociaal-loket');
  });
});
