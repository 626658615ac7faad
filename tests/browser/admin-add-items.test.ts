/**
 * Adding a counter or a location in the admin: the add form, the new item in the list, its
 * detail form opened, and the announcement. Nothing is saved, so the server stays as it was.
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { nl } from '../../admin/i18n/nl';
import { logIn } from './admin-helpers';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/suite';

const suite = useBrowser();

async function addItem(page: Page, view: 'loketten' | 'locaties', addLabel: string, name: string): Promise<void> {
  await page.getByRole('navigation', { name: nl.navLabel }).getByRole('link', { name: nl.views[view], exact: true }).click();
  await page.getByRole('button', { name: addLabel }).click();
  const form = page.locator('form.add-form');
  await form.getByRole('textbox').first().fill(name);
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: addLabel }).click();
}

describe('adding items in the admin', () => {
  it('adds a counter to the draft and opens its form', async () => {
    const page = await suite.newPage();
    await logIn(page);
    await addItem(page, 'loketten', nl.addCounter, 'Testloket Noord');
    await page.getByRole('heading', { level: 2, name: 'Testloket Noord' }).waitFor();
    await page.getByRole('navigation', { name: nl.countersList }).getByText('Testloket Noord').waitFor();
    await page.getByText(nl.counterAdded('Testloket Noord')).waitFor();
  });

  it('adds a location to the draft and opens its form', async () => {
    const page = await suite.newPage();
    await logIn(page);
    await addItem(page, 'locaties', nl.addLocation, 'Buurthuis Zuid');
    await page.getByRole('heading', { level: 2, name: 'Buurthuis Zuid' }).waitFor();
    await page.getByRole('navigation', { name: nl.locationsList }).getByText('Buurthuis Zuid').waitFor();
    await page.getByText(nl.locationAdded('Buurthuis Zuid')).waitFor();
  });
});
