/**
 * Every endpoint that takes a body, with what a hostile or broken client sends: random JSON,
 * a valid body with one field of the wrong type, invalid JSON, the wrong Content-Type, bodies
 * over 1 MB, JSON nested 10,000 levels deep. Never a 5xx; always the JSON error shape.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { topicsToCsv } from '../../../core/io/topics-csv';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';
import {
  authHeaders,
  type Endpoint,
  expectTenantIntact,
  fillTemplate,
  headerValue,
  hostileText,
  loadEndpoints,
  PROPERTY_TIMEOUT_MS,
  SEED,
  sendAndCheck,
} from './fuzz-support';

const content = voorbeeldstad();
const [topic] = content.topics;

/** A valid body per endpoint, to break one field at a time. An endpoint not listed here is fuzzed from `{}`. */
const VALID_BODIES: Record<string, unknown> = {
  'PUT /api/v1/tenants/{tenant}/draft': content,
  'POST /api/v1/tenants/{tenant}/versions': { note: 'Fuzz' },
  'POST /api/v1/tenants/{tenant}/versions/{n}/restore': { note: 'Fuzz' },
  'PUT /api/v1/tenants/{tenant}/test-questions': {
    questions: [{ question: 'ik heb schulden', counterId: 'sociaal-loket', topicId: 'schulden' }],
  },
  'POST /api/v1/tenants/{tenant}/referrals': {
    topicId: topic?.id,
    counterId: topic?.counter,
    sourceDeskId: content.sourceDesks[0]?.id,
    digitalHelp: false,
    signalIds: [content.signalCategories[0]?.id],
    note: 'Wil graag een afspraak.',
  },
  'PATCH /api/v1/tenants/{tenant}/referrals/{code}': { status: 'referred-on', betterCounterId: 'sociaal-loket' },
  'POST /api/v1/tenants/{tenant}/signals': { kind: 'unanswered', question: 'waar is de fietsenstalling', mode: 'desk', topicIds: [] },
};

const CSV_TEXT = topicsToCsv(content.topics);

let writes: Endpoint[] = [];
/** A live referral, so that PATCH reaches its checks rather than stopping at 404. */
let params: Record<string, string> = {};

beforeAll(async () => {
  await publish();
  writes = (await loadEndpoints()).filter((endpoint) => endpoint.bodyTypes.length > 0);
  const created = await sendAndCheck('referral', '/api/v1/tenants/voorbeeldstad/referrals', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(VALID_BODIES['POST /api/v1/tenants/{tenant}/referrals']),
  });
  expect(created.status).toBe(201);
  params = { code: (await created.json<{ code: string }>()).code };
});

/** Any JSON value of another type than the one it replaces, including the odd ones. */
const wrongValue = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1e308, -0, 2 ** 53 + 1, true, false, null, [], {}, [[]], { '': null }, ['x'], {
    __proto__: null,
    constructor: 'x',
  }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Path = (string | number)[];

/** Every path into a JSON value, the root excluded; with `firstItems`, only the first item of each array. */
function pathsOf(value: unknown, { firstItems = false } = {}, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const items = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  const entries = firstItems && Array.isArray(value) ? items.slice(0, 1) : items;
  return entries.flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, { firstItems }, [...prefix, key])]);
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((parent, key) => (parent as Record<string | number, unknown>)[key], value);
}

/** JSON values of every other type than `value`'s, and `undefined` for leaving the field out. */
function wrongTypesFor(value: unknown): unknown[] {
  if (typeof value === 'string') return [0, true, null, [], {}, undefined];
  if (typeof value === 'number') return ['1', false, null, [], undefined];
  if (typeof value === 'boolean') return ['true', 1, null, {}, undefined];
  if (Array.isArray(value)) return ['x', 0, null, {}, [null], undefined];
  return ['x', 0, null, [], undefined];
}

function withValueAt(value: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last === undefined) return replacement;
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json;;',
  'application/json; charset=latin1',
  'application/merge-patch+json',
  'application/jsonx',
  'text/json',
  'text/plain',
  'text/csv',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  '*/*',
  '',
  'garbage',
];

const INVALID_JSON = [
  '',
  ' ',
  '{',
  '{"note":',
  '[',
  '"',
  'null',
  'NaN',
  "{'note':'x'}",
  '{"note":"x",}',
  '\ufeff{"note":"x"}',
  '{"note":"\\ud800"}',
  '{"a":1}{"a":2}',
  '\u0000',
];

