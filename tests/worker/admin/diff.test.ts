import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../../core/content/schema';
import { ADMIN, adminFetch, errorCode } from '../support/admin';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';

function withDebtCounter(content: Content, counter: string): Content {
  return { ...content, topics: content.topics.map((topic) => (topic.id === 'schulden' ? { ...topic, counter } : topic)) };
}

beforeAll(async () => {
  await publish();
  await publish(withDebtCounter(voorbeeldstad(), 'werk-inkomen'));
  // The draft adds a counter to version 2.
  const draft = await adminFetch(`${ADMIN}/draft`);
  const content: Content = await draft.json();
  const [ido] = content.counters;
  if (ido) content.counters.push({ ...ido, id: 'formulierenhulp', name: 'Formulierenhulp' });
  await adminFetch(`${ADMIN}/draft`, { method: 'PUT', json: content, ifMatch: draft.headers.get('ETag') ?? '' });
});

describe('GET /api/v1/tenants/{tenant}/diff', () => {
  it('compares the published version with the draft by default', async () => {
    const res = await adminFetch(`${ADMIN}/diff`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      from: 2,
      to: 'draft',
      summary: '1 loket toegevoegd',
      changes: [expect.objectContaining({ section: 'counters', kind: 'added', id: 'formulierenhulp', label: 'Formulierenhulp' })],
    });
  });

  it('compares two versions field by field', async () => {
    const res = await adminFetch(`${ADMIN}/diff?from=1&to=2`);
    expect(await res.json()).toEqual({
      from: 1,
      to: 2,
      summary: '1 onderwerp gewijzigd',
      changes: [
        {
          section: 'topics',
          kind: 'changed',
          id: 'schulden',
          label: 'Geldzorgen of schulden',
          fields: [{ path: 'topics.schulden.counter', field: 'counter', before: 'sociaal-loket', after: 'werk-inkomen' }],
        },
      ],
    });
  });

  it('compares the draft with an older version', async () => {
    const res = await adminFetch(`${ADMIN}/diff?from=draft&to=1`);
    expect(await res.json()).toMatchObject({ from: 'draft', to: 1, summary: '1 onderwerp gewijzigd, 1 loket verwijderd' });
  });

  it('returns 404 version_not_found for a version that does not exist', async () => {
    const res = await adminFetch(`${ADMIN}/diff?from=1&to=9`);
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe('version_not_found');
  });

  it.each(['to=concept', 'from=0', 'from=-1'])('returns 400 for %s', async (query) => {
    const res = await adminFetch(`${ADMIN}/diff?${query}`);
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('invalid_request');
  });
});
