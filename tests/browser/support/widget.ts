/**
 * Small steps that several browser tests share. Locators go by role and accessible name, with the
 * names taken from the widget's own message files, so a reworded label does not break a test.
 */
import type { Locator, Page } from 'playwright-core';
import { en, enDesk, enFeedback, enForms } from '../../../widget/i18n/en';
import { nl } from '../../../widget/i18n/nl';
import { nlDesk } from '../../../widget/i18n/nl-desk';
import { nlFeedback } from '../../../widget/i18n/nl-feedback';
import { nlForms } from '../../../widget/i18n/nl-forms';

/** All of the widget's text per language: what every page has, desk mode's, the feedback form's and what the two forms share. */
export const messages = {
  nl: { ...nl, ...nlDesk, ...nlFeedback, ...nlForms },
  en: { ...en, ...enDesk, ...enFeedback, ...enForms },
};
export type Messages = typeof messages.nl;

/** Tuesday 16 June 2026, 14:00 in Amsterdam: the Stadskantoor is open until 17:00. */
export const TUESDAY_AFTERNOON = new Date('2026-06-16T14:00:00+02:00');

/** Fixes the page's clock (Date only; timers keep running) so opening hours are predictable. */
export async function fixClock(page: Page, time: Date = TUESDAY_AFTERNOON): Promise<void> {
  await page.clock.setFixedTime(time);
}

/** Whether the element is focused, looking through open shadow roots. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });
}

/** Description of the focused element, for assertions and failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return 'body';
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
    return `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} "${name}"`;
  });
}

/** Presses Tab until the target has focus, as a keyboard user would; fails after `maxTabs`. */
export async function tabTo(page: Page, target: Locator, maxTabs = 25): Promise<number> {
  for (let tabs = 0; tabs <= maxTabs; tabs++) {
    if (await isFocused(target)) return tabs;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Pressed Tab ${maxTabs} times without reaching the target; focus is on ${await describeFocus(page)}`);
}

export function questionField(page: Page, t: Messages, mode: 'desk' | 'resident'): Locator {
  return page.getByRole('combobox', { name: mode === 'desk' ? t.questionLabelDesk : t.questionLabelResident });
}

/** Asks a question at /balie (Dutch) and waits for the advice card of `counter`. */
export async function askAtDesk(page: Page, question: string, counter: string): Promise<void> {
  await page.goto('/balie');
  const field = questionField(page, messages.nl, 'desk');
  await field.fill(question);
  await field.press('Enter');
  await page.getByRole('article', { name: counter }).waitFor();
}

/** Types a question with the keyboard into a focused field and presses Enter. */
export async function askWithKeyboard(page: Page, field: Locator, question: string): Promise<void> {
  await field.focus();
  await page.keyboard.type(question);
  await page.keyboard.press('Enter');
}

/** Opens the resident-mode assistant on the demo page. */
export async function openResidentWidget(page: Page, t: Messages = messages.nl): Promise<Locator> {
  await page.getByRole('button', { name: t.residentOpen }).click();
  const field = questionField(page, t, 'resident');
  await field.waitFor();
  return field;
}

/** Whether the page scrolls sideways: the document is wider than the viewport. */
export function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Desk mode: unfolds the "Herken de signalen" checklist and waits for its checkboxes. */
export async function openSignals(page: Page, t: Messages = messages.nl): Promise<Locator> {
  await page.locator('summary', { hasText: t.cuesTitle }).click();
  const group = page.getByRole('group', { name: t.cuesTitle });
  await group.getByRole('checkbox').first().waitFor();
  return group;
}

/** Desk mode: unfolds a folded part (the optional signals and note, or the slip) unless it is open already. */
export async function unfold(details: Locator): Promise<void> {
  if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
}

/** Desk mode: the optional signals and note of "Verwijzing vastleggen", unfolded. */
export function openOptional(form: Locator): Promise<void> {
  return unfold(form.locator('details.optional'));
}

/** Desk mode: the referral slip, unfolded (it is folded until a referral is recorded). */
export function openSlip(page: Page): Promise<void> {
  return unfold(page.locator('details.slip-details'));
}
