/**
 * /ontvangst for the receiving counter: typing a code (any case, with or without hyphen), the
 * municipality by name when the URL has none, 404 and the routing error with the better counter. Keyboard only,
 * zero axe violations, no cookies.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { receiveNl as r } from '../../widget/receive/receive-messages';
import { TENANT } from './admin-helpers';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/suite';
import { isFocused } from './support/widget';

const suite = useBrowser();

async function createReferral(baseUrl: string): Promise<{ code: string; confirmUrl: string }> {
  const response = await fetch(`${baseUrl}/api/v1/tenants/${TENANT}/referrals`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ topicId: 'bijstand', counterId: 'sociaal-loket', sourceDeskId: 'klantcontactcentrum', digitalHelp: false }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { code: string; confirmUrl: string };
}

async function typeAndSubmit(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label).focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('/ontvangst', () => {
  it('finds a typed code with the keyboard alone and records a routing error with the better counter', async () => {
    const { code } = await createReferral(suite.baseUrl);
    const page = await suite.newPage();
    await page.goto('/ontvangst');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoAxeViolations(page);

    // No tenant in the URL: the page asks for it.
    // No id needed: the name as staff know it.
    await page.getByLabel(r.tenantLabel).fill('Voorbeeldstad');
    await typeAndSubmit(page, r.codeLabel, code.toLowerCase().replace(/-/g, ''));
    const heading = page.getByRole('heading', { level: 2, name: r.referralTitle(code) });
    await heading.waitFor();
    expect(await isFocused(heading)).toBe(true);
    expect(await page.locator('.facts').innerText()).toContain('Sociaal Loket');

    // "Niet voor ons": which counter then? Explained as a routing error the admin sees.
    const notForUs = page.getByRole('button', { name: r.statuses['not-for-us'], exact: true });
    await notForUs.focus();
    await page.keyboard.press('Enter');
    const select = page.getByLabel(r.betterLabel);
    await select.waitFor();
    expect(await isFocused(select)).toBe(true);
    expect(await page.locator('.better').innerText()).toContain(r.betterExplain);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: r.confirm }).click();
    await page.getByText(r.betterMissing).waitFor();
    expect(await isFocused(select)).toBe(true);
    await select.selectOption({ label: 'Werk en Inkomen' });
    await page.getByRole('button', { name: r.confirm }).focus();
    await page.keyboard.press('Enter');
    const result = page.locator('#ontvangst-result');
    await result.waitFor();
    expect(await result.innerText()).toBe(r.savedBetter(r.statuses['not-for-us'], 'Werk en Inkomen'));
    expect(await isFocused(result)).toBe(true);

    const record = await (await fetch(`${suite.baseUrl}/api/v1/tenants/${TENANT}/referrals/${code}`)).json();
    expect(record).toMatchObject({ status: 'not-for-us', betterCounterId: 'werk-inkomen' });

    // The tenant is remembered on this computer for the next code.
    await page.getByRole('button', { name: r.nextCode }).click();
    expect(await isFocused(page.getByLabel(r.codeLabel))).toBe(true);
    // Shown by the name on the slip, not the id; it can still be changed.
    expect(await page.locator('.tenant-known strong').innerText()).toBe('Gemeente Voorbeeldstad');
    await page.getByRole('button', { name: r.otherTenant }).click();
    expect(await page.getByLabel(r.tenantLabel).inputValue()).toBe('Gemeente Voorbeeldstad');
    expect(await page.context().cookies()).toEqual([]);
  });

  it('says kindly when a code is unknown or expired, and when it is not a code at all', async () => {
    const page = await suite.newPage();
    await page.goto(`/ontvangst?tenant=${TENANT}`);
    await typeAndSubmit(page, r.codeLabel, 'ab');
    await page.getByText(r.codeShape).waitFor();
    const field = page.getByLabel(r.codeLabel);
    expect(await isFocused(field)).toBe(true);
    await field.fill('ZZZZZ-ZZZZZ');
    await page.keyboard.press('Enter');
    await page.getByText(r.notFound).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
  });

  it('tells staff to wait when the server throttles', async () => {
    const page = await suite.newPage();
    await page.route('**/api/v1/tenants/*/referrals/*', (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'too_many_requests', message: 'Te veel verzoeken.' } }),
      }),
    );
    await page.goto(`/ontvangst?tenant=${TENANT}&code=K7M2X-R9PQZ`);
    const notice = page.getByText(r.tooMany);
    await notice.waitFor();
    expect(await isFocused(notice)).toBe(true);
  });
});
