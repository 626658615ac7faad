/**
 * The resident on a phone (390 px): the assistant is in the first screen of the demo page, and
 * its answer gets the width instead of sitting in three nested boxes. A host page can also show
 * it open in place, without the launcher (`inline`).
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/suite';
import { messages, openResidentWidget, questionField } from './support/widget';

const t = messages.nl;
const suite = useBrowser();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('resident mode at 390 px', () => {
  it('shows the assistant in the first screen and gives the answer at least 320 px of text width', async () => {
    const page = await suite.newPage(PHONE);
    await page.goto('/');
    const launcher = page.getByRole('button', { name: t.residentOpen });
    const box = await launcher.boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(844);

    const field = await openResidentWidget(page);
    await field.fill('ik heb schulden');
    await field.press('Enter');
    const card = page.getByRole('article', { name: 'Sociaal Loket' });
    await card.waitFor();
    const width = await card.locator('.reason').evaluate((element) => element.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('opens in place without a launcher when the host page sets `inline`', async () => {
    const page = await suite.newPage(PHONE);
    await page.goto('/');
    await page.evaluate(() => {
      const widget = document.createElement('loket-wijzer');
      widget.setAttribute('tenant', 'voorbeeldstad');
      widget.setAttribute('inline', '');
      widget.id = 'inline-assistant';
      document.querySelector('main')?.prepend(widget);
    });
    const inline = page.locator('#inline-assistant');
    await questionField(page, t, 'resident').first().waitFor();
    expect(await inline.getByRole('button', { name: t.residentOpen }).count()).toBe(0);
    expect(await inline.getByRole('combobox', { name: t.questionLabelResident }).isVisible()).toBe(true);
  });
});
