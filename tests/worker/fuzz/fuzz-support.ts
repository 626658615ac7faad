/**
 * What the fuzz tests share: the fixed seed, the endpoints (read from the OpenAPI document, so a
 * new endpoint is fuzzed without a change here), hostile values, and the one check every answer
 * must pass: never a 5xx, the JSON error shape under /api/, no leaked internals, no cookie.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { RouteResultSchema } from '../../../core/api/route-response';
import { ErrorBodySchema } from '../../../core/api/error-body';
import { parseContent } from '../../../core/content/parse-content';
import { adminFetch, adminToken } from '../support/admin';
import { fetchWorker } from '../support/fetch-worker';

export const SEED = 20261128;
/** For one property: a few hundred requests through workerd, on a busy 2-core machine. */
export const PROPERTY_TIMEOUT_MS = 30_000;
export const TENANT = 'voorbeeldstad';
const ORIGIN = 'http://loketwijzer.test';

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export interface Endpoint {
  /** OpenAPI path template, e.g. `/api/v1/tenants/{tenant}/versions/{n}`. */
  template: string;
  method: string;
  /** The media types of its request body; empty when it takes none. */
  bodyTypes: string[];
  /** The names of its declared query parameters. */
  queryParams: string[];
  admin: boolean;
}

interface OpenApiOperation {
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, unknown> };
}

export async function loadEndpoints(): Promise<Endpoint[]> {
  const res = await fetchWorker('/api/v1/openapi.json');
  const doc: { paths: Record<string, Record<string, OpenApiOperation>> } = await res.json();
  return Object.entries(doc.paths).flatMap(([template, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      template,
      method: method.toUpperCase(),
      bodyTypes: Object.keys(operation.requestBody?.content ?? {}),
      queryParams: (operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name),
      admin: (operation.security?.length ?? 0) > 0,
    })),
  );
}

/** Valid values for the path parameters, so that a request reaches the handler. */
const VALID_PARAMS: Record<string, string> = { tenant: TENANT, n: '1', code: 'K7M2X-R9PQZ' };

export function fillTemplate(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? VALID_PARAMS[name] ?? 'x');
}

/** Any UTF-16 code unit: NUL, controls, RTL marks, lone surrogates. */
export const codeUnitString = (maxLength = 40) =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)), maxLength });

export const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  codeUnitString(),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e\u200f',
    '😀👩‍👩‍👧',
    '\ud800',
    '\udfff',
    'a'.repeat(600),
    '<script>x</script>',
    '${7*7}',
    "' OR 1=1 --",
  ),
);

/**
 * Header values as a client can send them: printable ASCII and tabs (the Headers class refuses
 * CR, LF and NUL; workerd accepts other non-ASCII but a browser never sends it).
 */
export const headerValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((unit) => String.fromCharCode(unit)), maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('"', 'W', '/', ',', '*', ' ', '\t', 'a', '0', '-'), maxLength: 30 }),
  fc.constantFrom('x'.repeat(10_000), '"'.repeat(513), ',,,,', 'W/', '*, *', '"a"b"c"'),
);

/** The text with every lone surrogate replaced by U+FFFD, as the URL parser would do. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Percent-encodes every UTF-8 byte. */
export function percentEncode(text: string): string {
  return [...new TextEncoder().encode(wellFormed(text))].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** One path segment with a trick in it: traversal, encoded separators, bad UTF-8, odd tenant ids. */
export const hostileSegment = fc.oneof(
  fc.constantFrom(
    '..',
    '.',
    '%2e%2e',
    '%2E%2E',
    '.%2e',
    '%252e%252e',
    '%2F',
    '%2f..%2f..',
    '..%2F..%2Fetc%2Fpasswd',
    '%5C..%5C',
    '..\\..\\',
    '%00',
    '%',
    '%%',
    '%G0',
    '%C0%AE%C0%AE',
    '%C0%AF',
    '%E0%80%AE',
    '%ED%A0%80',
    '%FF%FE',
    '%F4%90%80%80',
    'Voorbeeldstad',
    'VOORBEELDSTAD',
    'voorbeeldstad%20',
    'voorbeeld%C3%9Fstad',
    'vöörbeeldstad',
    '-voorbeeldstad',
    'voorbeeldstad-',
    'voor--beeldstad',
    'a'.repeat(65),
    'a'.repeat(64),
    'a'.repeat(5000),
    '0',
    '-1',
    '1e3',
    '0x10',
    '9999999999999999999999',
    'NaN',
    'Infinity',
    'draft',
    'null',
    'undefined',
    '__proto__',
    'constructor',
    '{tenant}',
    ';',
    '?',
    '#',
  ),
  hostileText.map(percentEncode),
  fc.string({ unit: fc.constantFrom('.', '/', '\\', '%', '2', 'e', 'f', 'F', 'a', '-', '5', 'C'), maxLength: 20 }),
);

/** Answers every request must give, whatever was sent. */
export async function expectSafeAnswer(label: string, method: string, url: string, res: Response): Promise<void> {
  const where = `${method} ${url.length > 200 ? `${url.slice(0, 200)}…` : url} → ${res.status}`;
  expect(res.status, `${label}: ${where}`).toBeLessThan(500);
  expect(res.headers.get('Set-Cookie'), where).toBeNull();
  const isApi = new URL(url, ORIGIN).pathname.startsWith('/api/');
  const text = await res.text();
  if (isApi || res.status >= 400) {
    expect(text, `${where}: leaks internals`).not.toMatch(/\bError:|\bat .+:\d+:\d+|\/work\/|node_modules|file:\/\/|\.ts:\d+/);
  }
  if (!isApi || res.status < 400) return;
  expect(res.headers.get('Content-Type'), where).toMatch(/^application\/json/);
  if (method === 'HEAD') return;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    expect.fail(`${where}: the error body is not JSON: ${text.slice(0, 200)}`);
  }
  const parsed = ErrorBodySchema.strict().safeParse(body);
  expect(parsed.success, `${where}: ${text.slice(0, 300)}`).toBe(true);
}

/** Sends one request and checks the answer. The client address varies, so the write throttle does not answer everything. */
export async function sendAndCheck(label: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('CF-Connecting-IP')) headers.set('CF-Connecting-IP', nextClientAddress());
  const res = await fetchWorker(path, { ...init, headers });
  const method = init.method ?? 'GET';
  await expectSafeAnswer(label, method, path, res.clone());
  return res;
}

let clients = 0;

function nextClientAddress(): string {
  clients += 1;
  return `10.${(clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`;
}

export function authHeaders(withToken: boolean): Record<string, string> {
  return withToken ? { Authorization: `Bearer ${adminToken()}` } : {};
}

/** After the fuzzing: the draft still parses, /route and /bundle still answer. */
export async function expectTenantIntact(): Promise<void> {
  const draft = await adminFetch(`/api/v1/tenants/${TENANT}/draft`);
  expect(draft.status).toBe(200);
  const parsed = parseContent(await draft.json());
  expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues.slice(0, 3))).toBe(true);

  const route = await fetchWorker(`/api/v1/tenants/${TENANT}/route?q=${encodeURIComponent('ik heb schulden')}`);
  expect(route.status).toBe(200);
  const result = RouteResultSchema.parse(await route.json());
  expect(result.advice?.counterId ?? result.clarify?.options.map((option) => option.counterId)).toBeTruthy();

  const bundle = await fetchWorker(`/api/v1/tenants/${TENANT}/bundle`);
  expect(bundle.status).toBe(200);
  expect(await bundle.json()).toHaveProperty('content.tenant.id', TENANT);
}
