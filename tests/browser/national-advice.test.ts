/**
 * Issue 11 in the page: at /balie, national guidance and the fallback look different from table
 * advice, in words and layout; the national list arrives as a chunk only for a question that needs
 * it; both still send the unanswered-question signal.
 */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/suite';
import { messages, questionField } from './support/widget';

const t = messages.nl;
const suite = useBrowser();

describe('national and fallback advice at the desk', () => {
  it('loads the national list only when needed, shows "Landelijke regeling" and sends the signal', async () => {
    const page = await suite.newPage();
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('shipped-national-index')) chunks.push(request.url());
    });
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('ik heb schulden');
    await field.press('Enter');
    await page.getByRole('heading', { name: 'Sociaal Loket' }).first().waitFor();
    expect(chunks).toEqual([]);

    const signal = page.waitForRequest((request) => request.url().endsWith('/signals'));
    await field.fill('verblijfsvergunning verlengen voor mijn man');
    await field.press('Enter');
    const advice = page.locator('loket-wijzer').locator('[part="advice"]');
    await advice.getByText(t.basisNational, { exact: true }).waitFor();
    await advice
      .getByText('Landelijke regeling: verblijfsvergunning. Dit staat niet in onze taakverdeling; meestal helpt het Overheidsbreed loket.')
      .first()
      .waitFor();
    expect(chunks).toHaveLength(1);
    expect((await signal).postDataJSON()).toEqual({
      kind: 'unanswered',
      mode: 'desk',
      question: 'verblijfsvergunning verlengen voor mijn man',
    });
    await expectNoAxeViolations(page);
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
