/** /ontvangst in English (`?lang=en`), as /balie: the page, the form and the referral it finds. */
import { describe, expect, it } from 'vitest';
import { receiveEn as en, receiveNl as nl } from '../../widget/receive/receive-messages';
import { TENANT } from './admin-helpers';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/suite';

const suite = useBrowser();

describe('/ontvangst?lang=en', () => {
  it('speaks English, says so in its lang, and finds a referral', async () => {
    const response = await fetch(`${suite.baseUrl}/api/v1/tenants/${TENANT}/referrals`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ topicId: 'bijstand', counterId: 'sociaal-loket', sourceDeskId: 'klantcontactcentrum', digitalHelp: false }),
    });
    const { code } = (await response.json()) as { code: string };

    const page = await suite.newPage();
    await page.goto(`/ontvangst?lang=en&tenant=${TENANT}`);
    await page.getByRole('heading', { level: 1, name: 'Has the resident arrived?' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Referral received – Loketwijzer');
    expect(await page.getByRole('link', { name: 'Nederlands' }).getAttribute('href')).toBe('/ontvangst');

    await page.getByLabel(en.codeLabel).fill(code);
    await page.getByRole('button', { name: en.lookup }).click();
    await page.getByRole('heading', { level: 2, name: en.referralTitle(code) }).waitFor();
    const facts = await page.locator('.facts').innerText();
    expect(facts).toContain(en.counter);
    expect(facts).toContain(en.statuses.sent);
    expect(facts).not.toContain(nl.counter);
    await expectNoAxeViolations(page);
  });

  it('stays Dutch without ?lang=en', async () => {
    const page = await suite.newPage();
    await page.goto(`/ontvangst?tenant=${TENANT}`);
    await page.getByLabel(nl.codeLabel).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  });
});
