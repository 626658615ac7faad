import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/suite';
import { messages, openResidentWidget, questionField } from './support/widget';

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

describe('loading the bundle', () => {
  it('downloads the compact bundle alone, as a gzip file that nothing on the way compresses again', async () => {
    const page = await suite.newPage();
    const bundleRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/bundle')) bundleRequests.push(new URL(request.url()).pathname);
    });
    const compactResponse = page.waitForResponse((response) => response.url().endsWith('/bundle/compact'));
    await page.goto('/balie');
    const response = await compactResponse;
    const field = questionField(page, t, 'desk');
    await field.fill('ik heb schulden');
    await field.press('Enter');
    await page.getByRole('article', { name: 'Sociaal Loket' }).waitFor();

    expect(bundleRequests).toEqual(['/api/v1/tenants/voorbeeldstad/bundle/compact']);
    const headers = await response.allHeaders();
    expect(headers['content-type']).toBe('application/vnd.loketwijzer.bundle+gzip');
    expect(headers['content-encoding']).toBeUndefined();
    const body = await response.body();
    // The gzip file's own magic number: the widget gets the bytes as the worker made them.
    expect([...body.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(body.length).toBeLessThan(20_000);
  });

  it('falls back to the JSON bundle when the worker has no compact one, loading its index code only then', async () => {
    const page = await suite.newPage();
    const bundleRequests: string[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.includes('/bundle')) bundleRequests.push(pathname);
      if (pathname.endsWith('.js')) scripts.push(pathname);
    });
    // As an older worker answers: no such route.
    await page.route('**/bundle/compact', (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{}' }));
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('ik heb schulden');
    await field.press('Enter');
    await page.getByRole('article', { name: 'Sociaal Loket' }).waitFor();

    expect(bundleRequests).toEqual(['/api/v1/tenants/voorbeeldstad/bundle/compact', '/api/v1/tenants/voorbeeldstad/bundle']);
    expect(scripts.some((script) => /^\/widget-load-bundle-engine-/.test(script))).toBe(true);
    // The bundle carries a current index: the indexing code (MiniSearch) is not needed.
    expect(scripts.some((script) => /^\/widget-create-engine-/.test(script))).toBe(false);
  });

  it("does not load the JSON bundle's index code when the compact bundle is there", async () => {
    const page = await suite.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.js')) scripts.push(pathname);
    });
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('ik heb schulden');
    await field.press('Enter');
    await page.getByRole('article', { name: 'Sociaal Loket' }).waitFor();

    expect(scripts.filter((script) => /^\/widget-(load-bundle-engine|serialised-topic-index|create-engine)-/.test(script))).toEqual([]);
  });
});

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
