/**
 * "Instellingen": the counters for questions outside the division of tasks, and the websites that
 * may send referrals. An address is checked inline in Dutch before it enters the draft; a valid
 * one is listed and can be removed again. Nothing is saved.
 */
import { describe, expect, it } from 'vitest';
import { nl } from '../../admin/i18n/nl';
import { logIn } from './admin-helpers';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/suite';

const suite = useBrowser();

describe('admin settings: allowed websites', () => {
  it('explains a wrong address next to the field, lists a right one, and removes it', async () => {
    const page = await suite.newPage();
    await logIn(page);
    await page.getByRole('navigation', { name: nl.navLabel }).getByRole('link', { name: nl.views.instellingen, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: nl.settingsTitle }).waitFor();
    const list = page.getByRole('list', { name: nl.originsListLabel });
    expect(await list.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('https://www.voorbeeldstad.example')]);

    const field = page.getByRole('textbox', { name: nl.originNew });
    await field.fill('https://www.oosterhoek.nl/wegwijzer');
    await page.getByRole('button', { name: nl.originAdd }).click();
    await page.locator('#nieuwe-website-fout').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#nieuwe-website-fout').textContent()).toContain('zonder /');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('nieuwe-website');
    await expectNoAxeViolations(page);

    await field.fill('https://www.oosterhoek.nl');
    await page.getByRole('button', { name: nl.originAdd }).click();
    const added = list.getByRole('listitem').filter({ hasText: 'https://www.oosterhoek.nl' });
    await added.waitFor();
    expect(await field.inputValue()).toBe('');
    expect(await field.getAttribute('aria-invalid')).toBeNull();

    await page.getByRole('button', { name: `${nl.remove} https://www.oosterhoek.nl` }).click();
    expect(await added.count()).toBe(0);
    expect(await list.getByRole('listitem').count()).toBe(1);
    await expectNoAxeViolations(page);
  });
});

describe('admin settings: counters for questions outside the division of tasks', () => {
  it('offers every counter and "Geen" for national matters and for other questions, explained, and guards the chosen counter', async () => {
    const page = await suite.newPage();
    await logIn(page);
    await page.getByRole('navigation', { name: nl.navLabel }).getByRole('link', { name: nl.views.instellingen, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: nl.counterSettingsTitle }).waitFor();

    const national = page.getByRole('combobox', { name: nl.counterSettings.nationalCounterId.label });
    const fallback = page.getByRole('combobox', { name: nl.counterSettings.fallbackCounterId.label });
    expect(await national.inputValue()).toBe('overheidsbreed-loket');
    expect(await fallback.inputValue()).toBe('klantcontactcentrum');
    const choices = await fallback.locator('option').allTextContents();
    expect(choices[0]).toBe(nl.counterSettingNone);
    expect(choices).toContain('Klantcontactcentrum');
    expect(choices).toContain('Overheidsbreed loket');
    const hintId = await national.getAttribute('aria-describedby');
    expect(await page.locator(`#${hintId}`).textContent()).toBe(nl.counterSettings.nationalCounterId.hint);
    await expectNoAxeViolations(page);

    // "Geen" changes the draft; choosing the counter again leaves it as it was.
    const discard = page.getByRole('button', { name: nl.discard, exact: true });
    await fallback.selectOption('');
    expect(await fallback.inputValue()).toBe('');
    await discard.waitFor();
    await fallback.selectOption('klantcontactcentrum');
    await discard.waitFor({ state: 'hidden' });

    await page.getByRole('navigation', { name: nl.navLabel }).getByRole('link', { name: nl.views.loketten, exact: true }).click();
    await page.getByRole('link', { name: /Klantcontactcentrum/ }).click();
    await page.getByRole('button', { name: nl.removeCounter('Klantcontactcentrum') }).click();
    const refusal = page.getByRole('dialog', { name: nl.counterInUseTitle('Klantcontactcentrum') });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(nl.counterInUseSetting(nl.counterSettings.fallbackCounterId.label));
    await expectNoAxeViolations(page);
  });
});
