/**
 * The Sleutels view of a publisher: the tenant's tokens with label, role, last use and validity,
 * and revoking one through a confirmation dialog. The tokens API answers from the page's network
 * layer here (the worker tests cover the API itself), so the view is tested with a filled list.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApiToken } from '../../core/api/tokens';
import { formatDateTime } from '../../admin/format/dates';
import { nl } from '../../admin/i18n/nl';
import { logIn, TENANT } from './admin-helpers';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/suite';

const suite = useBrowser();
const t = nl.tokens;

const ANNA: ApiToken = {
  id: 'a'.repeat(32),
  label: 'Anna de Vries',
  role: 'editor',
  createdAt: '2026-09-01T08:00:00Z',
  expiresAt: '2030-01-01T00:00:00Z',
  lastUsedAt: '2026-12-01T09:15:00Z',
  revokedAt: null,
};
const KEES: ApiToken = { ...ANNA, id: 'b'.repeat(32), label: 'Kees', role: 'viewer', expiresAt: null, lastUsedAt: null };

/** Serves GET …/tokens and DELETE …/tokens/{id} from `tokens`; returns the ids that were revoked. */
async function serveTokens(page: Page, tokens: ApiToken[]): Promise<string[]> {
  const revoked: string[] = [];
  await page.route(`**/api/v1/tenants/${TENANT}/tokens`, (route) => route.fulfill({ json: { items: tokens } }));
  await page.route(`**/api/v1/tenants/${TENANT}/tokens/*`, (route) => {
    const id = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const token = tokens.find((item) => item.id === id);
    if (route.request().method() !== 'DELETE' || !token)
      return route.fulfill({ status: 404, json: { error: { code: 'token_not_found', message: 'x' } } });
    token.revokedAt = '2026-12-04T13:00:00Z';
    revoked.push(id);
    return route.fulfill({ json: token });
  });
  return revoked;
}

describe('admin: Sleutels', () => {
  it('lists the tokens with role, last use and validity, and revokes one after a confirmation', async () => {
    const page = await suite.newPage();
    const revoked = await serveTokens(page, [structuredClone(ANNA), structuredClone(KEES)]);
    await logIn(page);
    await page.getByRole('navigation', { name: nl.navLabel }).getByRole('link', { name: nl.views.sleutels, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: t.title }).waitFor();

    const anna = page.getByRole('row', { name: new RegExp(ANNA.label) });
    await anna.waitFor();
    expect(await anna.textContent()).toContain(nl.roles.editor);
    expect(await anna.textContent()).toContain(formatDateTime(ANNA.lastUsedAt ?? ''));
    expect(await anna.textContent()).toContain(t.validUntil(formatDateTime(ANNA.expiresAt ?? '')));
    const kees = page.getByRole('row', { name: /Kees/ });
    expect(await kees.textContent()).toContain(t.neverUsed);
    expect(await kees.textContent()).toContain(t.noExpiry);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: t.revokeLabel(ANNA.label) }).click();
    const dialog = page.getByRole('dialog', { name: t.confirmTitle(ANNA.label) });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: t.revoke }).click();
    await anna.getByText(/Ingetrokken op/).waitFor();
    expect(revoked).toEqual([ANNA.id]);
    expect(await page.getByRole('button', { name: t.revokeLabel(ANNA.label) }).count()).toBe(0);
    await page.getByText(t.revoked(ANNA.label)).waitFor();
  });

  it('is not in the navigation of an editor', async () => {
    const page = await suite.newPage();
    await page.route(`**/api/v1/tenants/${TENANT}/session`, async (route) => {
      const response = await route.fetch();
      const session = await response.json();
      await route.fulfill({ response, json: { ...session, actor: { ...session.actor, role: 'editor' } } });
    });
    await logIn(page);
    const nav = page.getByRole('navigation', { name: nl.navLabel });
    expect(await nav.getByRole('link', { name: nl.views.cijfers, exact: true }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: nl.views.sleutels, exact: true }).count()).toBe(0);
  });
});
