import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../../core/content/schema';
import { ADMIN, adminFetch, createToken, errorCode } from '../support/admin';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';

const CSV = `${ADMIN}/draft/topics.csv`;
const csvHeaders = { 'Content-Type': 'text/csv; charset=utf-8' };

async function exported(): Promise<string> {
  // Decoded without stripping the BOM, to keep the file exactly as Excel gets it.
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await (await adminFetch(CSV)).arrayBuffer());
}

async function draft(): Promise<{ etag: string; content: Content }> {
  const res = await adminFetch(`${ADMIN}/draft`);
  return { etag: res.headers.get('ETag') ?? '', content: await res.json() };
}

function importCsv(csv: string, { apply = false, ifMatch, token }: { apply?: boolean; ifMatch?: string; token?: string } = {}) {
  return adminFetch(`${CSV}?apply=${apply}`, { method: 'POST', body: csv, headers: csvHeaders, ifMatch, token });
}

/** The exported file with the counter of `schulden` changed. */
async function csvWithDebtsAt(counter: string): Promise<string> {
  return (await exported()).replace(/^(schulden;[^;]*;[^;]*;[^;]*;)sociaal-loket;/m, `$1${counter};`);
}

beforeAll(async () => {
  await publish();
});

describe('GET /api/v1/tenants/{tenant}/draft/topics.csv', () => {
  it('is a download that Dutch Excel opens: UTF-8 with BOM, ; and CRLF', async () => {
    const res = await adminFetch(CSV);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="onderwerpen-voorbeeldstad.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const text = await exported();
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('id;domain;title_nl;title_en;counter;counter_name;digitalHelp;digitalHelp_name;keywords;uplUris');
    expect(lines).toHaveLength(voorbeeldstad().topics.length + 2);
  });
});

describe('POST /api/v1/tenants/{tenant}/draft/topics.csv', () => {
  it("exports each counter's name beside its id, and imports a file without the name columns the same", async () => {
    const lines = (await exported()).slice(1).split('\r\n');
    const schulden = lines.find((line) => line.startsWith('schulden;'))?.split(';') ?? [];
    expect(schulden.slice(4, 8)).toEqual(['sociaal-loket', 'Sociaal Loket', '', '']);
    const digid = lines.find((line) => line.startsWith('digid-aanvragen;'))?.split(';') ?? [];
    expect(digid.slice(4, 8)).toEqual(['ido', 'Informatiepunt Digitale Overheid', '', '']);

    // The same file without the two name columns (as older exports and hand-made sheets are).
    const withoutNames = lines
      .map((line) =>
        line
          .split(';')
          .filter((_, i) => i !== 5 && i !== 7)
          .join(';'),
      )
      .join('\r\n');
    const res = await importCsv(withoutNames);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ changes: { added: [], removed: [], changed: [] }, errors: [] });
  });

  it('finds no changes in the file it exported', async () => {
    const res = await importCsv(await exported());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ changes: { added: [], removed: [], changed: [] }, errors: [] });
  });

  it('previews a change without saving it', async () => {
    const before = await draft();
    const res = await importCsv(await csvWithDebtsAt('werk-inkomen'));
    expect(await res.json()).toEqual({
      changes: { added: [], removed: [], changed: [{ id: 'schulden', fields: ['counter'] }] },
      errors: [],
    });
    expect(await draft()).toEqual(before);
  });

  it('reports errors by the row number Excel shows and the column', async () => {
    const res = await importCsv(await csvWithDebtsAt('bestaat-niet'));
    const row =
      (await exported())
        .slice(1)
        .split('\r\n')
        .findIndex((line) => line.startsWith('schulden;')) + 1;
    expect(await res.json()).toMatchObject({ errors: [{ row, column: 'counter', message: 'Er is geen loket met de id "bestaat-niet".' }] });
  });

  it('needs If-Match to import: 428 without it', async () => {
    const res = await importCsv(await csvWithDebtsAt('werk-inkomen'), { apply: true });
    expect(res.status).toBe(428);
  });

  it('imports nothing from a file with errors: 422 invalid_csv with the rows', async () => {
    const before = await draft();
    const res = await importCsv(await csvWithDebtsAt('bestaat-niet'), { apply: true, ifMatch: before.etag });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      error: { code: 'invalid_csv', issues: [{ path: expect.stringMatching(/^rows\.\d+\.counter$/) }] },
    });
    expect(await draft()).toEqual(before);
  });

  it('refuses an import based on a stale ETag with 412', async () => {
    const res = await importCsv(await csvWithDebtsAt('werk-inkomen'), { apply: true, ifMatch: '"oud"' });
    expect(res.status).toBe(412);
    expect(await errorCode(res)).toBe('draft_changed');
  });

  it("replaces the draft's topics, with a new ETag and an import entry in the audit log", async () => {
    const token = await createToken('editor', { label: 'Anna' });
    const before = await draft();
    const res = await importCsv(await csvWithDebtsAt('werk-inkomen'), { apply: true, ifMatch: before.etag, token });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).not.toBe(before.etag);
    const after = await draft();
    expect(after.etag).toBe(res.headers.get('ETag'));
    expect(after.content.topics.find((topic) => topic.id === 'schulden')?.counter).toBe('werk-inkomen');

    const { entries } = await (await adminFetch(`${ADMIN}/audit?limit=1`)).json<{ entries: unknown[] }>();
    expect(entries[0]).toMatchObject({ who: 'Anna', action: 'import', summary: 'Onderwerpen uit CSV: 1 onderwerp gewijzigd' });
  });

  it('reads a file that another program saved with , and without BOM', async () => {
    // After the import above, schulden already goes to werk-inkomen: only its keywords differ.
    const csv =
      'id,domain,title_nl,title_en,counter,digitalHelp,keywords\r\nschulden,Geld en schulden,Geldzorgen of schulden,Money worries or debts,werk-inkomen,,schulden\r\n';
    const report = await (await importCsv(csv)).json<{ changes: { removed: string[]; changed: unknown[] }; errors: unknown[] }>();
    expect(report.errors).toEqual([]);
    expect(report.changes.changed).toEqual([{ id: 'schulden', fields: ['keywords'] }]);
    expect(report.changes.removed).toHaveLength(voorbeeldstad().topics.length - 1);
  });

  it('refuses a viewer with 403', async () => {
    expect((await importCsv(await exported(), { token: await createToken('viewer') })).status).toBe(403);
  });
});
