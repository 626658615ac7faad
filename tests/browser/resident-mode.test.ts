import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/suite';
import { describeFocus, isFocused, messages, openResidentWidget, questionField } from './support/widget';

const suite = useBrowser();

describe('resident mode on the demo page /', () => {
  it('opens from a button and answers "paspoort verlopen" with Burgerzaken', async () => {
    const t = messages.nl;
    const page = await suite.newPage();
    await page.goto('/');

    const launcher = page.getByRole('button', { name: t.residentOpen });
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    await launcher.focus();
    await page.keyboard.press('Enter');
    const field = questionField(page, t, 'resident');
    await field.waitFor();
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    expect(await isFocused(field), await describeFocus(page)).toBe(true);
    expect(await page.getByText(t.automaticNote).isVisible()).toBe(true);
    expect(await page.getByText(t.reachPerson).isVisible()).toBe(true);

    await page.keyboard.type('paspoort verlopen');
    await page.keyboard.press('Enter');

    const card = page.getByRole('article', { name: 'Burgerzaken' });
    await card.waitFor();
    expect(await isFocused(card.getByRole('heading', { name: 'Burgerzaken' })), await describeFocus(page)).toBe(true);
    const cardText = await card.innerText();
    expect(cardText).toContain('Stationsweg 1');
    expect(cardText).toContain('Nu open tot 17:00');
    expect(cardText).toContain(t.appointmentKinds.required);
    expect(cardText).toContain('een pasfoto');
    expect(await card.getByRole('link', { name: '14 0999' }).getAttribute('href')).toBe('tel:140999');
    expect(await page.getByRole('log').textContent()).toContain(t.adviceSentenceResident('Burgerzaken'));
  });

  it('moves focus to the question field once it appears when opened before the bundle has loaded', async () => {
    const t = messages.nl;
    const page = await suite.newPage();
    let releaseBundle: () => void = () => {};
    const bundleHeld = new Promise<void>((resolve) => (releaseBundle = resolve));
    // The compact bundle, or the JSON one should the widget fall back to it.
    await page.route(/\/bundle(\/compact)?$/, async (route) => {
      await bundleHeld;
      await route.continue();
    });
    await page.goto('/');
    const launcher = page.getByRole('button', { name: t.residentOpen });
    await launcher.focus();
    await page.keyboard.press('Enter');
    await page.getByText(t.loading).waitFor();

    releaseBundle();
    const field = questionField(page, t, 'resident');
    await field.waitFor();
    expect(await isFocused(field), await describeFocus(page)).toBe(true);
  });

  it('closes again from the same button and gives focus back to it', async () => {
    const t = messages.nl;
    const page = await suite.newPage();
    await page.goto('/');
    const field = await openResidentWidget(page, t);
    const launcher = page.getByRole('button', { name: t.residentOpen });
    await launcher.click();
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await field.isVisible()).toBe(false);
  });

  it('speaks English with lang="en"', async () => {
    const t = messages.en;
    const page = await suite.newPage();
    await page.goto('/');
    await page
      .locator('loket-wijzer')
      .first()
      .evaluate((widget) => widget.setAttribute('lang', 'en'));

    const field = await openResidentWidget(page, t);
    await field.fill('I need to renew my passport');
    await field.press('Enter');

    const card = page.getByRole('article', { name: 'Burgerzaken' });
    await card.waitFor();
    const cardText = await card.innerText();
    expect(cardText).toContain('Open now until 17:00');
    expect(cardText).toContain(t.appointmentKinds.required);
    expect(await page.getByRole('log').textContent()).toContain(`${t.youSaid} I need to renew my passport`);
    expect(
      await page
        .locator('loket-wijzer')
        .first()
        .evaluate((widget) => widget.shadowRoot?.querySelector('[lang]')?.getAttribute('lang')),
    ).toBe('en');
  });
});
