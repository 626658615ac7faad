import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/routing/create-engine';
import { en as enCore, enDesk, enForms } from '../../widget/i18n/en';
import { nl as nlCore } from '../../widget/i18n/nl';
import { nlDesk } from '../../widget/i18n/nl-desk';
import { nlForms } from '../../widget/i18n/nl-forms';
import { buildSlip, slipText } from '../../widget/slip/slip';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

// The slip is desk mode's: its texts are the desk chunk's on top of the widget's own.
const nl = { ...nlCore, ...nlForms, ...nlDesk };
const en = { ...enCore, ...enForms, ...enDesk };
const content = voorbeeldstad();
const engine = createEngine(content);
const PUBLISHED = '2026-11-28T09:00:00.000Z';
const NOW = new Date('2026-12-01T10:00:00+01:00');

describe('the referral slip', () => {
  it('holds the question in the resident’s words and where to go, as plain text', () => {
    const advice = engine.adviseTopic('schulden');
    if (!advice) throw new Error('no advice');
    const text = slipText(buildSlip(content, PUBLISHED, advice, 'ik heb schulden'), nl, 'nl', NOW);
    expect(text).toContain('Verwijskaart – Gemeente Voorbeeldstad');
    expect(text).toContain('Uw vraag: "ik heb schulden"');
    expect(text).toContain('Ga naar: Sociaal Loket');
    expect(text).toContain('Stadskantoor Voorbeeldstad, Stationsweg 1, 9999 AA Voorbeeldstad');
    expect(text).toContain('Openingstijden: ma t/m wo 08:30–17:00, do 08:30–20:00, vr 08:30–17:00');
    expect(text).toContain('Wijkcentrum De Linde, Lindelaan 40, 9999 EF Voorbeeldstad');
    expect(text).toContain('Telefoon: 0999 123 460');
    expect(text).toContain('Neem mee: brieven of rekeningen die met de vraag te maken hebben');
    expect(text).toContain('Informatie van 28 november 2026.');
    expect(text).toContain('Gemaakt op 1 december 2026.');
  });

  it('lists both steps when the IDO helps with the online part first', () => {
    const advice = engine.adviseTopic('paspoort-id-kaart', { digitalHelp: true });
    if (!advice) throw new Error('no advice');
    const slip = buildSlip(content, PUBLISHED, advice, 'paspoort verlopen');
    expect(slip.steps.map((step) => [step.order, step.counter.id])).toEqual([
      ['first', 'ido'],
      ['then', 'burgerzaken'],
    ]);
    const text = slipText(slip, en, 'en', NOW);
    expect(text).toContain('First: Informatiepunt Digitale Overheid (Bibliotheek Voorbeeldstad)');
    expect(text).toContain('Then: Burgerzaken');
    expect(text).toContain('Opening hours: Mon–Fri 10:00–17:30, Sat 10:00–14:00');
  });

  it('says how to reach a counter without a desk in the municipality', () => {
    const advice = engine.adviseTopic('juridisch-advies');
    if (!advice) throw new Error('no advice');
    const text = slipText(buildSlip(content, PUBLISHED, advice, 'ruzie met de verhuurder'), nl, 'nl', NOW);
    expect(text).toContain('Telefoon: 0900 8020');
    expect(text).toContain('Website: https://www.juridischloket.nl');
  });

  it('carries the referral code and the confirmation URL once the referral is recorded', () => {
    const advice = engine.adviseTopic('schulden');
    if (!advice) throw new Error('no advice');
    const referral = { code: 'K7M2X-R9PQZ', confirmUrl: 'https://lw.example/ontvangst?code=K7M2XR9PQZ&tenant=voorbeeldstad' };
    const slip = buildSlip(content, PUBLISHED, advice, 'ik heb schulden', referral);
    expect(slip.referral).toEqual(referral);
    const text = slipText(slip, nl, 'nl', NOW);
    expect(text).toContain('Verwijscode: K7M2X-R9PQZ');
    expect(text).toContain(referral.confirmUrl);
    expect(slipText(buildSlip(content, PUBLISHED, advice, 'ik heb schulden'), nl, 'nl', NOW)).not.toContain('Verwijscode');
  });
});
