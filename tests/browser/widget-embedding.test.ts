/**
 * What a host page relies on when it embeds <loket-wijzer>: theming through NL Design System
 * tokens, the `lw-advice` event, heading levels that fit the page, a second load of widget.js, and
 * a Content-Security-Policy that enforces Trusted Types.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/suite';
import { messages, openResidentWidget } from './support/widget';

const t = messages.nl;
const suite = useBrowser();

describe('embedding <loket-wijzer>', () => {
  it('looks right without a theme and takes the colours of a municipal theme on a parent', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    const launcher = page.getByRole('button', { name: t.residentOpen });
    const background = () => launcher.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background()).toBe('rgb(26, 79, 139)');
    await page.getByRole('button', { name: 'Gemeentelijk thema' }).click();
    expect(await background()).toBe('rgb(0, 105, 92)');
  });

  it('tells the host page which counter it advised, without the question', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    const event = page.evaluate(
      () =>
        new Promise<{ detail: unknown; composed: boolean }>((resolve) =>
          document.addEventListener('lw-advice', (e) => resolve({ detail: (e as CustomEvent).detail, composed: e.composed }), {
            once: true,
          }),
        ),
    );
    const field = await openResidentWidget(page);
    await field.fill('ik heb schulden');
    await field.press('Enter');
    expect(await event).toEqual({
      detail: { topicId: 'schulden', counterId: 'sociaal-loket', digitalHelp: false },
      composed: true,
    });
  });

  it('puts its headings at the level the page asks for', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    const field = await openResidentWidget(page);
    await field.fill('paspoort verlopen');
    await field.press('Enter');
    // The demo page sets heading-level="3" under its own h2.
    await page.getByRole('heading', { level: 3, name: t.residentTitle }).waitFor();
    await page.getByRole('heading', { level: 4, name: 'Burgerzaken' }).waitFor();
  });

  it('answers for a municipality that shares its table with another tenant (tenant="oosterhoek")', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    await page.locator('loket-wijzer').evaluate((element) => element.setAttribute('tenant', 'oosterhoek'));
    const field = page.getByRole('combobox').first();
    await field.fill('ik heb schulden');
    await field.press('Enter');
    await page.getByRole('heading', { name: 'Sociaal Loket' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('answers on a host page that enforces Trusted Types and allows its policy by name', async () => {
    const page = await suite.newPage();
    await page.route('**/trusted-types-host', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': "require-trusted-types-for 'script'; trusted-types loketwijzer" },
        body: '<!doctype html><html lang="nl"><title>Host</title><script type="module" src="/widget.js"></script><loket-wijzer tenant="voorbeeldstad" inline></loket-wijzer>',
      }),
    );
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto('/trusted-types-host');
    const field = page.getByRole('combobox', { name: t.questionLabelResident });
    await field.fill('paspoort verlopen');
    await field.press('Enter');
    await page.getByRole('heading', { name: 'Burgerzaken' }).waitFor();
    expect(violations.filter((text) => /trusted/i.test(text))).toEqual([]);
  });

  it('survives widget.js being loaded a second time', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: t.residentOpen }).waitFor();
    await page.addScriptTag({ url: '/widget.js?second-embed', type: 'module' });
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: t.residentOpen }).count()).toBe(1);
  });
});
