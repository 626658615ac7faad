/**
 * The admin from a real walkthrough: keywords edited as separate items in a table that fits
 * 1280 px, a publish diff that shows only the added keyword, the live version marked (no
 * "Terugzetten" on it) with the diff following a restore, "Signalen per week" opened at the current
 * week, and the sign-in kept in a second tab of the same browser session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../admin/i18n/nl';
import { adminApi, logIn, putDraftBack, snapshotDraft, TENANT } from './admin-helpers';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/suite';

const suite = useBrowser();
const DEBT_TOPIC = 'Geldzorgen of schulden';
const WIDE = { viewport: { width: 1280, height: 900 } };
const f = nl.figures;

function day(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

describe('admin walkthrough', () => {
  let draftBefore: unknown;
  beforeAll(async () => {
    draftBefore = await snapshotDraft(suite.baseUrl);
  });
  afterAll(async () => {
    await putDraftBack(suite.baseUrl, draftBefore);
  });

  it('edits keywords as separate items, in a table whose id and remove columns fit 1280 px', async () => {
    const page = await suite.newPage(WIDE);
    await logIn(page);
    await page.getByRole('searchbox', { name: nl.topicsSearch, exact: true }).fill('deurwaarder');
    // Before any scrolling: the sticky id cell ends where the next column starts; the remove button is on screen.
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'schulden' }) });
    const idBox = await row.getByRole('rowheader').boundingBox();
    const nextBox = await row.getByRole('cell').first().boundingBox();
    expect((idBox?.x ?? 0) + (idBox?.width ?? 0)).toBeLessThanOrEqual((nextBox?.x ?? 0) + 1);
    const removeTopic = row.getByRole('button', { name: `${nl.remove} ${DEBT_TOPIC}` });
    const removeBox = await removeTopic.boundingBox();
    expect((removeBox?.x ?? Infinity) + (removeBox?.width ?? 0)).toBeLessThanOrEqual(1280);

    const keywords = page.getByRole('group', { name: nl.cellLabel(nl.topicColumns.keywords, DEBT_TOPIC) });
    const items = keywords.getByRole('listitem');
    const count = await items.count();
    expect(count).toBeGreaterThan(10);
    expect(await items.filter({ hasText: /^deurwaarder/ }).count()).toBe(1);

    const add = keywords.getByRole('textbox', { name: nl.keywordAddLabel(nl.cellLabel(nl.topicColumns.keywords, DEBT_TOPIC)) });
    await add.fill('bewindvoering');
    await add.press('Enter');
    await expect.poll(() => items.count()).toBe(count + 1);
    const remove = keywords.getByRole('button', { name: nl.keywordRemove('bewindvoering') });
    expect(await remove.isVisible()).toBe(true);
    await remove.click();
    await expect.poll(() => items.count()).toBe(count);
    expect(await keywords.getByRole('button', { name: nl.keywordRemove('bewindvoering') }).count()).toBe(0);

    await expectNoAxeViolations(page);
  });

  it('shows only the added keyword in the publish dialog, not the whole list twice', async () => {
    const page = await suite.newPage(WIDE);
    await logIn(page);
    await page.getByRole('searchbox', { name: nl.topicsSearch, exact: true }).fill('deurwaarder');
    const keywords = page.getByRole('group', { name: nl.cellLabel(nl.topicColumns.keywords, DEBT_TOPIC) });
    const add = keywords.getByRole('textbox');
    await add.fill('bewindvoering');
    await add.press('Enter');
    await page.getByRole('button', { name: nl.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: nl.saved }).waitFor();

    await page.getByRole('button', { name: nl.publish, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: nl.publishTitle });
    await dialog.locator('.publish-changes summary').click();
    const change = dialog.locator('.diff-item').filter({ hasText: DEBT_TOPIC });
    await change.waitFor();
    const text = (await change.innerText()).replace(/\s+/g, ' ');
    // "+ bewindvoering" on screen; screen readers hear "toegevoegd:" before it.
    expect(text).toMatch(/\+ (toegevoegd: )?bewindvoering/);
    expect(text).not.toContain('deurwaarder');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: nl.cancel }).click();
  });

  it('marks the live version, offers no Terugzetten on it, and shows what a restore changed', async () => {
    const listed = async () =>
      ((await (await adminApi(suite.baseUrl, 'GET', '/versions')).json()) as { versions: { version: number }[] }).versions;
    // A restore needs an older version, and it must not change what the public sees: an older
    // version from an earlier test (admin-flow publishes one) may route differently, so the live
    // content is first republished and the restore then goes back to that same content.
    const bundle = (await (await fetch(`${suite.baseUrl}/api/v1/tenants/${TENANT}/bundle`)).json()) as { version: number };
    const copied = await adminApi(suite.baseUrl, 'POST', `/versions/${bundle.version}/restore`, {
      json: { note: 'Kopie van de live versie (browsertest)' },
    });
    expect(copied.ok).toBe(true);
    const versions = (await listed()).map((v) => v.version).sort((a, b) => b - a);
    const [live] = versions as [number];
    const older = bundle.version;

    const page = await suite.newPage(WIDE);
    await logIn(page);
    await page.getByRole('link', { name: nl.views.versies }).click();
    const table = page.getByRole('table', { name: nl.versionsCaption });
    await table.waitFor();
    const liveRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${live}\\b`) }) });
    expect(await liveRow.innerText()).toContain(nl.versionLive);
    expect(await liveRow.getByRole('button', { name: `${nl.restore}${nl.versionSuffix(live)}` }).count()).toBe(0);
    expect(await table.getByText(nl.versionLive).count()).toBe(1);
    expect(await page.getByRole('button', { name: `${nl.restore}${nl.versionSuffix(older)}` }).count()).toBe(1);

    // Compare something first: after the restore the diff follows, it does not stay on the old pair.
    await page.getByRole('button', { name: `${nl.compareWithDraft}${nl.versionSuffix(older)}` }).click();
    await page.locator('#diff-title').waitFor();
    await page.getByRole('button', { name: `${nl.restore}${nl.versionSuffix(older)}` }).click();
    const restore = page.getByRole('dialog', { name: nl.restoreTitle(older) });
    await restore.getByRole('button', { name: nl.restoreConfirm }).click();
    await page
      .getByRole('status')
      .filter({ hasText: nl.restored(older, live + 1) })
      .waitFor();
    await expect.poll(() => page.locator('#diff-title').innerText()).toBe(`${nl.compareVersion(live)} → ${nl.compareVersion(live + 1)}`);
    const newLive = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${live + 1}\\b`) }) });
    await expect.poll(() => newLive.innerText()).toContain(nl.versionLive);
    expect(await table.getByText(nl.versionLive).count()).toBe(1);
  });

  it('opens "Signalen per week" at the current week', async () => {
    const response = await fetch(`${suite.baseUrl}/api/v1/tenants/${TENANT}/referrals`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        topicId: 'schulden',
        counterId: 'sociaal-loket',
        sourceDeskId: 'algemene-balie',
        digitalHelp: false,
        signalIds: ['brief-onduidelijk'],
      }),
    });
    expect(response.status).toBe(201);
    const page = await suite.newPage(WIDE);
    await logIn(page);
    await page.goto('/admin/#/cijfers');
    await page.getByRole('heading', { level: 1, name: f.title }).waitFor();
    const now = new Date();
    await page.getByLabel(f.from, { exact: true }).fill(day(new Date(now.getTime() - 300 * 86_400_000)));
    await page.getByLabel(f.to, { exact: true }).fill(day(now));
    await page.getByRole('button', { name: f.show }).click();
    const region = page.locator('[aria-labelledby="trends-caption"]');
    await region.waitFor();
    const scroll = await region.evaluate((element) => ({
      left: element.scrollLeft,
      width: element.scrollWidth,
      client: element.clientWidth,
    }));
    expect(scroll.width).toBeGreaterThan(scroll.client);
    expect(scroll.left + scroll.client).toBeGreaterThanOrEqual(scroll.width - 2);
  });

  it('keeps the sign-in for a second tab of the same browser session, and a logout ends both', async () => {
    const first = await suite.newPage(WIDE);
    await logIn(first);
    const second = await first.context().newPage();
    await second.goto('/admin/');
    await second.getByRole('heading', { level: 1, name: nl.topicsTitle }).waitFor();
    expect(await second.getByLabel(nl.loginToken).count()).toBe(0);
    // Nowhere that outlives the tabs: no cookie, nothing in localStorage.
    expect(await first.context().cookies()).toEqual([]);
    expect(await second.evaluate(() => localStorage.length)).toBe(0);

    await first.getByRole('button', { name: nl.logout }).click();
    await second.getByLabel(nl.loginToken).waitFor();
    // A tab opened in another browser session (a fresh context) asks for the token.
    const other = await suite.newPage(WIDE);
    await other.goto('/admin/');
    await other.getByLabel(nl.loginToken).waitFor();
  });
});
