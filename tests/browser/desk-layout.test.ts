/**
 * The desk from a real walkthrough: after an answer at 1280×800 the counter, why, where and when,
 * and the buttons to hand over and record fit in two screens; the reason is said once; a question
 * without advice says what happened; at 320 px the "Vraag" button is never under the suggestions.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/suite';
import { messages, questionField } from './support/widget';

const t = messages.nl;
const suite = useBrowser();
const DESKTOP = { viewport: { width: 1280, height: 800 } };

describe('desk layout on /balie', () => {
  it('fits an answer in two screens at 1280×800, with the long lists folded and the buttons in reach', async () => {
    const page = await suite.newPage(DESKTOP);
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('Ik heb schulden en kom er niet uit');
    await field.press('Enter');
    const card = page.getByRole('article', { name: 'Sociaal Loket' });
    await card.waitFor();

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(1800);

    // With the long lists folded: the counter, why, where and when, and the buttons to hand over and
    // record, all within 1,800 px.
    for (const target of [
      card.getByRole('heading', { name: 'Sociaal Loket' }),
      card.getByText(t.why),
      card.getByText('Stationsweg 1'),
      page.getByRole('region', { name: t.handoverTitle }),
      page.getByRole('button', { name: t.referralSubmit }),
      page.getByRole('button', { name: t.slipPrint }),
    ]) {
      const box = await target.first().boundingBox();
      expect(box, await target.first().innerText()).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(1800);
    }

    // What the counter does and does not do is one click away, not on screen.
    const more = card.locator('details', { hasText: t.moreAboutCounter });
    expect(await more.getAttribute('open')).toBeNull();
    expect(await card.getByRole('heading', { name: t.whatTheyDo }).isVisible()).toBe(false);
    await more.locator('summary').click();
    expect(await card.getByRole('heading', { name: t.whatTheyDo }).isVisible()).toBe(true);
  });

  it('says the reason once: in the card under "Waarom", not again in the conversation', async () => {
    const page = await suite.newPage(DESKTOP);
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('ik heb schulden');
    await field.press('Enter');
    const card = page.getByRole('article', { name: 'Sociaal Loket' });
    await card.waitFor();
    const reason = (await card.locator('.reason').innerText()).replace(`${t.why}:`, '').trim();
    expect(reason.length).toBeGreaterThan(20);
    // Everything the widget shows (its shadow root), the conversation and the card together.
    const widgetText = await page
      .locator('loket-wijzer')
      .evaluate((host) => (host.shadowRoot?.querySelector('.root') as HTMLElement).innerText);
    expect(widgetText.split(reason).length - 1).toBe(1);
    expect(await page.getByRole('log').innerText()).toContain(t.adviceSentenceDesk('Sociaal Loket'));
  });

  it('says what happened after a question without advice instead of the "advice comes here" placeholder', async () => {
    const page = await suite.newPage(DESKTOP);
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.waitFor();
    expect(await page.getByText(t.emptyAdvice).isVisible()).toBe(true);
    await field.fill('qwxz blorp');
    await field.press('Enter');
    await page.getByRole('heading', { name: t.outcomeTitle }).waitFor();
    expect(await page.getByText(t.outcomeNoMatch).isVisible()).toBe(true);
    expect(await page.getByText(t.emptyAdvice).count()).toBe(0);
    // The signal form is still there, next to what happened.
    expect(await page.getByRole('heading', { name: t.signalTitle }).isVisible()).toBe(true);

    // A new resident starts from the placeholder again.
    await page.getByRole('button', { name: t.newResident }).click();
    await page.getByText(t.emptyAdvice).waitFor();
  });

  it('keeps the "Vraag" button clickable at 320 px while the suggestions are open', async () => {
    const page = await suite.newPage({ viewport: { width: 320, height: 700 } });
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.pressSequentially('pas');
    const listbox = page.getByRole('listbox', { name: t.suggestionsLabel });
    await listbox.waitFor();
    const button = page.getByRole('button', { name: t.ask, exact: true });
    const [list, ask] = [await listbox.boundingBox(), await button.boundingBox()];
    if (!list || !ask) throw new Error('no boxes');
    const overlaps =
      list.x < ask.x + ask.width && ask.x < list.x + list.width && list.y < ask.y + ask.height && ask.y < list.y + list.height;
    expect(overlaps).toBe(false);
    // A real click (no force): Playwright fails it when another element would receive it.
    await button.click({ timeout: 2000 });
    // The form was sent with what was typed, not a suggestion picked: the log says "pas".
    await page.getByRole('log').getByText(`${t.youSaid} pas`).waitFor();
  });

  it("shows the first answer's card in its own frame, and its handover, referral form and slip right after it", async () => {
    const page = await suite.newPage(DESKTOP);
    await page.goto('/balie');
    // In the frame after the first answer: the card, but not yet the parts below the first screen.
    await page.evaluate(() => {
      const seen: { card: boolean; handover: boolean }[] = [];
      (window as unknown as { seenAtFirstFrame: typeof seen }).seenAtFirstFrame = seen;
      document.addEventListener('lw-advice', () =>
        requestAnimationFrame(() => {
          const root = document.querySelector('loket-wijzer')?.shadowRoot;
          seen.push({ card: !!root?.querySelector('.advice'), handover: !!root?.querySelector('.handover') });
        }),
      );
    });
    const field = questionField(page, t, 'desk');
    await field.fill('ik heb schulden');
    await field.press('Enter');
    await page.getByRole('region', { name: t.handoverTitle }).waitFor();
    await page.getByRole('region', { name: t.referralTitle }).waitFor();
    await page.getByRole('region', { name: t.slipTitle }).waitFor();
    const seen = () => page.evaluate(() => (window as unknown as { seenAtFirstFrame: unknown[] }).seenAtFirstFrame);
    expect(await seen()).toEqual([{ card: true, handover: false }]);

    // A later answer updates them in the same frame as its card.
    await field.fill('mijn paspoort is verlopen');
    await field.press('Enter');
    await page.getByRole('article', { name: 'Burgerzaken' }).waitFor();
    await expect.poll(seen).toEqual([
      { card: true, handover: false },
      { card: true, handover: true },
    ]);
  });
});
