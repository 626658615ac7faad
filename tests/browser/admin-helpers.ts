/**
 * Steps that the admin browser tests share: the token, logging in, and the public answer and
 * admin API calls the tests use to check and reset what the admin app did.
 */
import type { Page } from 'playwright-core';
import { nl } from '../../admin/i18n/nl';
import { TEST_ADMIN_TOKEN } from './support/server';

export const TENANT = 'voorbeeldstad';

/**
 * The publisher token for every tenant: LOKETWIJZER_ADMIN_TOKEN when the tests run against a
 * server of your own (LOKETWIJZER_TEST_URL), otherwise the fixed token the global setup starts the
 * worker with. A developer's `.dev.vars` never decides what the tests see.
 */
export function adminToken(): string {
  return process.env.LOKETWIJZER_ADMIN_TOKEN || TEST_ADMIN_TOKEN;
}

export async function logIn(page: Page, token = adminToken()): Promise<void> {
  await page.goto('/admin/');
  await page.getByLabel(nl.loginTenant).fill(TENANT);
  await page.getByLabel(nl.loginToken).fill(token);
  await page.getByRole('button', { name: nl.loginSubmit }).click();
  await page.getByRole('heading', { level: 1, name: nl.topicsTitle }).waitFor();
}

export { publicCounter } from './support/public-counter';

export async function adminApi(
  baseUrl: string,
  method: string,
  path: string,
  init: { json?: unknown; ifMatch?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${adminToken()}` };
  if (init.json !== undefined) headers['Content-Type'] = 'application/json';
  if (init.ifMatch) headers['If-Match'] = init.ifMatch;
  return fetch(`${baseUrl}/api/v1/tenants/${TENANT}${path}`, {
    method,
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
}

/** The draft as it is now, to put back after a test that saves. */
export async function snapshotDraft(baseUrl: string): Promise<unknown> {
  const response = await adminApi(baseUrl, 'GET', '/draft');
  if (!response.ok) throw new Error(`GET /draft answered ${response.status}`);
  return response.json();
}

export async function putDraftBack(baseUrl: string, content: unknown): Promise<void> {
  const current = await adminApi(baseUrl, 'GET', '/draft');
  const etag = current.headers.get('ETag') ?? '';
  const response = await adminApi(baseUrl, 'PUT', '/draft', { json: content, ifMatch: etag });
  if (!response.ok) throw new Error(`PUT /draft answered ${response.status}`);
}
