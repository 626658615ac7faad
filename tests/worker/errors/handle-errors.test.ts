import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it, vi } from 'vitest';
import { handleError } from '../../../worker/errors/handle-errors';
import { fetchWorker } from '../support/fetch-worker';

describe('handleError', () => {
  it("keeps the 4xx status of Hono's own exceptions, in the error shape", async () => {
    const app = new Hono().onError(handleError);
    app.post('/', () => {
      throw new HTTPException(415, { message: 'Unsupported Media Type' });
    });

    const res = await app.request('/', { method: 'POST' });

    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      error: { code: 'invalid_request', message: 'Het verzoek klopt niet. Controleer wat u stuurt.' },
    });
  });

  it('logs an unexpected error and answers 500 internal_error without a stack trace', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    // The table is gone under its own name. Renamed rather than dropped: tenants' foreign key follows
    // the rename, so the next test file's setup can still drop every table (one D1 serves many files).
    await env.DB.exec('ALTER TABLE versions RENAME TO versions_gone');

    const res = await fetchWorker('/api/v1/tenants/voorbeeldstad/route?q=schulden');

    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal_error', message: 'Er ging bij ons iets mis. Probeer het later opnieuw.' },
    });
    expect(text).not.toMatch(/versions|D1|at /);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
