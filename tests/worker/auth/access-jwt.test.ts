/**
 * Cloudflare Access JWTs, verified with a key pair made here: the middleware takes its key
 * source as an option, so no request leaves the test for a real JWKS.
 */
import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JSONWebKeySet } from 'jose';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AdminEnv } from '../../../worker/app-env';
import { accessSettings } from '../../../worker/auth/access-jwt';
import { requireRole } from '../../../worker/auth/require-role';
import { handleError } from '../../../worker/errors/handle-errors';
import { fetchWorker } from '../support/fetch-worker';

const TEAM = 'https://voorbeeldstad.cloudflareaccess.com';
const AUDIENCE = 'aud-0123456789abcdef';
const accessEnv: Env = {
  ...env,
  ACCESS_JWKS_URL: `${TEAM}/cdn-cgi/access/certs`,
  ACCESS_AUD: AUDIENCE,
  ACCESS_ROLES: JSON.stringify({
    'anna@voorbeeldstad.nl': { tenant: 'voorbeeldstad', role: 'editor' },
    'kees@provincie.nl': { tenant: '*', role: 'viewer' },
  }),
};

let signingKey: CryptoKey;
let otherKey: CryptoKey;
let jwks: JSONWebKeySet;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256' }] };
  otherKey = (await generateKeyPair('RS256')).privateKey;
});

const app = new Hono<AdminEnv>()
  .get('/api/v1/tenants/:tenant/whoami', requireRole('editor', { accessKeys: () => createLocalJWKSet(jwks) }), (c) => c.json(c.var.actor))
  .onError(handleError);

interface TokenOptions {
  email?: string;
  audience?: string;
  issuer?: string;
  /** null: no `exp` claim at all. */
  expiresAt?: number | string | null;
  key?: CryptoKey;
}

function accessJwt({ email = 'anna@voorbeeldstad.nl', audience = AUDIENCE, issuer = TEAM, expiresAt = '10m', key }: TokenOptions = {}) {
  const jwt = new SignJWT({ email, type: 'app' })
    .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject('user-1')
    .setIssuedAt();
  return (expiresAt === null ? jwt : jwt.setExpirationTime(expiresAt)).sign(key ?? signingKey);
}

function whoami(jwt: string, { tenant = 'voorbeeldstad', settings = accessEnv, headers = {} } = {}) {
  return app.request(`/api/v1/tenants/${tenant}/whoami`, { headers: { 'Cf-Access-Jwt-Assertion': jwt, ...headers } }, settings);
}

describe('signing in with a Cloudflare Access JWT', () => {
  it('accepts a valid token and takes the role from ACCESS_ROLES, named by the e-mail address', async () => {
    const res = await whoami(await accessJwt());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ label: 'anna@voorbeeldstad.nl', role: 'editor' });
  });

  it('matches the e-mail address without regard to case, and names the person in lower case', async () => {
    const res = await whoami(await accessJwt({ email: 'Anna@Voorbeeldstad.NL' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ label: 'anna@voorbeeldstad.nl', role: 'editor' });
  });

  it.each<[string, TokenOptions]>([
    ['an expired token', { expiresAt: Math.floor(Date.now() / 1000) - 60 }],
    ['a token without exp', { expiresAt: null }],
    ['a token for another audience', { audience: 'aud-of-another-app' }],
    ['a token from another team', { issuer: 'https://andere-team.cloudflareaccess.com' }],
    ['a person without a role', { email: 'onbekend@voorbeeldstad.nl' }],
  ])('refuses %s with 401', async (_, options) => {
    const res = await whoami(await accessJwt(options));
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toContain('invalid_token');
  });

  it('refuses a token signed with another key with 401', async () => {
    expect((await whoami(await accessJwt({ key: otherKey }))).status).toBe(401);
  });

  it('refuses a token that is not a JWT with 401', async () => {
    expect((await whoami('geen.jwt.dit')).status).toBe(401);
  });

  it('refuses a person whose role is for another tenant with 403 other_tenant', async () => {
    const res = await whoami(await accessJwt(), { tenant: 'andere-stad' });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'other_tenant' } });
  });

  it("gives 403 to a person whose role is too low, also with a grant for every tenant ('*')", async () => {
    const res = await whoami(await accessJwt({ email: 'kees@provincie.nl' }), { tenant: 'andere-stad' });
    expect(res.status).toBe(403);
  });

  it('judges a request with an Authorization header by that header alone', async () => {
    const res = await whoami(await accessJwt(), { headers: { Authorization: 'Bearer fout' } });
    expect(res.status).toBe(401);
  });

  it('ignores the Access header when Access is not configured', async () => {
    const res = await whoami(await accessJwt(), { settings: { ...accessEnv, ACCESS_AUD: undefined } });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="loketwijzer"');
  });

  it('is off in the worker as deployed for these tests, which has no ACCESS_* settings', async () => {
    const res = await fetchWorker('/api/v1/tenants/voorbeeldstad/draft', { headers: { 'Cf-Access-Jwt-Assertion': await accessJwt() } });
    expect(res.status).toBe(401);
  });
});

describe('accessSettings', () => {
  it('turns Access off, and says why in the log, when ACCESS_ROLES is not valid', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(accessSettings({ ...accessEnv, ACCESS_ROLES: '{"anna@x": {"role": "baas"}}' })).toBeNull();
    expect(accessSettings({ ...accessEnv, ACCESS_ROLES: 'geen json' })).toBeNull();
    expect(log).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[0]?.[0]).toContain('Cloudflare Access is off');
    log.mockRestore();
  });

  it('takes the issuer from the certs URL', () => {
    expect(accessSettings(accessEnv)?.issuer).toBe(TEAM);
  });
});
