import { describe, expect, it } from 'vitest';
import { reduceFreeText, tenantWords } from '../../../core/privacy';
import data from '../../../data/voorbeeldstad.json';
import { PERSONAL_QUESTIONS } from './fixtures/personal-questions';
import { PLAIN_QUESTIONS } from './fixtures/plain-questions';

const REQUIRED_RATE = 0.98;
const voorbeeldstad = { tenantWords: tenantWords(data) };

describe('reduceFreeText on the two sets', () => {
  it('keeps at least 98% of the plain questions word for word', () => {
    const changed = PLAIN_QUESTIONS.map((question) => ({ question, reduced: reduceFreeText(question, voorbeeldstad) })).filter(
      ({ question, reduced }) => reduced !== question,
    );
    const rate = 1 - changed.length / PLAIN_QUESTIONS.length;
    expect(PLAIN_QUESTIONS.length).toBeGreaterThanOrEqual(100);
    expect(rate, `changed: ${JSON.stringify(changed, null, 1)}`).toBeGreaterThanOrEqual(REQUIRED_RATE);
  });

  it('removes at least 98% of the names, streets and plates of the personal set', () => {
    const pieces = PERSONAL_QUESTIONS.flatMap(({ text, personal }) => {
      const reduced = reduceFreeText(text, voorbeeldstad);
      return personal.map((piece) => ({ piece, reduced, gone: !reduced.includes(piece) }));
    });
    const missed = pieces.filter(({ gone }) => !gone);
    expect(PERSONAL_QUESTIONS.length).toBeGreaterThanOrEqual(100);
    expect(1 - missed.length / pieces.length, `missed: ${JSON.stringify(missed, null, 1)}`).toBeGreaterThanOrEqual(REQUIRED_RATE);
  });

  it('changes nothing when it reduces a reduced text again', () => {
    for (const text of [...PLAIN_QUESTIONS, ...PERSONAL_QUESTIONS.map((question) => question.text)]) {
      const once = reduceFreeText(text, voorbeeldstad);
      expect(reduceFreeText(once, voorbeeldstad)).toBe(once);
    }
  });
});

describe('reduceFreeText', () => {
  it.each([
    ['mevrouw Bakker van de Kerkstraat wil haar kat laten chippen', '[naam] van de [adres] wil haar kat laten chippen'],
    ['mevrouw De Boer komt morgen langs', '[naam] komt morgen langs'],
    ['meneer Van den Berg woont aan de Dorpsstraat 14b', '[naam] woont aan de [adres]'],
    ['ik ben Fatima en ik wil Nederlands leren', 'ik ben [naam] en ik wil Nederlands leren'],
    ['Jan de Vries wil zijn rijbewijs verlengen', '[naam] wil zijn rijbewijs verlengen'],
    ['mevrouw Hoekstra woont aan de Burgemeester de Withstraat 3', '[naam] woont aan de [adres]'],
    ['ik woon Mient 4', 'ik woon [adres]'],
    ['de auto met kenteken gz-743-k staat er al weken', 'de auto met kenteken [kenteken] staat er al weken'],
  ])('reduces %j', (text, reduced) => {
    expect(reduceFreeText(text)).toBe(reduced);
  });

  it.each([
    'kan ik hier een kano huren',
    'mijn moeder is overleden',
    'ik woon in de binnenstad',
    'ik woon in Amsterdam-Noord',
    'mevrouw wil een paspoort',
  ])('keeps %j', (text) => {
    expect(reduceFreeText(text)).toBe(text);
  });

  it('never takes a word of the tenant’s own content for a name', () => {
    const text = 'ik moet naar het Kwaakhuis';
    expect(reduceFreeText(text)).toBe('ik moet naar het [naam]');
    expect(reduceFreeText(text, { tenantWords: new Set(['kwaakhuis']) })).toBe(text);
  });

  it('reduces a street even when a counter of the tenant is on it', () => {
    expect(reduceFreeText('ze woont aan het Marktplein', voorbeeldstad)).toBe('ze woont aan het [adres]');
  });

  it('puts a marker in place of each structured identifier', () => {
    expect(reduceFreeText('BSN 111222333, mail jan@example.nl of bel 06-12345678')).toBe('BSN [bsn], mail [e-mail] of bel [telefoon]');
    expect(reduceFreeText('geboren op 3 mei 1956, woont op 1234 AB 12')).toBe('geboren op [geboortedatum], woont op [adres]');
    expect(reduceFreeText('rekening NL91ABNA0417164300')).toBe('rekening [iban]');
  });

  it.each([
    ['jan.jansen(at)gmail.com', '[e-mail]'],
    ['jan [at] gmail [punt] com', '[e-mail]'],
    ['mail jan punt jansen at gmail punt com', 'mail [e-mail]'],
    ['jan＠example.nl', '[e-mail]'],
    ['bel ０６１２３４５６７８', 'bel [telefoon]'],
    ['bel 06\u200B1234\u200B5678', 'bel [telefoon]'],
  ])('sees through the disguise of %j', (text, reduced) => {
    expect(reduceFreeText(text)).toBe(reduced);
  });
});
