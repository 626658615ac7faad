/**
 * Issue 12, "Done when": a wrong advice at /balie → "Klopt dit niet?" → the right counter → the
 * item in Meldingen with count 1, then 2 → "Toevoegen als testvraag" → the test panel shows it
 * failing → the editor adds a keyword → publish → the same question now gets the right counter.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl as admin } from '../../admin/i18n/nl';
import { adminApi, logIn, publicCounter, putDraftBack, snapshotDraft } from './admin-helpers';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/suite';
import { isFocused, messages, openResidentWidget, questionField, tabTo } from './support/widget';

const t = messages.nl;
const m = admin.feedback;
const suite = useBrowser();

/** The table sends this to the UWV's own-benefit topic (Overheidsbreed loket); the desk knows it is bijstand. */
const QUESTION = 'ik wil mijn uitkering stoppen';

interface Item {
  id: string;
  question: string | null;
}

async function openItemsFor(question: string): Promise<Item[]> {
  const response = await adminApi(suite.baseUrl, 'GET', '/feedback?status=open');
  const { items } = (await response.json()) as { items: Item[] };
  return items.filter((item) => item.question === question);
}

/** Asks the question at /balie and says "Klopt dit niet?": Werk en Inkomen, topic bijstand. */
async function correctAtDesk(page: Page, { keyboard }: { keyboard: boolean }): Promise<void> {
  await page.goto('/balie');
  const field = questionField(page, t, 'desk');
  await field.fill(QUESTION);
  await field.press('Enter');
  await page.getByRole('article', { name: 'Overheidsbreed loket' }).waitFor();

  const wrong = page.getByRole('button', { name: t.feedbackWrong });
  const filter = page.getByRole('textbox', { name: t.feedbackFilterDesk });
  const counter = page.getByRole('radio', { name: 'Werk en Inkomen' });
  const topic = page.getByRole('combobox', { name: t.feedbackTopicDesk });
  const send = page.getByRole('button', { name: t.feedbackSend });
  if (keyboard) {
    await tabTo(page, wrong, 60);
    await page.keyboard.press('Enter');
    // Focus moved to the filter: typing narrows the counters down.
    await filter.waitFor();
    await page.keyboard.type('werk en');
    expect(await page.getByRole('radio').count()).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await counter.isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await topic.selectOption('bijstand');
    await tabTo(page, send, 5);
    await page.keyboard.press('Enter');
  } else {
    // One click opens the choice; the counter and "Versturen" are the two more.
    await wrong.click();
    await counter.click();
    await topic.selectOption('bijstand');
    await send.click();
  }
  await page.getByRole('log', { name: t.logLabel }).getByText(t.feedbackSent).waitFor();
}

async function itemCard(page: Page) {
  await page.getByRole('link', { name: admin.views.meldingen }).click();
  const card = page.getByRole('article', { name: QUESTION });
  await card.waitFor();
  return card;
}

