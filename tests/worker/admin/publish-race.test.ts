import { beforeAll, expect, it } from 'vitest';
import { ADMIN, adminFetch, errorCode } from '../support/admin';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish(voorbeeldstad(), 'Voorbeeldstad seed');
});

it('answers 409 publish_conflict, not a 500, to the loser of two publishes at the same moment', async () => {
  const attempts = await Promise.all(
    ['Eerste', 'Tweede', 'Derde'].map((note) => adminFetch(`${ADMIN}/versions`, { method: 'POST', json: { note } })),
  );
  const statuses = attempts.map((res) => res.status).sort();
  expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
  expect(statuses).toContain(201);
  for (const res of attempts.filter((r) => r.status === 409)) expect(await errorCode(res)).toBe('publish_conflict');

  const list: { versions: { version: number }[] } = await (await adminFetch(`${ADMIN}/versions`)).json();
  expect(list.versions.map((v) => v.version)).toEqual(
    Array.from({ length: 1 + statuses.filter((s) => s === 201).length }, (_, i) => list.versions.length - i),
  );
});
