import { describe, expect, it } from 'vitest';
import { findDigitalHelpSignal } from '../../../core/routing/digital-help-signals';

describe('findDigitalHelpSignal', () => {
  it.each([
    'Het lukt niet online',
    'ik heb geen computer',
    'ik snap de website niet',
    'Ik heb geen DigiD',
    'ik kan niet inloggen',
    'het online formulier is te moeilijk',
    'ik wil een papieren formulier',
    "I can't do it online",
    'I have no computer',
    "I don't have a smartphone",
    'het lukt me niet om online een afspraak te maken',
  ])('recognises "%s"', (question) => {
    expect(findDigitalHelpSignal(question)).not.toBeNull();
  });

  it.each(['Ik wil een paspoort aanvragen', 'ik heb schulden', 'How do I apply for a DigiD?'])('finds nothing in "%s"', (question) => {
    expect(findDigitalHelpSignal(question)).toBeNull();
  });

  it('leaves the rest of the question to find the topic with', () => {
    expect(findDigitalHelpSignal('Ik wil mijn paspoort verlengen maar ik heb geen computer')?.remainder).toBe(
      'ik wil mijn paspoort verlengen maar ik heb',
    );
    expect(findDigitalHelpSignal('paspoort aanvragen, online een afspraak maken lukt me niet')?.remainder).toBe('paspoort aanvragen');
  });
});
