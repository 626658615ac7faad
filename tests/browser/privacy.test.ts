import { describe, expect, it } from 'vitest';
import { collectRequests, foreignRequests } from './support/requests';
import { useBrowser } from './support/suite';
import { messages, openResidentWidget, questionField } from './support/widget';

const t = messages.nl;
const suite = useBrowser();

describe('privacy', () => {
  it('sets no cookies and asks no other origin on / and /balie', async () => {
    const page = await suite.newPage();
    const requests = collectRequests(page);

    await page.goto('/');
    const field = await openResidentWidget(page);
    await field.fill('paspoort verlopen');
    await field.press('Enter');
    await page.getByRole('article', { name: 'Burgerzaken' }).waitFor();

    await page.goto('/balie');
    const deskField = questionField(page, t, 'desk');
    await deskField.fill('ik heb schulden');
    await deskField.press('Enter');
    await page.getByRole('article', { name: 'Sociaal Loket' }).waitFor();

    expect(requests.length).toBeGreaterThan(0);
    expect(foreignRequests(requests, suite.baseUrl)).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  it('answers questions in the page without sending them to the server', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('ik heb schulden');
    await field.press('Enter');
    await page.getByRole('article', { name: 'Sociaal Loket' }).waitFor();

    const requests = collectRequests(page);
    await field.fill('mijn paspoort is verlopen');
    await field.press('Enter');
    await page.getByRole('article', { name: 'Burgerzaken' }).waitFor();
    expect(requests).toEqual([]);
  });

  it('keeps nothing of the question in the browser', async () => {
    const question = 'ik heb schulden sinds januari';
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill(question);
    await field.press('Enter');
    await page.getByRole('article', { name: 'Sociaal Loket' }).waitFor();

    const stored = await page.evaluate(async () => {
      const values = [localStorage, sessionStorage].flatMap((storage) =>
        Object.keys(storage).map((key) => `${key}=${storage.getItem(key) ?? ''}`),
      );
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        values.push(...(await cache.keys()).map((request) => request.url));
      }
      const databases = (await indexedDB.databases()).map((database) => database.name ?? '');
      return { values, databases };
    });
    expect(stored.values.filter((value) => value.includes('sinds januari'))).toEqual([]);
    expect(stored.databases).toEqual([]);
  });
});
