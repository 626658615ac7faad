import { describe, expect, it } from 'vitest';
import { findPersonalData, passesElevenTest, passesMod97, type PersonalDataKind } from '../../../core/privacy';

const FOUND: [text: string, kind: PersonalDataKind, match: string][] = [
  // BSN: nine digits that pass the eleven-test, with or without spaces or dots.
  ['mijn bsn is 111222333', 'bsn', '111222333'],
  ['BSN 123456782 graag', 'bsn', '123456782'],
  ['bsn: 123 456 782', 'bsn', '123 456 782'],
  ['nummer 123.456.782.', 'bsn', '123.456.782'],
  ['BSN 1112.22.333 graag', 'bsn', '1112.22.333'],
  // E-mail.
  ['mail naar jan.jansen@example.nl', 'email', 'jan.jansen@example.nl'],
  ['J.de-Vries+post@gemeente.voorbeeldstad.nl schreef', 'email', 'J.de-Vries+post@gemeente.voorbeeldstad.nl'],
  // Dutch phone numbers.
  ['bel me op 06-12345678', 'phone', '06-12345678'],
  ['06 1234 5678 na vijven', 'phone', '06 1234 5678'],
  ['telefoon +31 6 1234 5678', 'phone', '+31 6 1234 5678'],
  ['telefoon +31 (0)6 12345678', 'phone', '+31 (0)6 12345678'],
  ['0031612345678', 'phone', '0031612345678'],
  ['vast nummer 010-1234567', 'phone', '010-1234567'],
  ['(020) 123 4567', 'phone', '(020) 123 4567'],
  ['zijn zoon in België: +32 2 123 45 67', 'phone', '+32 2 123 45 67'],
  // IBAN, Dutch and other countries, checked with mod 97.
  ['rekening NL91 ABNA 0417 1643 00 graag', 'iban', 'NL91 ABNA 0417 1643 00'],
  ['NL91ABNA0417164300', 'iban', 'NL91ABNA0417164300'],
  ['nl91abna0417164300', 'iban', 'nl91abna0417164300'],
  ['Belgische rekening BE68 5390 0754 7034', 'iban', 'BE68 5390 0754 7034'],
  ['DE89 3704 0044 0532 0130 00', 'iban', 'DE89 3704 0044 0532 0130 00'],
  // Postcode with house number.
  ['woont op 1234 AB 12', 'postcode-house-number', '1234 AB 12'],
  ['1234AB, 12a', 'postcode-house-number', '1234AB, 12a'],
  ['3511AB 7-2', 'postcode-house-number', '3511AB 7-2'],
  ['1234ab 5', 'postcode-house-number', '1234ab 5'],
  ['Kerkstraat 12, 1234 AB Voorbeeldstad', 'postcode-house-number', '12, 1234 AB'],
  // Date of birth.
  ['12-03-1956', 'date-of-birth', '12-03-1956'],
  ['geboren 1/2/1948', 'date-of-birth', '1/2/1948'],
  ['3/4/56', 'date-of-birth', '3/4/56'],
  ['12 maart 1956', 'date-of-birth', '12 maart 1956'],
  ['1 jan. 1960', 'date-of-birth', '1 jan. 1960'],
  ['born 4 July 1976', 'date-of-birth', '4 July 1976'],
  ['1956-03-12', 'date-of-birth', '1956-03-12'],
  ['geboren op 3 april', 'date-of-birth', '3 april'],
  ['geboortedatum: 12-03-2015', 'date-of-birth', '12-03-2015'],
];

const NOT_FOUND: [why: string, text: string][] = [
  ['a question without numbers', 'ik heb schulden en weet niet waar ik heen moet'],
  ["an organisation's information number", 'bel gratis 0800-1234'],
  ["an organisation's paid number", 'de lijn 0900 1234567 is duur'],
  ["the municipality's 14 number", 'bel de gemeente op 14 0999'],
  ["another municipality's 14 number", 'gemeente 140592'],
  ['a 9-digit order number that fails the eleven-test', 'bestelnummer 123456789'],
  ['a 9-digit case number that fails the eleven-test', 'zaaknummer 987 654 321'],
  ['a 9-digit number with dots that fails the eleven-test', 'kenmerk 111.222.334'],
  ['an amount', 'de aanslag is 2000 euro'],
  ['an amount with decimals', 'ik moet € 1.234,56 terugbetalen'],
  ['a large amount with dots', 'een schuld van 12.500 euro'],
  ['a year', 'sinds 2019 geen DigiD meer'],
  ['a year range', 'toeslag 2023-2024 terugbetalen'],
  ['a time', 'afspraak om 14:30'],
  ['a time range', 'open van 9.00 tot 17.00 uur'],
  ['a postcode without a house number', 'woont in 1234 AB Voorbeeldstad'],
  ['a postcode area', 'postcode 3511 valt onder wijkteam Noord'],
  ['numbers next to a lower-case word', 'om 1500 en 3 keer bellen'],
  ['a recent date', 'brief van 12-03-2026'],
  ['a recent date with a short year', 'afspraak 3/4/26'],
  ['a date without a year', 'komt op 12 maart terug'],
  ['a recent written date', 'aanslag van 1 februari 2025'],
  ['a month and a year', 'sinds maart 1956 in Nederland'],
  ['an IBAN-like text that fails mod 97', 'NL91ABNA0417164309'],
  ['a short number', 'loket 3, nummer 42'],
  ['a house number alone', 'Kerkstraat 12'],
];

describe('findPersonalData', () => {
  it.each(FOUND)('finds in "%s" a %s: "%s"', (text, kind, match) => {
    expect(findPersonalData(text)).toEqual([{ kind, match }]);
  });

  it.each(NOT_FOUND)('lets %s through: "%s"', (_, text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('reports every piece in the order it appears', () => {
    const text = 'Jan, 06-12345678, jan@example.nl, BSN 111222333, geboren 12-03-1956, 1234 AB 12';
    expect(findPersonalData(text).map((found) => found.kind)).toEqual(['phone', 'email', 'bsn', 'date-of-birth', 'postcode-house-number']);
  });

  it('reports an IBAN once, not the digits inside it as a phone number', () => {
    expect(findPersonalData('IBAN NL02ABNA0123456789')).toEqual([{ kind: 'iban', match: 'NL02ABNA0123456789' }]);
  });

  it('never throws and stays fast on long input', () => {
    const long = '1'.repeat(10_000) + ' a@'.repeat(2_000) + ' 06'.repeat(2_000);
    const started = Date.now();
    expect(() => findPersonalData(long)).not.toThrow();
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('passesElevenTest', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
    ['12345678a', false],
  ])('%s → %s', (digits, passes) => {
    expect(passesElevenTest(digits)).toBe(passes);
  });
});

describe('passesMod97', () => {
  it.each([
    ['NL91ABNA0417164300', true],
    ['BE68539007547034', true],
    ['GB82WEST12345698765432', true],
    ['NL91ABNA0417164301', false],
  ])('%s → %s', (iban, passes) => {
    expect(passesMod97(iban)).toBe(passes);
  });
});
