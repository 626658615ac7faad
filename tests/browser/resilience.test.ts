import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/suite';
import { messages, openResidentWidget } from './support/widget';

const t = messages.nl;
const suite = useBrowser();

async function blockApi(page: Page): Promise<void> {
  await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
}

/** Adds a widget to the page as an embedding site would, with the attributes given. */
async function embed(page: Page, id: string, attributes: Record<string, string>): Promise<void> {
  await page.evaluate(
    ({ id, attributes }) => {
      const widget = document.createElement('loket-wijzer');
      widget.id = id;
      for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
      document.body.append(widget);
    },
    { id, attributes },
  );
}

describe('when the API cannot be reached', () => {
  it('still answers from the bundle of the last visit and says from when its information is', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    let field = await openResidentWidget(page);
    await field.fill('paspoort verlopen');
    await field.press('Enter');
    await page.getByRole('article', { name: 'Burgerzaken' }).waitFor();

    await blockApi(page);
    await page.reload();
    field = await openResidentWidget(page);
    const note = page.getByText(/Deze informatie is van \d{1,2} [a-z]+ \d{4}\./);
    await note.waitFor();
    expect(await note.innerText()).toContain('Er is nu geen verbinding.');

    await field.fill('ik heb schulden');
    await field.press('Enter');
    await page.getByRole('article', { name: 'Sociaal Loket' }).waitFor();
  });

  it('says it cannot be reached when there is no saved bundle either', async () => {
    const page = await suite.newPage();
    await blockApi(page);
    await page.goto('/balie');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(t.errorUnavailable);
    expect(await alert.getByRole('button', { name: t.retry }).isVisible()).toBe(true);
  });
});

describe('a wrong tenant attribute', () => {
  it('shows an alert for an unknown municipality', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    await embed(page, 'onbekend', { tenant: 'bestaat-niet', mode: 'desk' });
    const alert = page.locator('#onbekend').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(t.errorUnknownTenant('bestaat-niet'));
  });

  it('shows an alert when the tenant attribute is missing', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    await embed(page, 'zonder', { mode: 'desk' });
    const alert = page.locator('#zonder').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(t.errorMissingTenant);
  });

  it('shows the alert in resident mode once the assistant is opened', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    await embed(page, 'kapot', { tenant: 'Voorbeeld Stad!' });
    await page.locator('#kapot').getByRole('button', { name: t.residentOpen }).click();
    const alert = page.locator('#kapot').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(t.errorMissingTenant);
  });
});
