/**
 * Query strings on every endpoint: random keys and values in any Unicode, duplicated parameters,
 * `q[]=` arrays, broken percent-encoding, values too long. And /route on any question: a 200 is
 * always a RouteResult, a 400 always names what was wrong.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteResultSchema } from '../../../core/api/route-response';
import { publish } from '../support/voorbeeldstad';
import {
  authHeaders,
  type Endpoint,
  expectTenantIntact,
  fillTemplate,
  hostileText,
  loadEndpoints,
  percentEncode,
  PROPERTY_TIMEOUT_MS,
  SEED,
  sendAndCheck,
  wellFormed,
} from './fuzz-support';

let endpoints: Endpoint[] = [];

beforeAll(async () => {
  await publish();
  endpoints = await loadEndpoints();
});

/** Every parameter name the API knows, and some it does not. */
const KEYS = ['q', 'lang', 'from', 'to', 'limit', 'before', 'apply', 'q[]', 'q[0]', 'lang[]', '__proto__', 'constructor', ''];

/** Values that break a parser or a check: empty, broken encoding, out of range, too long. */
const EDGE_VALUES = [
  '',
  ' ',
  '%',
  '%2',
  '%E0%A4%A',
  '%C0%AE',
  '%FF',
  '%00',
  '%ED%A0%80',
  '%F0%9F%98%80',
  'NL',
  'fr',
  '0',
  '-1',
  '1.5',
  '1e3',
  '99999999999999999999',
  'NaN',
  'TRUE',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '9999-12-31',
  '2026-1-1',
  'a'.repeat(501),
  'a'.repeat(20_000),
];

const encodedValue = fc.oneof(
  hostileText.map(percentEncode),
  hostileText.map((text) => encodeURIComponent(wellFormed(text))),
  fc.constantFrom(...EDGE_VALUES, 'nl', 'en', 'draft', '1', 'true', '2026-11-01'),
);

/** Mostly the endpoint's own parameters, as read from the OpenAPI document, duplicated at will. */
function queryStringFor(endpoint: Endpoint): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...endpoint.queryParams, ...endpoint.queryParams.map((name) => `${name}[]`), 'q') },
    { weight: 1, arbitrary: fc.constantFrom(...KEYS) },
    { weight: 1, arbitrary: hostileText.map(percentEncode) },
  );
  return fc.array(fc.tuple(key, encodedValue), { maxLength: 6 }).map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('&'));
}

describe('hostile query strings on every GET endpoint', () => {
  it(
    'never answers a 5xx, and always the JSON error shape',
    async () => {
      const raw = fc.constantFrom('', '?', '?&&&', '?=', '?q', '?q=&q=', '?q=a&q=b&q=c');
      const cases = fc.constantFrom(...endpoints.filter((endpoint) => endpoint.method === 'GET')).chain((endpoint) =>
        fc.tuple(
          fc.constant(endpoint),
          fc.oneof(
            queryStringFor(endpoint).map((query) => `?${query}`),
            raw,
          ),
        ),
      );
      await fc.assert(
        fc.asyncProperty(cases, fc.constantFrom('GET', 'HEAD'), async ([endpoint, query], method) => {
          await sendAndCheck('hostile query', `${fillTemplate(endpoint.template)}${query}`, {
            method,
            headers: authHeaders(endpoint.admin),
          });
        }),
        { seed: SEED, numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers every edge value of every declared query parameter without a 5xx',
    async () => {
      for (const endpoint of endpoints.filter((candidate) => candidate.method === 'GET')) {
        for (const name of endpoint.queryParams) {
          for (const value of EDGE_VALUES) {
            await sendAndCheck('edge value', `${fillTemplate(endpoint.template)}?${name}=${value}`, {
              headers: authHeaders(endpoint.admin),
            });
          }
        }
      }
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers /route with a RouteResult or a named 400, for any question and language',
    async () => {
      const questions = fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 520 }),
        fc.string({ unit: 'binary', maxLength: 520 }),
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)), maxLength: 520 }),
      );
      const langs = fc.option(fc.constantFrom('nl', 'en', 'NL', 'de', '', 'nl,en'), { nil: undefined });
      await fc.assert(
        fc.asyncProperty(questions, langs, async (question, lang) => {
          const query = `?q=${percentEncode(question)}${lang === undefined ? '' : `&lang=${lang}`}`;
          const res = await sendAndCheck('route question', `/api/v1/tenants/voorbeeldstad/route${query}`);
          if (res.status === 200) {
            expect(RouteResultSchema.safeParse(await res.json()).success).toBe(true);
            return;
          }
          expect(res.status).toBe(400);
          const body: { error: { code: string } } = await res.json();
          expect(['missing_query', 'query_too_long', 'unsupported_language']).toContain(body.error.code);
        }),
        { seed: SEED, numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('still answers valid requests afterwards', async () => {
    await expectTenantIntact();
  });
});
