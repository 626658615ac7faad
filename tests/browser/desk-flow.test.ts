import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/suite';
import { describeFocus, isFocused, messages, openSignals, openSlip, questionField, tabTo } from './support/widget';

const t = messages.nl;
const suite = useBrowser();

declare global {
  interface Window {
    printCalls?: number;
  }
}

describe('desk mode on /balie', () => {
  it('turns a question typed with the keyboard alone into advice, a handover and a printable, copyable referral slip', async () => {
    const page = await suite.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.baseUrl });
    // The print dialog would block a headless test; counting the calls is enough.
    await page.addInitScript(() => {
      window.printCalls = 0;
      window.print = () => void (window.printCalls = (window.printCalls ?? 0) + 1);
    });
    await page.goto('/balie');

    const field = questionField(page, t, 'desk');
    await field.waitFor();
    await tabTo(page, field);
    await page.keyboard.type('ik heb schulden');
    await page.keyboard.press('Enter');

    const card = page.getByRole('article', { name: 'Sociaal Loket' });
    await card.waitFor();
    expect(await isFocused(card.getByRole('heading', { name: 'Sociaal Loket' })), await describeFocus(page)).toBe(true);

    const cardText = await card.innerText();
    expect(cardText).toContain('Stationsweg 1');
    expect(cardText).toContain('Lindelaan 40');
    // Tuesday 16 June 2026, 14:00: the Stadskantoor is open, De Linde opens Wednesday morning.
    expect(cardText).toContain('Nu open tot 17:00');
    expect(cardText).toContain('Vandaag: 08:30–17:00');
    expect(cardText).toContain('Nu gesloten. Open morgen om 09:00');
    expect(cardText).toContain('brieven of rekeningen die met de vraag te maken hebben');
    expect(await card.getByRole('link', { name: '0999 123 460' }).getAttribute('href')).toBe('tel:0999123460');

    const log = page.getByRole('log', { name: t.logLabel });
    const logText = await log.textContent();
    expect(logText).toContain(`${t.youSaid} ik heb schulden`);
    expect(logText).toContain(`${t.assistantSaid} ${t.adviceSentenceDesk('Sociaal Loket')}`);

    const handover = page.getByRole('region', { name: t.handoverTitle });
    expect(await handover.innerText()).toContain(t.handoverMinimum);

    const slip = page.getByRole('region', { name: new RegExp(t.slipTitle) });
    // Folded until a referral is recorded, so the desk's buttons stay in the first screens.
    expect(await slip.getByText('“ik heb schulden”').isVisible()).toBe(false);
    await openSlip(page);
    const slipText = await slip.innerText();
    expect(slipText).toContain('“ik heb schulden”');
    expect(slipText).toContain('Sociaal Loket');
    expect(slipText).toContain('Stationsweg 1, 9999 AA Voorbeeldstad');
    expect(slipText).toContain('ma t/m wo 08:30–17:00, do 08:30–20:00, vr 08:30–17:00');

    const printButton = slip.getByRole('button', { name: t.slipPrint });
    await tabTo(page, printButton, 80);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.printCalls)).toBe(1);

    const copyButton = slip.getByRole('button', { name: t.slipCopy });
    await tabTo(page, copyButton, 5);
    await page.keyboard.press('Enter');
    await log.getByText(t.slipCopied).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`${t.slipQuestion}: "ik heb schulden"`);
    expect(copied).toContain('Sociaal Loket');
    expect(copied).toContain('Stationsweg 1, 9999 AA Voorbeeldstad');
    expect(copied).toContain('0999 123 460');
  });

  it('prints only the referral slip', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('ik heb schulden');
    await field.press('Enter');
    const slip = page.getByRole('region', { name: new RegExp(t.slipTitle) });
    await slip.waitFor();

    // Folded on screen, in full on paper: the browser's own print command needs no click first.
    expect(await slip.getByText('“ik heb schulden”').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await slip.getByText('“ik heb schulden”').isVisible()).toBe(true);
    expect(await slip.getByText('Stationsweg 1, 9999 AA Voorbeeldstad').isVisible()).toBe(true);
    expect(await field.isVisible()).toBe(false);
    expect(await page.getByRole('article', { name: 'Sociaal Loket' }).isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: t.handoverTitle }).isVisible()).toBe(false);
    expect(await slip.getByRole('button', { name: t.slipPrint }).isVisible()).toBe(false);

    await page.emulateMedia({ media: 'screen' });
    expect(await field.isVisible()).toBe(true);
  });

  it('lets a ticked signal steer the advice to the IDO', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('paspoort verlopen');
    await field.press('Enter');
    await page.getByRole('article', { name: 'Burgerzaken' }).waitFor();

    await openSignals(page);
    await page.getByRole('checkbox', { name: 'De inwoner heeft geen DigiD of weet de inloggegevens niet.' }).check();

    const card = page.getByRole('article', { name: 'Informatiepunt Digitale Overheid' });
    await card.waitFor();
    expect(await card.getByRole('list', { name: t.steps }).innerText()).toContain('Burgerzaken');
    expect(await page.getByRole('log').textContent()).toContain(t.cueChangedAdvice);
  });

  it('works in English on /balie?lang=en', async () => {
    const en = messages.en;
    const page = await suite.newPage();
    await page.goto('/balie?lang=en');
    const field = questionField(page, en, 'desk');
    await field.fill('I have debts and cannot pay my bills');
    await field.press('Enter');

    const card = page.getByRole('article', { name: 'Sociaal Loket' });
    await card.waitFor();
    expect(await card.innerText()).toContain('Open now until 17:00');
    await openSlip(page);
    const slip = await page.getByRole('region', { name: new RegExp(en.slipTitle) }).innerText();
    expect(slip).toContain('Mon–Wed 08:30–17:00, Thu 08:30–20:00, Fri 08:30–17:00');
    expect(await page.getByRole('button', { name: en.slipPrint }).isVisible()).toBe(true);
  });

  it('starts again for the next resident without anything of the previous question', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.fill('ik heb schulden');
    await field.press('Enter');
    await page.getByRole('article', { name: 'Sociaal Loket' }).waitFor();

    await page.getByRole('button', { name: t.newResident }).click();
    expect(await isFocused(field)).toBe(true);
    expect(await page.getByRole('article').count()).toBe(0);
    expect(await page.getByRole('log').textContent()).not.toContain('schulden');
  });
});
