import { describe, expect, it } from 'vitest';
import { RouteResultSchema } from '../../../core/api/route-response';
import { fetchWorker } from '../support/fetch-worker';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';

describe('a publish in this isolate', () => {
  it('is served at once by /route and /bundle, although the published version is remembered', async () => {
    await publish();
    const before = await fetchWorker('/api/v1/tenants/voorbeeldstad/bundle');
    expect(before.status).toBe(200);
    await fetchWorker('/api/v1/tenants/voorbeeldstad/route?q=schulden');

    const content = voorbeeldstad();
    const schulden = content.topics.find((topic) => topic.id === 'schulden');
    if (!schulden) throw new Error('Voorbeeldstad has a topic schulden');
    schulden.keywords = [...schulden.keywords, 'zwemdiploma'];
    const second = await publish(content, 'zwemdiploma');

    const after = await fetchWorker('/api/v1/tenants/voorbeeldstad/bundle');
    expect(after.headers.get('ETag')).toBe(second.etag);
    expect(after.headers.get('ETag')).not.toBe(before.headers.get('ETag'));
    const route = RouteResultSchema.parse(await (await fetchWorker('/api/v1/tenants/voorbeeldstad/route?q=zwemdiploma')).json());
    expect(route.advice?.topicId).toBe('schulden');
  });
});