function bodiesFor(endpoint: Endpoint): fc.Arbitrary<string> {
  const valid = VALID_BODIES[`${endpoint.method} ${endpoint.template}`] ?? {};
  const paths = pathsOf(valid);
  const mutated =
    paths.length === 0
      ? fc.jsonValue().map((value) => JSON.stringify(value))
      : fc
          .tuple(fc.constantFrom(...paths), fc.option(wrongValue, { nil: undefined }))
          .map(([path, replacement]) => JSON.stringify(withValueAt(valid, path, replacement)));
  return fc.oneof(
    mutated,
    fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
    fc
      .dictionary(fc.oneof(fc.string(), fc.constantFrom('note', 'status', 'kind', 'questions', '__proto__')), wrongValue)
      .map((value) => JSON.stringify(value)),
    fc.constantFrom(...INVALID_JSON),
    hostileText,
    fc.constant(CSV_TEXT),
    fc.constant(JSON.stringify(valid)),
  );
}

describe('hostile bodies on every endpoint that takes one', () => {
  it(
    'never answers a 5xx, and always the JSON error shape',
    async () => {
      expect(writes.length).toBeGreaterThanOrEqual(6);
      const cases = fc.constantFrom(...writes).chain((endpoint) =>
        fc.record({
          endpoint: fc.constant(endpoint),
          body: bodiesFor(endpoint),
          contentType: fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...endpoint.bodyTypes) },
            { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
            { weight: 1, arbitrary: fc.constant(undefined) },
          ),
          ifMatch: fc.oneof(
            { weight: 3, arbitrary: fc.constant('*') },
            { weight: 2, arbitrary: fc.oneof(fc.constantFrom('""', 'W/"x"', '"x", *', ',', ' '), headerValue) },
            { weight: 1, arbitrary: fc.constant(undefined) },
          ),
          query: fc.constantFrom('', '?apply=true', '?apply=false', '?apply=TRUE', '?apply=true&apply=false', '?apply[]=true'),
        }),
      );
      await fc.assert(
        fc.asyncProperty(cases, async ({ endpoint, body, contentType, ifMatch, query }) => {
          // Signed in, so that admin routes read the body; the headers test covers wrong credentials.
          const headers = new Headers(authHeaders(endpoint.admin));
          if (contentType !== undefined) headers.set('Content-Type', contentType);
          if (ifMatch !== undefined) headers.set('If-Match', ifMatch);
          await sendAndCheck('hostile body', `${fillTemplate(endpoint.template, params)}${query}`, {
            method: endpoint.method,
            headers,
            body,
          });
        }),
        { seed: SEED, numRuns: 250 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers a wrong type in any field of a valid body without a 5xx',
    async () => {
      for (const endpoint of writes) {
        const valid = VALID_BODIES[`${endpoint.method} ${endpoint.template}`];
        if (valid === undefined) continue;
        for (const path of pathsOf(valid, { firstItems: true })) {
          for (const wrong of wrongTypesFor(valueAt(valid, path))) {
            const headers = { ...authHeaders(true), 'Content-Type': 'application/json', 'If-Match': '*' };
            await sendAndCheck(`${path.join('.')} = ${JSON.stringify(wrong)}`, fillTemplate(endpoint.template, params), {
              method: endpoint.method,
              headers,
              body: JSON.stringify(withValueAt(valid, path, wrong)),
            });
          }
        }
      }
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'refuses a body over 1 MB and JSON nested 10,000 levels deep without a 5xx',
    async () => {
      const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
      const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
      const huge = JSON.stringify({ note: 'x'.repeat(1_100_000) });
      const hugeCsv = `${CSV_TEXT}${'x;'.repeat(600_000)}`;
      const bodies = [
        deepArray,
        deepObject,
        `{"note":${deepArray}}`,
        `{"questions":${deepArray}}`,
        `{"topics":[${deepObject}]}`,
        huge,
        hugeCsv,
      ];
      for (const endpoint of writes) {
        for (const body of bodies) {
          for (const contentType of ['application/json', endpoint.bodyTypes[0] ?? 'application/json']) {
            const headers = { ...authHeaders(true), 'Content-Type': contentType, 'If-Match': '*' };
            await sendAndCheck('big body', fillTemplate(endpoint.template, params), { method: endpoint.method, headers, body });
          }
        }
        // A stream has no Content-Length: the limit must hold while reading.
        const stream = new Blob([huge]).stream();
        const headers = { ...authHeaders(true), 'Content-Type': 'application/json', 'If-Match': '*' };
        const res = await sendAndCheck('streamed body', fillTemplate(endpoint.template, params), {
          method: endpoint.method,
          headers,
          body: stream,
        });
        expect([400, 404, 413, 415, 422, 429], `${endpoint.method} ${endpoint.template}`).toContain(res.status);
      }
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('still answers valid requests afterwards', async () => {
    await expectTenantIntact();
  });
});
