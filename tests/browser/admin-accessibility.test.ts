/**
 * The admin app with a keyboard and axe-core: zero WCAG 2.2 AA violations on every view (and on
 * the login, the error summary and the dialogs), visible focus, focus on the heading after a
 * route change, and a table that scrolls inside its own box on a tablet.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nl } from '../../admin/i18n/nl';
import { VIEWS } from '../../admin/routing/hash-route';
import { logIn } from './admin-helpers';
import { expectNoAxeViolations } from './support/axe';
import { focusWithoutIndicator } from './support/page-scan';
import { useBrowser } from './support/suite';
import { describeFocus, isFocused, tabTo } from './support/widget';

const suite = useBrowser();
const TABLET = { viewport: { width: 768, height: 1024 } };

async function openView(page: Page, view: (typeof VIEWS)[number]): Promise<void> {
  await page.getByRole('navigation', { name: nl.navLabel }).getByRole('link', { name: nl.views[view], exact: true }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

describe('admin accessibility (WCAG 2.2 AA, axe-core)', () => {
  it('has no violations on the login screen, and says so when the token is wrong', async () => {
    const page = await suite.newPage();
    await page.goto('/admin/');
    await page.getByRole('heading', { level: 1, name: nl.loginTitle }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel(nl.loginTenant).fill('voorbeeldstad');
    await page.getByLabel(nl.loginToken).fill('niet-de-goede-code');
    await page.getByRole('button', { name: nl.loginSubmit }).click();
    await page.getByRole('alert').filter({ hasText: nl.loginWrong }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('has no violations on any view, with the test panel and a diff filled in', async () => {
    const page = await suite.newPage();
    await logIn(page);
    for (const view of VIEWS) {
      await openView(page, view);
      if (view === 'test') {
        await page.getByLabel(nl.testQuestion).fill('paspoort verlopen');
        await page.getByRole('button', { name: nl.testAsk, exact: true }).click();
        await page.getByRole('region', { name: nl.testDraft }).waitFor();
        await page.getByText(nl.editQuestionsTitle).click();
      }
      if (view === 'versies') {
        await page.getByRole('button', { name: nl.compareShow }).click();
        await page.locator('#diff-title').waitFor();
      }
      await expectNoAxeViolations(page);
    }
  });

  it('has no violations with the error summary and inline errors, and its links focus the field', async () => {
    const page = await suite.newPage();
    await logIn(page);
    await page.getByRole('searchbox', { name: nl.topicsSearch, exact: true }).fill('deurwaarder');
    const title = page.getByRole('textbox', { name: nl.cellLabel(nl.topicColumns.titleEn, 'Geldzorgen of schulden') });
    await title.fill('');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toBe(nl.validation.required);

    await page.getByRole('button', { name: nl.save, exact: true }).click();
    const summary = page.getByRole('region', { name: nl.errorSummaryTitle });
    await summary.waitFor();
    expect(await isFocused(summary)).toBe(true);
    await expectNoAxeViolations(page);

    // The link leads to the field, also when a filter hides its row.
    await page.getByRole('searchbox', { name: nl.topicsSearch, exact: true }).fill('paspoort');
    await summary.getByRole('link').first().click();
    await expect.poll(() => isFocused(title)).toBe(true);

    await page.getByRole('button', { name: nl.discard }).click();
    await page.getByRole('dialog', { name: nl.discardTitle }).getByRole('button', { name: nl.discard }).click();
    await expect.poll(() => page.getByText(nl.draftSaved).count()).toBe(1);
  });

  it('has no violations in the publish dialog and when a counter in use cannot be removed', async () => {
    const page = await suite.newPage();
    await logIn(page);
    await page.getByRole('button', { name: nl.publish, exact: true }).click();
    const publish = page.getByRole('dialog', { name: nl.publishTitle });
    await publish.waitFor();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await publish.waitFor({ state: 'hidden' });

    await openView(page, 'loketten');
    await page.getByRole('link', { name: /Sociaal Loket/ }).click();
    await page.getByRole('button', { name: nl.removeCounter('Sociaal Loket') }).click();
    const refusal = page.getByRole('dialog', { name: nl.counterInUseTitle('Sociaal Loket') });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(nl.counterInUseTopic('Geldzorgen of schulden', 'counter'));
    await expectNoAxeViolations(page);
  });

  it('works with the keyboard alone: skip link, navigation, focus on the new heading, sorting and editing a cell', async () => {
    const page = await suite.newPage();
    await logIn(page);
    await page.keyboard.press('Tab');
    expect(await describeFocus(page)).toContain(nl.skipToContent);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');

    const nav = page.getByRole('navigation', { name: nl.navLabel });
    await page.getByRole('button', { name: nl.logout }).focus();
    await tabTo(page, nav.getByRole('link', { name: nl.views.loketten }));
    await page.keyboard.press('Enter');
    // The view's heading itself: the nav link has the same text, and it is focused before the view changes.
    const focusedHeading = () =>
      page.evaluate(() => (document.activeElement?.id === 'view-title' ? document.activeElement.textContent : null));
    await expect.poll(focusedHeading).toBe(nl.countersTitle);

    await nav.getByRole('link', { name: nl.views.onderwerpen }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedHeading).toBe(nl.topicsTitle);

    await tabTo(page, page.getByRole('button', { name: nl.topicColumns.counter, exact: true }), 40);
    await page.keyboard.press('Enter');
    expect(await page.getByRole('columnheader', { name: nl.topicColumns.counter }).getAttribute('aria-sort')).toBe('ascending');

    // On into the first row, and change its counter with the arrow keys.
    await tabTo(page, page.getByRole('textbox', { name: new RegExp(`^${nl.topicColumns.titleNl.replace(/[()]/g, '\\$&')} van`) }).first());
    // By its exact name: the changed row moves, because the table stays sorted by counter.
    const firstName = await page
      .getByRole('combobox', { name: new RegExp(`^${nl.topicColumns.counter} van`) })
      .first()
      .getAttribute('aria-label');
    const firstCounter = page.getByRole('combobox', { name: firstName ?? '', exact: true });
    await tabTo(page, firstCounter);
    const before = await firstCounter.inputValue();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => firstCounter.inputValue()).not.toBe(before);
    await expect.poll(() => page.getByText(nl.draftDirty).count()).toBe(1);

    expect(await focusWithoutIndicator(page, 30)).toEqual([]);
  });

  it('keeps the page as wide as a tablet: the table scrolls in its own box', async () => {
    const page = await suite.newPage(TABLET);
    await logIn(page);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      table: document.querySelector('#topics-region table')?.scrollWidth ?? 0,
      box: document.querySelector('#topics-region')?.clientWidth ?? 0,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.table).toBeGreaterThan(widths.box);
    await expectNoAxeViolations(page);
  });
});
