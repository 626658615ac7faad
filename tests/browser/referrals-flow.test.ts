/**
 * Issue 5, "Done when": a referral made on /balie shows a code and a QR code on the slip; the
 * receiving counter confirms it on /ontvangst; the admin figures count it within the same minute.
 * The server is shared with the other browser test files, so counts are compared as deltas.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../admin/figures/stats-format';
import { nl as adminNl } from '../../admin/i18n/nl';
import { personalDataMessage } from '../../core/privacy';
import { receiveNl } from '../../widget/receive/receive-messages';
import { adminApi, logIn, TENANT } from './admin-helpers';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/suite';
import { askAtDesk, isFocused, messages, openOptional, questionField } from './support/widget';

const t = messages.nl;
const r = receiveNl;
const f = adminNl.figures;
const suite = useBrowser();

/** The server's clock is real; the pages' clock is fixed. Stats are asked for the server's today. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

async function referralTotal(baseUrl: string): Promise<number> {
  const response = await adminApi(baseUrl, 'GET', `/stats?from=${today()}&to=${today()}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { referrals: { total: number } }).referrals.total;
}

async function abandonedToday(baseUrl: string): Promise<number> {
  const response = await adminApi(baseUrl, 'GET', `/stats?from=${today()}&to=${today()}`);
  const stats = (await response.json()) as { signals: { byKind: Record<string, number> } };
  return stats.signals.byKind['clarify-abandoned'] ?? 0;
}

function referralSection(page: Page) {
  return page.getByRole('region', { name: t.referralTitle });
}

async function expectNoCookies(page: Page): Promise<void> {
  expect(await page.context().cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
}

describe('warm referrals from /balie to /ontvangst and the figures', () => {
  it('records a referral, confirms it at the receiving counter and counts it in the figures', async () => {
    const before = await referralTotal(suite.baseUrl);
    const page = await suite.newPage();
    await askAtDesk(page, 'ik heb schulden', 'Sociaal Loket');

    const form = referralSection(page);
    await expectNoAxeViolations(page);
    await form.getByLabel(t.sourceDeskLabel).selectOption({ label: 'Algemene advies- en informatiebalie' });
    await openOptional(form);
    await form.getByRole('checkbox', { name: 'Probleem met DigiD of inloggen' }).check();
    await form.getByLabel(t.noteLabel).fill('brief van het CAK niet begrepen');
    await form.getByRole('button', { name: t.referralSubmit }).click();

    const slip = page.getByRole('region', { name: new RegExp(t.slipTitle) });
    const code = slip.locator('#lw-slip-code');
    await code.waitFor();
    expect(await isFocused(code)).toBe(true);
    const codeText = (await slip.locator('.slip-code').innerText()).trim();
    expect(codeText).toMatch(/^[0-9A-Z]{3,8}(?: [0-9A-Z]{3,8})+$/);
    const compact = codeText.replace(/ /g, '');
    expect(compact.length).toBeGreaterThanOrEqual(6);

    // The QR code: an image whose text alternative holds the code and the confirmation URL.
    const qr = slip.getByRole('img', { name: /QR-code/ });
    await qr.waitFor();
    const qrName = await qr.evaluate((svg) => svg.querySelector('title')?.textContent ?? '');
    const confirmUrl = (await slip.locator('.slip-url .url').innerText()).trim();
    expect(confirmUrl).toContain('/ontvangst?');
    expect(new URL(confirmUrl).searchParams.get('tenant')).toBe(TENANT);
    expect(qrName).toContain(confirmUrl);
    expect(qrName.replace(/-/g, '')).toContain(compact);
    expect(await page.getByRole('log').textContent()).toContain(t.referralSaved);

    // In print the code and the QR code are on the paper.
    await page.emulateMedia({ media: 'print' });
    expect(await slip.locator('.slip-code').isVisible()).toBe(true);
    expect(await qr.isVisible()).toBe(true);
    expect(await form.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // The desk is remembered in this browser, not in a cookie.
    expect(await page.evaluate(() => localStorage.getItem('loketwijzer:voorbeeldstad:source-desk'))).toBe('algemene-balie');
    await askAtDesk(page, 'paspoort verlopen', 'Burgerzaken');
    expect(await referralSection(page).getByLabel(t.sourceDeskLabel).inputValue()).toBe('algemene-balie');
    await expectNoCookies(page);

    // The receiving counter scans the QR code: /ontvangst?code=…&tenant=…
    await page.goto(new URL(confirmUrl).pathname + new URL(confirmUrl).search);
    const heading = page.getByRole('heading', { level: 2, name: r.referralTitle(codeText.replace(/ /g, '-')) });
    await heading.waitFor();
    expect(await isFocused(heading)).toBe(true);
    const facts = await page.locator('.facts').innerText();
    expect(facts).toContain('Sociaal Loket');
    expect(facts).toContain(r.statuses.sent);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: r.statuses.arrived, exact: true }).click();
    const result = page.locator('#ontvangst-result');
    await result.waitFor();
    expect(await result.innerText()).toBe(r.saved(r.statuses.arrived));
    expect(await isFocused(result)).toBe(true);
    await expectNoAxeViolations(page);
    await expectNoCookies(page);

    const record = await (await fetch(`${suite.baseUrl}/api/v1/tenants/${TENANT}/referrals/${compact}`)).json();
    expect(record).toMatchObject({ status: 'arrived', topicId: 'schulden', counterId: 'sociaal-loket' });

    // The admin sees it in the figures straight away.
    expect(await referralTotal(suite.baseUrl)).toBe(before + 1);
    await logIn(page);
    await page.goto('/admin/#/cijfers');
    await page.getByRole('heading', { level: 1, name: f.title }).waitFor();
    await page.getByLabel(f.from, { exact: true }).fill(today());
    await page.getByLabel(f.to, { exact: true }).fill(today());
    await page.getByRole('button', { name: f.show }).click();
    await page.getByText(f.period(formatDay(today()), formatDay(today()))).waitFor();
    const total = page.locator('.figures-summary > div').filter({ hasText: f.total }).locator('dd');
    expect(Number(await total.innerText())).toBe(before + 1);
    const desks = page.getByRole('table', { name: f.perDesk });
    expect(await desks.innerText()).toContain('Algemene advies- en informatiebalie');
    expect(await page.getByRole('table', { name: f.perCounter }).innerText()).toContain('Sociaal Loket');
    expect(await page.getByRole('img', { name: new RegExp(f.perWeek) }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.getByText(f.showTable).first().click();
    await expectNoAxeViolations(page);

    // CSV export: the same range, downloaded with the token (no cookie, no link with the token in it).
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: f.downloadCsv }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`loketwijzer-cijfers-${TENANT}-${today()}-${today()}.csv`);
    const path = await file.path();
    expect(readFileSync(path, 'utf8').length).toBeGreaterThan(0);
    await expectNoCookies(page);
  });

  it('refuses a note with a BSN in the widget, and the server refuses it too', async () => {
    const page = await suite.newPage();
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/referrals')) posted.push(request.url());
    });
    await askAtDesk(page, 'ik heb schulden', 'Sociaal Loket');
    const form = referralSection(page);
    await form.getByLabel(t.sourceDeskLabel).selectOption('algemene-balie');
    await openOptional(form);
    const note = form.getByLabel(t.noteLabel);
    expect(await form.innerText()).toContain(t.noteWarning);
    await note.fill('inwoner met BSN 111222333');
    await form.getByRole('button', { name: t.referralSubmit }).click();
    const explanation = personalDataMessage('bsn', 'nl');
    await form.getByText(explanation).waitFor();
    expect(await isFocused(note)).toBe(true);
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    expect(await note.getAttribute('aria-describedby')).toContain('lw-ref-note-error');
    expect(posted).toEqual([]);
    await expectNoAxeViolations(page);

    // Past the widget's check, straight to the API: 422 with a Dutch explanation.
    const answers = await page.evaluate(async (tenant) => {
      const post = async (note: string) => {
        const response = await fetch(`/api/v1/tenants/${tenant}/referrals`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ topicId: 'schulden', counterId: 'sociaal-loket', sourceDeskId: 'algemene-balie', note }),
        });
        return { status: response.status, body: await response.json() };
      };
      return Promise.all(['BSN 111222333', 'mail jan@example.nl', 'bel 06-12345678', 'NL91 ABNA 0417 1643 00'].map(post));
    }, TENANT);
    for (const answer of answers) {
      expect(answer.status).toBe(422);
      expect(answer.body.error.code).toBe('personal_data');
    }
    expect(answers[0]?.body.error.message).toContain('BSN');
    await expectNoCookies(page);
  });

  it('shows the server’s explanation next to the note when the server refuses what the widget let through', async () => {
    const page = await suite.newPage();
    const message = 'Er staat een adres (postcode met huisnummer) in de notitie. Haal het weg.';
    await page.route('**/api/v1/tenants/*/referrals', (route) =>
      route.fulfill({ status: 422, contentType: 'application/json', body: JSON.stringify({ error: { code: 'personal_data', message } }) }),
    );
    await askAtDesk(page, 'ik heb schulden', 'Sociaal Loket');
    const form = referralSection(page);
    await form.getByLabel(t.sourceDeskLabel).selectOption('algemene-balie');
    await openOptional(form);
    await form.getByLabel(t.noteLabel).fill('woont om de hoek');
    await form.getByRole('button', { name: t.referralSubmit }).click();
    await form.getByText(message).waitFor();
    expect(await isFocused(form.getByLabel(t.noteLabel))).toBe(true);
  });

  it('asks for the desk first, and records signal categories without a referral', async () => {
    const page = await suite.newPage();
    await askAtDesk(page, 'ik heb schulden', 'Sociaal Loket');
    await page.evaluate(() => localStorage.clear());
    const form = referralSection(page);
    await form.getByRole('button', { name: t.referralSubmit }).click();
    await form.getByText(t.sourceDeskMissing).waitFor();
    expect(await isFocused(form.getByLabel(t.sourceDeskLabel))).toBe(true);

    await form.getByRole('button', { name: t.signalOnly }).click();
    await form.getByText(t.signalOnlyMissing).waitFor();
    const signal = page.waitForResponse((response) => response.url().endsWith('/signals') && response.request().method() === 'POST');
    await form.getByRole('checkbox', { name: 'Brief of bericht is niet duidelijk' }).check();
    await form.getByRole('button', { name: t.signalOnly }).click();
    const response = await signal;
    expect(response.status()).toBe(202);
    expect(response.request().postDataJSON()).toEqual({ kind: 'category', signalIds: ['brief-onduidelijk'] });
    await page.getByRole('log').getByText(t.signalSaved).waitFor();
    // Saved: the ticks are cleared (and the optional part folds again).
    expect(await form.getByRole('checkbox', { name: 'Brief of bericht is niet duidelijk', includeHidden: true }).isChecked()).toBe(false);
  });

  it('records signal categories for a question without advice too', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('xyzzy kwak');
    await field.press('Enter');
    const form = page.getByRole('region', { name: t.signalTitle });
    await form.getByRole('checkbox', { name: 'Geen papieren of persoonlijk alternatief' }).check();
    const signal = page.waitForResponse(
      (response) => response.url().endsWith('/signals') && response.request().postDataJSON()?.kind === 'category',
    );
    await form.getByRole('button', { name: t.signalOnly }).click();
    expect((await signal).status()).toBe(202);
    await page.getByRole('log').getByText(t.signalSaved).waitFor();
    await expectNoAxeViolations(page);
  });
});

describe('signals from the conversation', () => {
  it('sends a question without advice, anonymously, without waiting for it', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    const signal = page.waitForRequest((request) => request.url().endsWith('/signals'));
    await field.fill('xyzzy kwak');
    await field.press('Enter');
    const request = await signal;
    expect(request.postDataJSON()).toEqual({ kind: 'unanswered', mode: 'desk', question: 'xyzzy kwak' });
    expect(request.headers()['cookie']).toBeUndefined();
    await page.getByRole('log').getByText(t.noMatch).waitFor();
  });

  it('sends an abandoned clarifying question when the user starts over', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('toeslag');
    await field.press('Enter');
    await page.getByRole('log').getByRole('group').waitFor();
    const signal = page.waitForRequest((request) => request.url().endsWith('/signals'));
    await page.getByRole('button', { name: t.newResident }).click();
    const body = (await signal).postDataJSON();
    expect(body).toMatchObject({ kind: 'clarify-abandoned', mode: 'desk', question: 'toeslag' });
    expect(body.topicIds.length).toBeGreaterThanOrEqual(2);
  });

  it('sends an abandoned clarifying question when the page closes', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: t.residentOpen }).click();
    const field = questionField(page, t, 'resident');
    await field.fill('toeslag');
    await field.press('Enter');
    await page.getByRole('log').getByRole('group').waitFor();
    // Sent while the page unloads (keepalive): the browser reports no request for it, the server counts it.
    const before = await abandonedToday(suite.baseUrl);
    await page.goto('/balie');
    await expect.poll(() => abandonedToday(suite.baseUrl), { timeout: 5_000 }).toBeGreaterThan(before);
  });

  it('sends nothing when the user answers the clarifying question', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('toeslag');
    await field.press('Enter');
    const group = page.getByRole('log').getByRole('group');
    await group.waitFor();
    const signals: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/signals')) signals.push(request.url());
    });
    await group.getByRole('button').first().click();
    await page.getByRole('article').first().waitFor();
    await page.getByRole('button', { name: t.newResident }).click();
    await page.waitForTimeout(200);
    expect(signals).toEqual([]);
  });
});
