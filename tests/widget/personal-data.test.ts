import { describe, expect, it } from 'vitest';
import { containsPersonalData, findPersonalData, passesElevenTest } from '../../core/privacy';

describe('findPersonalData', () => {
  it.each([
    ['mijn bsn is 111222333', 'bsn'],
    ['BSN 1112.22.333 graag', 'bsn'],
    ['mail naar jan.jansen@example.nl', 'email'],
    ['bel me op 06-12345678', 'phone'],
    ['telefoon +31 6 1234 5678', 'phone'],
    ['rekening NL91 ABNA 0417 1643 00', 'iban'],
  ])('finds personal data in "%s"', (text, kind) => {
    expect(findPersonalData(text)[0]?.kind).toBe(kind);
  });

  it.each([
    'ik heb schulden',
    // An organisation's number is not personal data: staff may write down where to call.
    'bel de gemeente op 14 0999',
    'aanslag van 2026 over 123 euro',
    'mijn DigiD werkt niet sinds 12-03-2026',
    'het nummer 123456789 klopt niet',
  ])('lets "%s" through', (text) => {
    expect(containsPersonalData(text)).toBe(false);
  });

  it('checks a BSN with the eleven test', () => {
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
  });
});
