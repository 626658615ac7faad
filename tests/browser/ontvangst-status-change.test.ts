/**
 * /ontvangst after "Aangekomen": the counter changes the status on the spot ("Geholpen", "Niet
 * voor ons") without typing the code again, sees the referring desk's note, and finds the
 * municipality from the QR link by its name, never asked for an id.
 */
import { describe, expect, it } from 'vitest';
import { receiveNl as r } from '../../widget/receive/receive-messages';
import { TENANT } from './admin-helpers';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/suite';

const suite = useBrowser();
const NOTE = 'Brief van het CAK niet begrepen, wil graag samen bellen.';

async function createReferral(): Promise<{ code: string; confirmUrl: string }> {
  const response = await fetch(`${suite.baseUrl}/api/v1/tenants/${TENANT}/referrals`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      topicId: 'schulden',
      counterId: 'sociaal-loket',
      sourceDeskId: 'algemene-balie',
      digitalHelp: false,
      note: NOTE,
    }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { code: string; confirmUrl: string };
}

const statusOf = async (code: string) =>
  ((await (await fetch(`${suite.baseUrl}/api/v1/tenants/${TENANT}/referrals/${code}`)).json()) as { status: string }).status;

describe('/ontvangst status on the spot', () => {
  it("opens from the QR link with the municipality by name and the desk's note, and moves from Aangekomen to Geholpen on the spot", async () => {
    const { code, confirmUrl } = await createReferral();
    const page = await suite.newPage();
    const url = new URL(confirmUrl);
    await page.goto(url.pathname + url.search);
    await page.getByRole('heading', { level: 2, name: r.referralTitle(code) }).waitFor();

    expect(await page.getByLabel(r.tenantLabel).count()).toBe(0);
    expect(await page.locator('.facts').innerText()).toContain(r.note);
    expect(await page.locator('.referral-note').innerText()).toBe(NOTE);

    await page.getByRole('button', { name: r.statuses.arrived, exact: true }).click();
    await page.locator('#ontvangst-result').waitFor();
    expect(await statusOf(code)).toBe('arrived');

    // The statuses stay: no "Aangekomen" again, but "Geholpen" and "Niet voor ons" right here.
    const choices = page.getByRole('group', { name: r.changeStatus });
    const labels = (await choices.getByRole('button').allInnerTexts()).map((label) => label.trim());
    expect(labels).toEqual([r.statuses.helped, r.statuses['referred-on'], r.statuses['not-for-us']]);
    await expectNoAxeViolations(page);

    await choices.getByRole('button', { name: r.statuses.helped, exact: true }).click();
    await page.getByText(r.saved(r.statuses.helped)).waitFor();
    expect(await statusOf(code)).toBe('helped');
  });

  it('asks for the municipality by name, shows its name once found, and refuses a name it does not know', async () => {
    const { code } = await createReferral();
    const page = await suite.newPage();
    await page.goto('/ontvangst');
    expect(await page.getByText('Gemeente (id)').count()).toBe(0);
    await page.getByLabel(r.tenantLabel).fill('Gemeente Nergensdorp');
    await page.getByLabel(r.codeLabel).fill(code);
    await page.getByLabel(r.codeLabel).press('Enter');
    await page.getByText(r.tenantNotFound).waitFor();

    await page.getByLabel(r.tenantLabel).fill('gemeente voorbeeldstad');
    await page.getByLabel(r.codeLabel).press('Enter');
    await page.getByRole('heading', { level: 2, name: r.referralTitle(code) }).waitFor();
    await page.getByRole('button', { name: r.statuses.arrived, exact: true }).click();
    await page.getByRole('button', { name: r.nextCode }).click();
    expect(await page.locator('.tenant-known').innerText()).toContain('Gemeente Voorbeeldstad');
  });
});