describe('"Klopt dit niet?" from the desk to a better table', () => {
  let draftBefore: unknown;
  let questionsBefore: unknown;

  beforeAll(async () => {
    draftBefore = await snapshotDraft(suite.baseUrl);
    questionsBefore = await (await adminApi(suite.baseUrl, 'GET', '/test-questions')).json();
    // A run that stopped halfway leaves an open item behind; this run counts from zero.
    for (const item of await openItemsFor(QUESTION)) {
      await adminApi(suite.baseUrl, 'PATCH', `/feedback/${item.id}`, {
        json: { status: 'dismissed', reason: 'Opgeruimd voor de browsertest' },
      });
    }
  });

  afterAll(async () => {
    if ((await publicCounter(suite.baseUrl, QUESTION)) !== 'overheidsbreed-loket') {
      await adminApi(suite.baseUrl, 'POST', '/versions/1/restore', { json: { note: 'Teruggezet na de meldingen-test' } });
    }
    await putDraftBack(suite.baseUrl, draftBefore);
    await adminApi(suite.baseUrl, 'PUT', '/test-questions', { json: questionsBefore });
  });

  it('turns two corrections at the desk into one item, a failing test question, a keyword and a right answer', async () => {
    expect(await publicCounter(suite.baseUrl, QUESTION)).toBe('overheidsbreed-loket');
    const desk = await suite.newPage();
    await correctAtDesk(desk, { keyboard: true });

    const page = await suite.newPage();
    await logIn(page);
    let card = await itemCard(page);
    expect(await card.textContent()).toContain(m.count(1));
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain('Overheidsbreed loket');
    expect(cardText).toContain('Werk en Inkomen · Bijstandsuitkering aanvragen');
    expect(cardText).toContain(m.draftWrong);

    await correctAtDesk(desk, { keyboard: false });
    await page.reload();
    card = await itemCard(page);
    await expect.poll(() => card.textContent()).toContain(m.count(2));
    await expectNoAxeViolations(page);

    await card.getByRole('button', { name: m.addTestQuestion }).click();
    await page.getByRole('status').filter({ hasText: m.addedTestQuestion }).waitFor();

    await page.getByRole('link', { name: admin.views.test }).click();
    const row = page.getByRole('row').filter({ hasText: QUESTION });
    await expect.poll(() => row.textContent()).toContain(admin.testStatus.fails);

    // Accepted, the item still offers the words the expected topic lacks.
    await page.getByRole('link', { name: admin.views.meldingen }).click();
    await page.getByLabel(m.status).selectOption('accepted');
    card = page.getByRole('article', { name: QUESTION });
    await card.getByRole('button', { name: m.addKeywordLabel('stoppen', 'Bijstandsuitkering aanvragen') }).click();
    await expect.poll(() => card.textContent()).toContain(m.draftRight);

    await page.getByRole('button', { name: admin.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: admin.saved }).waitFor();
    await page.getByRole('button', { name: admin.publish, exact: true }).click();
    const publish = page.getByRole('dialog', { name: admin.publishTitle });
    await publish.getByLabel(admin.publishNote).fill('Uitkering stoppen naar Werk en Inkomen (browsertest)');
    await publish.getByRole('button', { name: admin.publishConfirm }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Versie \d+ is gepubliceerd\./ })
      .waitFor();

    expect(await publicCounter(suite.baseUrl, QUESTION)).toBe('werk-inkomen');
    const fresh = await suite.newPage();
    await fresh.goto('/balie');
    const field = questionField(fresh, t, 'desk');
    await field.fill(QUESTION);
    await field.press('Enter');
    await fresh.getByRole('article', { name: 'Werk en Inkomen' }).waitFor();

    await page.getByRole('link', { name: admin.views.logboek }).click();
    const log = page.getByRole('table', { name: admin.auditCaption });
    await expect.poll(() => log.textContent()).toContain(`Melding aangenomen: "${QUESTION}", toegevoegd als testvraag`);
  });
});

describe('"Klopt dit niet?" without a counter', () => {
  it('says next to the list that a counter is needed, moves focus there, and has no axe violations', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('ik heb schulden');
    await field.press('Enter');
    await page.getByRole('button', { name: t.feedbackWrong }).click();
    await page.getByRole('button', { name: t.feedbackSend }).click();
    await page.getByText(t.feedbackCounterMissing).waitFor();
    expect(await isFocused(page.getByRole('textbox', { name: t.feedbackFilterDesk }))).toBe(true);
    await expectNoAxeViolations(page);
  });
});

describe('"Had u hier iets aan?" for a resident, offline', () => {
  const RESIDENT_QUESTION = 'ik heb schulden bij de energie';

  it('keeps a "Nee" made while the API is blocked and sends it exactly once when the API is back', async () => {
    for (const item of await openItemsFor(RESIDENT_QUESTION)) {
      await adminApi(suite.baseUrl, 'PATCH', `/feedback/${item.id}`, { json: { status: 'dismissed' } });
    }
    const page = await suite.newPage();
    let blocked = true;
    let arrived = 0;
    await page.route('**/api/v1/tenants/voorbeeldstad/feedback', async (route) => {
      if (blocked) return route.abort('internetdisconnected');
      arrived++;
      return route.continue();
    });
    await page.goto('/');
    const field = await openResidentWidget(page, t);
    await field.fill(RESIDENT_QUESTION);
    await field.press('Enter');
    await page.getByRole('article', { name: 'Sociaal Loket' }).waitFor();

    const helpful = page.getByRole('group', { name: t.feedbackHelpful });
    await helpful.getByRole('button', { name: t.feedbackNo }).click();
    await page.getByRole('radio', { name: 'Werk en Inkomen' }).click();
    await page.getByRole('button', { name: t.feedbackSend }).click();
    await page.getByRole('log', { name: t.logLabel }).getByText(t.feedbackQueued).waitFor();
    expect(await openItemsFor(RESIDENT_QUESTION)).toEqual([]);

    blocked = false;
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await expect.poll(() => arrived).toBe(1);
    await expect.poll(async () => (await openItemsFor(RESIDENT_QUESTION)).length).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('loketwijzer:voorbeeldstad:feedback-queue'))).toBeNull();

    // Back online again, and a new page of the same browser: nothing is sent a second time.
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await page.reload();
    await openResidentWidget(page, t);
    await page.waitForTimeout(500);
    expect(arrived).toBe(1);
    const [item] = (await (await adminApi(suite.baseUrl, 'GET', '/feedback?status=open')).json()).items.filter(
      (i: Item) => i.question === RESIDENT_QUESTION,
    ) as (Item & { count: number; sources: string[]; expected: unknown })[];
    expect(item).toMatchObject({ count: 1, sources: ['resident'], expected: { counterId: 'werk-inkomen' } });
  });
});
