/**
 * Odd headers on every endpoint and method: garbage Authorization, If-Match and If-None-Match,
 * preflights from any origin, a Content-Type that does not fit. Never a 5xx, always the JSON
 * error shape; garbage credentials never get in.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../support/voorbeeldstad';
import { adminToken } from '../support/admin';
import {
  type Endpoint,
  expectTenantIntact,
  fillTemplate,
  headerValue,
  loadEndpoints,
  METHODS,
  PROPERTY_TIMEOUT_MS,
  SEED,
  sendAndCheck,
} from './fuzz-support';

let endpoints: Endpoint[] = [];

beforeAll(async () => {
  await publish();
  endpoints = await loadEndpoints();
});

/** Credentials that are not the ADMIN_TOKEN, however close. */
const wrongAuthorization = fc.oneof(
  headerValue,
  headerValue.map((value) => `Bearer ${value}`),
  fc.constantFrom(
    '',
    'Bearer',
    'Bearer ',
    'bearer x',
    'Basic YWRtaW46YWRtaW4=',
    'Bearer null',
    'Bearer undefined',
    `Bearer ${'x'.repeat(513)}`,
    `Bearer ${'x'.repeat(100_000)}`,
  ),
  fc.constant(null).map(() => `Bearer ${adminToken()}x`),
  fc.constant(null).map(() => `Bearer ${adminToken().toUpperCase()}`),
  fc.constant(null).map(() => `Bearer ${adminToken().slice(0, -1)}`),
  fc.constant(null).map(() => `Bearer ${adminToken()} ${adminToken()}`),
);

const odd = (name: string, values: fc.Arbitrary<string>) =>
  fc.option(
    values.map((value) => [name, value] as const),
    { nil: undefined },
  );

const oddHeaders = fc
  .tuple(
    odd('Authorization', wrongAuthorization),
    odd('If-Match', fc.oneof(headerValue, fc.constantFrom('*', '"x"', 'W/"x"', ''))),
    odd('If-None-Match', fc.oneof(headerValue, fc.constantFrom('*', '"x"', 'W/"x"', ''))),
    odd('Content-Type', fc.oneof(headerValue, fc.constantFrom('application/json', 'text/csv', 'multipart/form-data'))),
    odd('Origin', fc.oneof(headerValue, fc.constantFrom('null', 'https://evil.example', 'http://loketwijzer.test'))),
    odd('Access-Control-Request-Method', fc.constantFrom(...METHODS, 'x')),
    odd('Access-Control-Request-Headers', headerValue),
    odd('Cf-Access-Jwt-Assertion', fc.oneof(headerValue, fc.constant('eyJhbGciOiJub25lIn0.eyJlbWFpbCI6ImFAYi5ubCJ9.'))),
    odd('CF-Connecting-IP', headerValue),
    odd('Accept', headerValue),
    odd('Range', fc.constantFrom('bytes=0-0', 'bytes=-1', 'bytes=x')),
  )
  .map((pairs) => pairs.filter((pair) => pair !== undefined));

describe('odd headers on every endpoint and method', () => {
  it(
    'never answers a 5xx, and never lets a wrong credential in',
    async () => {
      const templates = fc.constantFrom(...new Set(endpoints.map((endpoint) => endpoint.template)));
      const admin = new Set(endpoints.filter((endpoint) => endpoint.admin).map((endpoint) => endpoint.template));
      await fc.assert(
        fc.asyncProperty(templates, fc.constantFrom(...METHODS), oddHeaders, async (template, method, pairs) => {
          const headers = new Headers(pairs.map(([name, value]) => [name, value] as [string, string]));
          const body = method === 'GET' || method === 'HEAD' ? undefined : '{}';
          const res = await sendAndCheck('odd headers', fillTemplate(template), { method, headers, body });
          if (admin.has(template) && method !== 'OPTIONS' && res.status < 400) {
            expect.fail(`${method} ${template} answered ${res.status} with ${JSON.stringify(pairs).slice(0, 300)}`);
          }
        }),
        { seed: SEED, numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('still answers valid requests afterwards', async () => {
    await expectTenantIntact();
  });
});
