import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { findMotion, focusWithoutIndicator, widgetLiveRegions } from './support/page-scan';
import { useBrowser } from './support/suite';
import { hasHorizontalScroll, messages, openResidentWidget, openSignals, questionField } from './support/widget';

const t = messages.nl;
const suite = useBrowser();

/** 320 CSS px wide: WCAG 1.4.10 reflow (a 1280 px screen at 400% zoom). */
const NARROW = { viewport: { width: 320, height: 640 } };
/** A 1280 × 720 screen at 200% zoom: half the CSS pixels, each drawn twice as large. */
const ZOOM_200 = { viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 };

async function residentAdvice(page: Page): Promise<void> {
  await page.goto('/');
  const field = await openResidentWidget(page);
  await field.fill('paspoort verlopen');
  await field.press('Enter');
  await page.getByRole('article', { name: 'Burgerzaken' }).waitFor();
}

async function deskAdvice(page: Page): Promise<void> {
  await page.goto('/balie');
  const field = questionField(page, t, 'desk');
  await field.fill('ik wil een paspoort aanvragen maar ik heb geen computer');
  await field.press('Enter');
  await page.getByRole('article', { name: 'Informatiepunt Digitale Overheid' }).waitFor();
  // Open the signals too, so that axe sees every part of the desk.
  await openSignals(page);
}

describe('accessibility (WCAG 2.2 AA, axe-core)', () => {
  it('has no violations on / before the assistant is opened', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: t.residentOpen }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('has no violations on / with an advice card open', async () => {
    const page = await suite.newPage();
    await residentAdvice(page);
    await expectNoAxeViolations(page);
  });

  it('has no violations on /balie with an advice card, the signals and the slip open', async () => {
    const page = await suite.newPage();
    await deskAdvice(page);
    await expectNoAxeViolations(page);
  });

  it('has no violations on / and /balie at 320 px wide', async () => {
    const page = await suite.newPage(NARROW);
    await residentAdvice(page);
    await expectNoAxeViolations(page);
    await deskAdvice(page);
    await expectNoAxeViolations(page);
  });

  it('has no violations on / under the municipal theme with an advice card open', async () => {
    const page = await suite.newPage();
    await page.goto('/?theme=voorbeeld');
    const field = await openResidentWidget(page);
    await field.fill('ik heb schulden');
    await field.press('Enter');
    await page.getByRole('article', { name: 'Sociaal Loket' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('has no violations on /balie in English with an advice card open', async () => {
    const page = await suite.newPage();
    await page.goto('/balie?lang=en');
    const field = questionField(page, messages.en, 'desk');
    await field.fill('I have debts and cannot pay my bills');
    await field.press('Enter');
    await page.getByRole('article', { name: 'Sociaal Loket' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('has no violations on /balie with suggestions on screen', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.focus();
    await page.keyboard.type('pasp');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox', { name: t.suggestionsLabel }).waitFor();
    await expectNoAxeViolations(page);
  });
});

describe('reflow', () => {
  for (const [name, options] of [
    ['320 px wide', NARROW],
    ['200% zoom', ZOOM_200],
  ] as const) {
    it(`does not scroll sideways at ${name} on / with advice`, async () => {
      const page = await suite.newPage(options);
      await residentAdvice(page);
      expect(await hasHorizontalScroll(page)).toBe(false);
    });

    it(`does not scroll sideways at ${name} on /balie with advice and the slip`, async () => {
      const page = await suite.newPage(options);
      await deskAdvice(page);
      expect(await hasHorizontalScroll(page)).toBe(false);
    });
  }
});

describe('keyboard and screen readers', () => {
  it('shows a visible focus indicator on everything reachable with Tab on /balie', async () => {
    const page = await suite.newPage();
    await deskAdvice(page);
    await page.locator('body').focus();
    expect(await focusWithoutIndicator(page, 60)).toEqual([]);
  });

  it('shows a visible focus indicator on everything reachable with Tab on /', async () => {
    const page = await suite.newPage();
    await residentAdvice(page);
    await page.locator('body').focus();
    expect(await focusWithoutIndicator(page, 40)).toEqual([]);
  });

  it('announces through one live region, the conversation log', async () => {
    const page = await suite.newPage();
    await deskAdvice(page);
    expect(await widgetLiveRegions(page)).toEqual(['div role=log aria-live=']);
  });
});

describe('motion', () => {
  it('moves nothing when the user prefers reduced motion', async () => {
    const page = await suite.newPage({ reducedMotion: 'reduce' });
    await deskAdvice(page);
    expect(await findMotion(page)).toEqual([]);
    await residentAdvice(page);
    expect(await findMotion(page)).toEqual([]);
  });
});
