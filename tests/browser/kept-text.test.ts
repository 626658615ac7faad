/**
 * Issue 10: at the desk, staff see what will be kept of a note or a question before it is sent,
 * reduced by the same code as the worker: "Bewaard wordt: [naam] komt morgen langs".
 */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/suite';
import { askAtDesk, messages, questionField } from './support/widget';

const t = messages.nl;
const suite = useBrowser();

describe('what will be kept, at the desk', () => {
  it('shows the note as it will be stored, tied to the field, and stores that', async () => {
    const page = await suite.newPage();
    await askAtDesk(page, 'ik heb schulden', 'Sociaal Loket');
    const form = page.getByRole('region', { name: t.referralTitle });
    await form.getByLabel(t.sourceDeskLabel).selectOption('algemene-balie');
    const note = form.getByLabel(t.noteLabel);
    await note.fill('mevrouw De Boer komt morgen langs');
    const kept = form.locator('#lw-ref-note-kept');
    await kept.waitFor();
    expect(await kept.innerText()).toBe(`${t.kept} [naam] komt morgen langs`);
    expect(await note.getAttribute('aria-describedby')).toContain('lw-ref-note-kept');
    await expectNoAxeViolations(page);

    const posted = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/referrals'));
    await form.getByRole('button', { name: t.referralSubmit }).click();
    expect(JSON.parse((await posted).postData() ?? '{}').note).toBe('mevrouw De Boer komt morgen langs');
    await form.getByText(t.referralSaved).waitFor();
  });

  it('shows under the question what a signal would keep, only when it differs from what was typed', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('mevrouw Bakker van de Kerkstraat wil haar kat laten chippen');
    const kept = page.locator('#lw-question-kept');
    await kept.waitFor();
    expect(await kept.innerText()).toBe(`${t.kept} [naam] van de [adres] wil haar kat laten chippen`);
    expect(await field.getAttribute('aria-describedby')).toBe('lw-question-hint lw-question-kept');
    await expectNoAxeViolations(page);

    await field.fill('kan ik hier een kano huren');
    await kept.waitFor({ state: 'detached' });
    expect(await field.getAttribute('aria-describedby')).toBe('lw-question-hint');
  });
});
