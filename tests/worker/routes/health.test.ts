import { describe, expect, it } from 'vitest';
import { fetchWorker } from '../support/fetch-worker';

describe('GET /healthz', () => {
  it('answers ok when D1 is reachable', async () => {
    const res = await fetchWorker('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('returns 405 with an Allow header for POST', async () => {
    const res = await fetchWorker('/healthz', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD');
    expect(await res.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });
});
