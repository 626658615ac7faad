import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEntry } from '../../../worker/storage/audit-log';
import { ADMIN, adminFetch, createToken, errorCode } from '../support/admin';
import { publish } from '../support/voorbeeldstad';

interface Entries {
  entries: { id: number; at: string; who: string; action: string; summary: string; note: string | null }[];
}

const entries = async (query = '') => (await (await adminFetch(`${ADMIN}/audit${query}`)).json<Entries>()).entries;

beforeAll(async () => {
  await publish();
  for (const [index, action] of (['save', 'import', 'publish', 'restore', 'save'] as const).entries()) {
    await appendAuditEntry(env.DB, {
      tenantId: 'voorbeeldstad',
      at: `2026-05-0${index + 1}T10:00:00.000Z`,
      who: 'Anna',
      action,
      summary: `Stap ${index + 1}`,
      note: action === 'publish' ? 'Met notitie' : null,
    }).run();
  }
});

describe('GET /api/v1/tenants/{tenant}/audit', () => {
  it('lists the entries newest first, with who, what and the note', async () => {
    const all = await entries();
    expect(all.map((entry) => entry.summary)).toEqual(['Stap 5', 'Stap 4', 'Stap 3', 'Stap 2', 'Stap 1']);
    expect(all[2]).toEqual({
      id: expect.any(Number),
      at: '2026-05-03T10:00:00.000Z',
      who: 'Anna',
      action: 'publish',
      summary: 'Stap 3',
      note: 'Met notitie',
    });
  });

  it('pages with limit and before', async () => {
    const first = await entries('?limit=2');
    expect(first.map((entry) => entry.summary)).toEqual(['Stap 5', 'Stap 4']);
    const next = await entries(`?limit=2&before=${first[1]?.id}`);
    expect(next.map((entry) => entry.summary)).toEqual(['Stap 3', 'Stap 2']);
  });

  it.each(['limit=0', 'limit=501', 'limit=veel', 'before=0'])('returns 400 for %s', async (query) => {
    const res = await adminFetch(`${ADMIN}/audit?${query}`);
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('invalid_request');
  });

  it('is readable for a viewer', async () => {
    expect((await adminFetch(`${ADMIN}/audit`, { token: await createToken('viewer') })).status).toBe(200);
  });
});

describe('the audit log table', () => {
  it('refuses to change an entry', async () => {
    await expect(env.DB.prepare("UPDATE audit_log SET who = 'iemand anders'").run()).rejects.toThrow(/append-only/);
  });

  it('refuses to remove an entry', async () => {
    await expect(env.DB.prepare('DELETE FROM audit_log').run()).rejects.toThrow(/append-only/);
    expect(await entries()).toHaveLength(5);
  });

  it('accepts only the four actions', async () => {
    const insert = env.DB.prepare(
      "INSERT INTO audit_log (tenant_id, at, who, action, summary) VALUES ('voorbeeldstad', '2026-05-09T10:00:00Z', 'x', 'delete', 'x')",
    );
    await expect(insert.run()).rejects.toThrow(/CHECK/);
  });
});
