/**
 * Issue 11 in the page: at /balie, national guidance and the fallback look different from table
 * advice, in words and layout, and both still send the unanswered-question signal. On a resident's
 * page the national list arrives as a chunk only for a question that needs it (the desk fetches it
 * in idle time: tests/browser/conversation.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/suite';
import { messages, openResidentWidget, questionField } from './support/widget';

const t = messages.nl;
const suite = useBrowser();

describe('national and fallback advice at the desk', () => {
  it('shows "Landelijke regeling" for a national product and sends the signal', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    const signal = page.waitForRequest((request) => request.url().endsWith('/signals'));
    await field.fill('verblijfsvergunning verlengen voor mijn man');
    await field.press('Enter');
    const advice = page.locator('loket-wijzer').locator('[part="advice"]');
    await advice.getByText(t.basisNational, { exact: true }).waitFor();
    await advice
      .getByText('Landelijke regeling: verblijfsvergunning. Dit staat niet in onze taakverdeling; meestal helpt het Overheidsbreed loket.')
      .first()
      .waitFor();
    expect((await signal).postDataJSON()).toEqual({
      kind: 'unanswered',
      mode: 'desk',
      question: 'verblijfsvergunning verlengen voor mijn man',
    });
    await expectNoAxeViolations(page);
  });

  it("loads the national list on a resident's page only when a question needs it, and once", async () => {
    const page = await suite.newPage();
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('shipped-national-index')) chunks.push(request.url());
    });
    await page.goto('/');
    const field = await openResidentWidget(page);
    await field.fill('ik heb schulden');
    await field.press('Enter');
    await page.getByRole('heading', { name: 'Sociaal Loket' }).first().waitFor();
    // Idle time as well: unlike the desk, a resident's page does not fetch the list in advance.
    for (let round = 0; round < 2; round++) {
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
    }
    expect(chunks).toEqual([]);

    const advice = page.locator('loket-wijzer').locator('[part="advice"]');
    await field.fill('verblijfsvergunning verlengen voor mijn man');
    await field.press('Enter');
    await advice.getByText(t.basisNational, { exact: true }).waitFor();
    // The table answers this one, but it could need the national list ("huurtoeslag" is a national product): loaded already.
    await field.fill('ik wil huurtoeslag aanvragen');
    await field.press('Enter');
    await page.getByRole('heading', { name: 'Informatiepunt Digitale Overheid' }).first().waitFor();
    expect(chunks).toHaveLength(1);
  });

  it('says when the question is not in the division of tasks and names the Klantcontactcentrum', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('mijn buren maken elke nacht lawaai');
    await field.press('Enter');
    const advice = page.locator('loket-wijzer').locator('[part="advice"]');
    await advice.getByText(t.basisFallback, { exact: true }).waitFor();
    await advice.getByText('Het Klantcontactcentrum zoekt uit wie helpt.', { exact: false }).first().waitFor();
  });
});
