/**
 * The admin's main path (issue 4, "Done when"): change a topic's counter in the table, see a
 * test question fail in "Test de wegwijzer", publish with a note, see the public answer change,
 * restore version 1 and see it change back; and a save over a colleague's save.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../admin/i18n/nl';
import { adminApi, logIn, publicCounter, putDraftBack, snapshotDraft } from './admin-helpers';
import { useBrowser } from './support/suite';

const suite = useBrowser();
const DEBT_QUESTION = 'Ik heb schulden en de deurwaarder staat voor de deur';
const DEBT_TOPIC = 'Geldzorgen of schulden';

describe('admin: edit, test, publish, restore', () => {
  let draftBefore: unknown;

  beforeAll(async () => {
    draftBefore = await snapshotDraft(suite.baseUrl);
  });

  afterAll(async () => {
    // Leave the server as the other browser tests expect it, also when a step failed.
    if ((await publicCounter(suite.baseUrl, DEBT_QUESTION)) !== 'sociaal-loket') {
      await adminApi(suite.baseUrl, 'POST', '/versions/1/restore', { json: { note: 'Teruggezet na de admin-test' } });
    }
    await putDraftBack(suite.baseUrl, draftBefore);
  });

  it('changes the public answer only after publishing, and back after restoring version 1', async () => {
    const page = await suite.newPage();
    expect(await publicCounter(suite.baseUrl, DEBT_QUESTION)).toBe('sociaal-loket');
    await logIn(page);

    await page.getByRole('searchbox', { name: nl.topicsSearch, exact: true }).fill('deurwaarder');
    const counterCell = page.getByRole('combobox', { name: nl.cellLabel(nl.topicColumns.counter, DEBT_TOPIC) });
    await counterCell.selectOption('werk-inkomen');
    await expect.poll(() => page.getByText(nl.draftDirty).count()).toBe(1);

    // The preview runs the edited draft in the browser, before anything is saved.
    await page.getByRole('link', { name: nl.views.test }).click();
    const row = page.getByRole('row').filter({ hasText: DEBT_QUESTION });
    await expect.poll(() => row.textContent()).toContain(nl.testStatus.broken);
    expect(await row.textContent()).toContain('Werk en Inkomen');
    // The Dutch and the English debt question both break.
    await expect.poll(() => page.locator('#test-counts').textContent()).toContain(nl.testCountsNewFailures(2));

    const answerField = page.getByLabel(nl.testQuestion);
    await answerField.fill('ik heb schulden');
    await page.getByRole('button', { name: nl.testAsk, exact: true }).click();
    await expect.poll(() => page.getByRole('region', { name: nl.testDraft }).textContent()).toContain('Werk en Inkomen');
    // Whichever version is live: an earlier browser test may have published one (the feedback flow does).
    const livePublished = new RegExp(nl.testPublished(0).replace('0', String.raw`\d+`));
    await expect.poll(() => page.getByRole('region', { name: livePublished }).textContent()).toContain('Sociaal Loket');

    await page.getByRole('button', { name: nl.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: nl.saved }).waitFor();
    expect(await publicCounter(suite.baseUrl, DEBT_QUESTION)).toBe('sociaal-loket');

    await page.getByRole('button', { name: nl.publish, exact: true }).click();
    const publish = page.getByRole('dialog', { name: nl.publishTitle });
    await expect.poll(() => publish.textContent()).toContain(nl.publishFailingWarning(2));
    await publish.getByRole('button', { name: nl.publishConfirm }).click();
    // The note is required: the dialog says so next to the field and stays open.
    await expect.poll(() => publish.getByLabel(nl.publishNote).getAttribute('aria-invalid')).toBe('true');
    await publish.getByLabel(nl.publishNote).fill('Schulden naar Werk en Inkomen (browsertest)');
    await publish.getByRole('button', { name: nl.publishConfirm }).click();
    const published = page.getByRole('status').filter({ hasText: /Versie \d+ is gepubliceerd\./ });
    await published.waitFor();
    const newVersion = Number(/Versie (\d+)/.exec((await published.textContent()) ?? '')?.[1]);
    expect(await publicCounter(suite.baseUrl, DEBT_QUESTION)).toBe('werk-inkomen');

    await page.getByRole('link', { name: nl.views.versies }).click();
    const versionRow = page.getByRole('row').filter({ hasText: 'Schulden naar Werk en Inkomen (browsertest)' });
    await versionRow.waitFor();
    await page.getByRole('button', { name: `${nl.compareWithDraft}${nl.versionSuffix(1)}` }).click();
    await expect
      .poll(async () => (await page.locator('.diff-result').textContent())?.replace(/\s+/g, ' '))
      .toMatch(/Onderwerp "Geldzorgen of schulden":\s*loket: Sociaal Loket →\s*wordt Werk en Inkomen/);

    await page.getByRole('button', { name: `${nl.restore}${nl.versionSuffix(1)}` }).click();
    const restore = page.getByRole('dialog', { name: nl.restoreTitle(1) });
    await restore.getByLabel(`${nl.restoreNote} ${nl.optional}`).fill('Terug naar versie 1 (browsertest)');
    await restore.getByRole('button', { name: nl.restoreConfirm }).click();
    await page
      .getByRole('status')
      .filter({ hasText: nl.restored(1, newVersion + 1) })
      .waitFor();
    expect(await publicCounter(suite.baseUrl, DEBT_QUESTION)).toBe('sociaal-loket');

    // The draft follows the restore.
    await page.getByRole('link', { name: nl.views.onderwerpen }).click();
    await page.getByRole('searchbox', { name: nl.topicsSearch, exact: true }).fill('deurwaarder');
    expect(await page.getByRole('combobox', { name: nl.cellLabel(nl.topicColumns.counter, DEBT_TOPIC) }).inputValue()).toBe(
      'sociaal-loket',
    );

    await page.getByRole('link', { name: nl.views.logboek }).click();
    const log = page.getByRole('table', { name: nl.auditCaption });
    await log.waitFor();
    const logText = (await log.textContent()) ?? '';
    for (const words of [
      nl.auditActions.save,
      nl.auditActions.publish,
      nl.auditActions.restore,
      'Schulden naar Werk en Inkomen (browsertest)',
    ]) {
      expect(logText).toContain(words);
    }
  });

  it('shows what a colleague saved meanwhile and re-applies the admin’s own edit on top', async () => {
    const page = await suite.newPage();
    await logIn(page);
    await page.getByRole('searchbox', { name: nl.topicsSearch, exact: true }).fill('deurwaarder');
    const title = page.getByRole('textbox', { name: nl.cellLabel(nl.topicColumns.titleEn, DEBT_TOPIC) });
    await title.fill('Debts and money worries (admin)');

    // A colleague saves another change first.
    const current = await adminApi(suite.baseUrl, 'GET', '/draft');
    const theirs = (await current.json()) as { about?: string };
    const saved = await adminApi(suite.baseUrl, 'PUT', '/draft', {
      json: { ...theirs, about: 'Aangepast door een collega (browsertest)' },
      ifMatch: current.headers.get('ETag') ?? '',
    });
    expect(saved.status).toBe(200);

    await page.getByRole('button', { name: nl.save, exact: true }).click();
    const conflict = page.getByRole('region', { name: nl.conflictTitle });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Aangepast door een collega (browsertest)');
    await conflict.getByRole('button', { name: nl.conflictReapply }).click();
    await page.getByRole('button', { name: nl.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: nl.saved }).waitFor();

    const after = (await (await adminApi(suite.baseUrl, 'GET', '/draft')).json()) as {
      about?: string;
      topics: { id: string; title: { en: string } }[];
    };
    expect(after.about).toBe('Aangepast door een collega (browsertest)');
    expect(after.topics.find((topic) => topic.id === 'schulden')?.title.en).toBe('Debts and money worries (admin)');
  });

  it('exports the topics as CSV for Excel, previews an edited file with its row errors, and imports it', async () => {
    const page = await suite.newPage();
    await logIn(page);
    await page.getByRole('link', { name: nl.views.import }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: nl.exportCsv }).click()]);
    const exported = await readFile((await download.path()) ?? '');
    expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const lines = exported
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const debts = lines.findIndex((line) => line.startsWith('schulden;'));
    // Columns: id;domain;title_nl;title_en;… – the debts row has no quoted cells.
    const cells = lines[debts]!.split(';');
    cells[3] = 'Money worries or debts – CSV ’test’';
    lines[debts] = cells.join(';');
    const withError = join(tmpdir(), `onderwerpen-fout-${process.pid}.csv`);
    await writeFile(withError, `\uFEFF${[...lines, 'kapot;Geld;Kapot;Broken;bestaat-niet;;kapot'].join('\r\n')}`);
    await page.getByLabel(nl.importFile).setInputFiles(withError);
    const errors = page.getByRole('table', { name: nl.importErrorsCaption });
    await errors.waitFor();
    expect(await errors.textContent()).toContain('bestaat-niet');
    expect(await page.getByRole('button', { name: nl.importApply }).count()).toBe(0);

    const good = join(tmpdir(), `onderwerpen-goed-${process.pid}.csv`);
    await writeFile(good, `\uFEFF${lines.join('\r\n')}`);
    await page.getByLabel(nl.importFile).setInputFiles(good);
    await page.getByRole('heading', { name: nl.importChanged }).waitFor();
    expect(await page.locator('.import-report').textContent()).toContain('schulden');
    await page.getByRole('button', { name: nl.importApply }).click();
    await page.getByRole('status').filter({ hasText: nl.importApplied }).waitFor();

    const draft = (await (await adminApi(suite.baseUrl, 'GET', '/draft')).json()) as { topics: { id: string; title: { en: string } }[] };
    expect(draft.topics.find((topic) => topic.id === 'schulden')?.title.en).toBe('Money worries or debts – CSV ’test’');
    await Promise.all([rm(withError, { force: true }), rm(good, { force: true })]);
  });
});
