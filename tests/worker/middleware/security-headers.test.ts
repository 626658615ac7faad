import { describe, expect, it } from 'vitest';
import { fetchWorker } from '../support/fetch-worker';

describe('security headers and static assets', () => {
  it.each(['/', '/balie', '/api/v1/openapi.json', '/api/v1/tenants/nergenshuizen/bundle'])(
    'sends a strict CSP, nosniff and no-referrer on %s',
    async (path) => {
      const res = await fetchWorker(path);
      const csp = res.headers.get('Content-Security-Policy');
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    },
  );

  it('serves /widget.js as JavaScript that any site may load', async () => {
    const res = await fetchWorker('/widget.js', { headers: { Origin: 'https://www.gemeente.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it.each(['/', '/balie', '/widget.js', '/healthz', '/api/v1/openapi.json', '/api/v1/tenants/nergenshuizen/route?q=a'])(
    'never sets a cookie on %s',
    async (path) => {
      const res = await fetchWorker(path);
      expect(res.headers.has('Set-Cookie')).toBe(false);
    },
  );
});
