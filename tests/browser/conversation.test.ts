import { describe, expect, it } from 'vitest';
import type { RouteResult } from '../../core/api/route-response';
import type { Bundle } from '../../core/bundle/bundle';
import { useBrowser } from './support/suite';
import { messages, openResidentWidget, openSlip, questionField } from './support/widget';

const t = messages.nl;
const suite = useBrowser();

/** A question that the example table leaves open between counters. */
const CLARIFY_QUESTION = 'ik heb een brief gekregen';

describe('the conversation', () => {
  it('prepares the first answer and fetches the feedback form and the national list in idle time at the desk, and leaves nothing of it on the page', async () => {
    const page = await suite.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/balie');
    await questionField(page, t, 'desk').waitFor();
    // Two idle periods: the warm-up waits for one after the field is ready.
    for (let round = 0; round < 2; round++) {
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
    }
    const left = await page.locator('loket-wijzer').evaluate((element) => ({
      stages: element.shadowRoot!.querySelectorAll('.warm-up').length,
      cards: element.shadowRoot!.querySelectorAll('article').length,
      headings: element.shadowRoot!.querySelectorAll('#lw-advice-heading').length,
    }));
    expect(left).toEqual({ stages: 0, cards: 0, headings: 0 });
    // The warm-up's last step, before anyone typed: what a signal keeps of a question is ready.
    await expect.poll(() => requested.some((path) => path.startsWith('/widget-free-text-reduction-'))).toBe(true);
    // "Klopt dit niet?" is there with the first answer, not a round trip after it.
    await expect.poll(() => requested.filter((path) => path.startsWith('/widget-feedback-')).length).toBe(1);
    // A desk hears about national products all day: their list is there before the first such question.
    await expect.poll(() => requested.filter((path) => path.startsWith('/widget-shipped-national-index-')).length).toBe(1);
    expect(await page.getByRole('article').count()).toBe(0);
  });

  it('asks a clarifying question with buttons and gives advice for the option chosen', async () => {
    const api = new URL(`/api/v1/tenants/voorbeeldstad/route?q=${encodeURIComponent(CLARIFY_QUESTION)}`, suite.baseUrl);
    const { clarify } = (await (await fetch(api)).json()) as RouteResult;
    expect(clarify, `the engine no longer asks to clarify "${CLARIFY_QUESTION}": pick another example`).not.toBeNull();
    const expected = clarify?.options ?? [];

    const page = await suite.newPage();
    await page.goto('/');
    const field = await openResidentWidget(page);
    await field.fill(CLARIFY_QUESTION);
    await field.press('Enter');

    const options = page.getByRole('group', { name: clarify?.question ?? '' });
    await options.waitFor();
    const buttons = options.getByRole('button');
    expect((await buttons.allInnerTexts()).map((label) => label.trim())).toEqual(expected.map((option) => option.label));
    expect(await page.getByRole('article').count()).toBe(0);

    const chosen = expected[1] ?? expected[0];
    const choice = options.getByRole('button', { name: chosen?.label });
    await choice.focus();
    await page.keyboard.press('Enter');

    const bundleUrl = new URL('/api/v1/tenants/voorbeeldstad/bundle', suite.baseUrl);
    const { content } = (await (await fetch(bundleUrl)).json()) as Bundle;
    const counter = content.counters.find((candidate) => candidate.id === chosen?.counterId)?.name ?? '';
    await page.getByRole('article', { name: counter }).waitFor();
    expect(await choice.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('log').textContent()).toContain(`${t.youSaid} ${chosen?.label}`);
  });

  it('shows both the IDO and Burgerzaken when the resident cannot do the online part', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('ik wil een paspoort aanvragen maar ik heb geen computer');
    await field.press('Enter');

    const card = page.getByRole('article', { name: 'Informatiepunt Digitale Overheid' });
    await card.waitFor();
    const steps = await card.getByRole('list', { name: t.steps }).innerText();
    expect(steps).toContain('Informatiepunt Digitale Overheid');
    expect(steps).toContain('Burgerzaken');
    const cardText = await card.innerText();
    expect(cardText).toContain('Marktplein 12');
    expect(cardText).toContain('Stationsweg 1');
    const answer = (await page.getByRole('log').textContent())?.split(t.assistantSaid)[1] ?? '';
    expect(answer).toContain('Informatiepunt Digitale Overheid');
    expect(answer).toContain('Burgerzaken');
    await openSlip(page);
    const slip = await page.getByRole('region', { name: new RegExp(t.slipTitle) }).innerText();
    expect(slip).toContain(`${t.slipFirst}: Informatiepunt Digitale Overheid`);
    expect(slip).toContain(`${t.slipThen}: Burgerzaken`);
  });

  it('suggests topics while typing, navigable with the arrow keys as a combobox', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.focus();
    await page.keyboard.type('pasp');

    const listbox = page.getByRole('listbox', { name: t.suggestionsLabel });
    await listbox.waitFor();
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    const options = listbox.getByRole('option');
    expect(await options.count()).toBeGreaterThanOrEqual(1);
    expect(await field.getAttribute('aria-activedescendant')).toBeNull();

    await page.keyboard.press('ArrowDown');
    const first = options.first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    const title = (await first.innerText()).trim();
    expect(title.toLowerCase()).toContain('paspoort');

    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Burgerzaken' }).waitFor();
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('log').textContent()).toContain(`${t.youSaid} ${title}`);
  });

  it('closes the suggestions with Escape and keeps the typed text', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.focus();
    await page.keyboard.type('schul');
    await page.getByRole('listbox', { name: t.suggestionsLabel }).waitFor();
    await page.keyboard.press('Escape');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    expect(await field.inputValue()).toBe('schul');
  });

  it('starts from a quick-start chip', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    await questionField(page, t, 'desk').waitFor();
    const chips = page.locator('loket-wijzer').getByRole('button', { name: /DigiD/i });
    await chips.first().click();
    await page.getByRole('article', { name: 'Informatiepunt Digitale Overheid' }).waitFor();
  });

  it('refuses a question with a BSN in it', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('mijn bsn is 111222333 en ik heb schulden');
    await field.press('Enter');
    await page.getByRole('log').getByText(t.personalData).waitFor();
    expect(await page.getByRole('log').textContent()).not.toContain('111222333');
    expect(await page.getByRole('article').count()).toBe(0);
  });
});
