import { describe, expect, it } from 'vitest';
import { fetchWorker } from '../support/fetch-worker';

function directives(res: Response): Map<string, string> {
  const csp = res.headers.get('Content-Security-Policy') ?? '';
  return new Map(
    csp.split(';').map(
      (part) =>
        part
          .trim()
          .split(/\s+(.*)/s)
          .slice(0, 2) as [string, string],
    ),
  );
}

describe('security headers and static assets', () => {
  it.each(['/', '/balie', '/ontvangst', '/admin/', '/api/v1/openapi.json', '/api/v1/tenants/nergenshuizen/bundle'])(
    'sends a strict CSP, nosniff, no-referrer and a Permissions-Policy on %s',
    async (path) => {
      const res = await fetchWorker(path);
      const csp = directives(res);
      expect(csp.get('default-src')).toBe("'self'");
      expect(csp.get('script-src')).toBe("'self'");
      expect(csp.get('style-src')).toBe("'self'");
      expect(csp.get('object-src')).toBe("'none'");
      expect(csp.get('base-uri')).toBe("'none'");
      expect(res.headers.get('Content-Security-Policy')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) {
        expect(res.headers.get('Permissions-Policy')).toContain(`${feature}=()`);
      }
    },
  );

  it.each(['/admin', '/admin/', '/admin/index.html'])('forbids framing %s at all', async (path) => {
    const res = await fetchWorker(path);
    expect(directives(res).get('frame-ancestors')).toBe("'none'");
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
  });

  it.each(['/', '/balie', '/ontvangst'])('lets %s be framed by our own pages only', async (path) => {
    const res = await fetchWorker(path);
    expect(directives(res).get('frame-ancestors')).toBe("'self'");
    expect(res.headers.get('X-Frame-Options')).toBeNull();
  });

  it.each(['/', '/balie', '/ontvangst', '/admin/'])('isolates the page %s from its opener', async (path) => {
    const res = await fetchWorker(path);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  });

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
