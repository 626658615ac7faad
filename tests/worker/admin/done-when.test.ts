/**
 * The "Done when" of issue 4, as one story: an admin with the ADMIN_TOKEN moves debt questions
 * to another counter in the draft, publishes, restores, and meets a stale and an invalid save.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../../core/content/schema';
import { ADMIN, adminFetch } from '../support/admin';
import { publicCounterFor } from '../support/route-answer';
import { publish } from '../support/voorbeeldstad';

/** The counter the public /route offers for debts, as advice or as the option of a clarifying question. */
const publicDebtCounter = () => publicCounterFor('ik heb schulden', 'schulden');

async function getDraft(): Promise<{ etag: string; content: Content }> {
  const res = await adminFetch(`${ADMIN}/draft`);
  expect(res.status).toBe(200);
  return { etag: res.headers.get('ETag') ?? '', content: await res.json() };
}

function withDebtCounter(content: Content, counter: string): Content {
  return { ...content, topics: content.topics.map((topic) => (topic.id === 'schulden' ? { ...topic, counter } : topic)) };
}

beforeAll(async () => {
  await publish();
});

// One D1 per test file: the steps build on each other, in order.
describe('maintaining the division of tasks with draft, publish, restore and audit', () => {
  let firstEtag = '';

  it('saving the draft does not change the public answer', async () => {
    const { etag, content } = await getDraft();
    firstEtag = etag;
    const save = await adminFetch(`${ADMIN}/draft`, { method: 'PUT', json: withDebtCounter(content, 'werk-inkomen'), ifMatch: etag });
    expect(save.status).toBe(200);
    expect(save.headers.get('ETag')).not.toBe(etag);

    expect(await publicDebtCounter()).toBe('sociaal-loket');
  });

  it('publishing the draft changes the public answer', async () => {
    const res = await adminFetch(`${ADMIN}/versions`, { method: 'POST', json: { note: 'Schulden naar Werk en Inkomen' } });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ version: 2 });

    expect(await publicDebtCounter()).toBe('werk-inkomen');
  });

  it('restoring version 1 brings the old answer back and resets the draft', async () => {
    const res = await adminFetch(`${ADMIN}/versions/1/restore`, { method: 'POST', json: { note: 'Terug naar het Sociaal Loket' } });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ version: 3 });

    expect(await publicDebtCounter()).toBe('sociaal-loket');
    const { content } = await getDraft();
    expect(content.topics.find((topic) => topic.id === 'schulden')?.counter).toBe('sociaal-loket');
  });

  it('a save based on a stale ETag gets 412 and changes nothing', async () => {
    const before = await getDraft();
    const res = await adminFetch(`${ADMIN}/draft`, { method: 'PUT', json: withDebtCounter(before.content, 'ido'), ifMatch: firstEtag });
    expect(res.status).toBe(412);
    expect(await res.json()).toMatchObject({ error: { code: 'draft_changed', message: expect.stringContaining('Iemand anders') } });
    expect(res.headers.get('ETag')).toBe(before.etag);
    expect(await getDraft()).toEqual(before);
  });

  it('an invalid save gets 422 with the path of the problem and changes nothing', async () => {
    const before = await getDraft();
    const index = before.content.topics.findIndex((topic) => topic.id === 'schulden');
    const res = await adminFetch(`${ADMIN}/draft`, {
      method: 'PUT',
      json: withDebtCounter(before.content, 'bestaat-niet'),
      ifMatch: before.etag,
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_content',
        message: expect.any(String),
        issues: [{ path: `topics.${index}.counter`, message: 'Er is geen loket met de id "bestaat-niet".' }],
      },
    });
    expect(await getDraft()).toEqual(before);
    expect(await publicDebtCounter()).toBe('sociaal-loket');
  });

  it('the audit log shows the save, the publish and the restore, newest first, and not the refused saves', async () => {
    const res = await adminFetch(`${ADMIN}/audit`);
    expect(res.status).toBe(200);
    const { entries } = await res.json<{ entries: { action: string; who: string; summary: string; note: string | null }[] }>();
    expect(entries.map((entry) => entry.action)).toEqual(['restore', 'publish', 'save']);
    expect(entries).toEqual([
      {
        id: expect.any(Number),
        at: expect.any(String),
        who: 'Beheerder (ADMIN_TOKEN)',
        action: 'restore',
        summary: 'Versie 1 teruggezet als versie 3: 1 onderwerp gewijzigd',
        note: 'Terug naar het Sociaal Loket',
      },
      {
        id: expect.any(Number),
        at: expect.any(String),
        who: 'Beheerder (ADMIN_TOKEN)',
        action: 'publish',
        summary: 'Versie 2 gepubliceerd: 1 onderwerp gewijzigd',
        note: 'Schulden naar Werk en Inkomen',
      },
      {
        id: expect.any(Number),
        at: expect.any(String),
        who: 'Beheerder (ADMIN_TOKEN)',
        action: 'save',
        summary: '1 onderwerp gewijzigd',
        note: null,
      },
    ]);
  });
});
