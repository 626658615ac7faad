import { describe, expect, it } from 'vitest';
import { PERSONAL_DATA_KINDS, personalDataMessage } from '../../../core/privacy';

describe('personalDataMessage', () => {
  it('tells in Dutch B1 which kind was found and why it must go', () => {
    expect(personalDataMessage('bsn', 'nl')).toBe('Er staat een BSN in de notitie. Haal het weg; een BSN mag niet worden opgeslagen.');
    expect(personalDataMessage('phone')).toBe(
      'Er staat een telefoonnummer in de notitie. Haal het weg; een telefoonnummer mag niet worden opgeslagen.',
    );
  });

  it('has a Dutch and an English message for every kind', () => {
    for (const kind of PERSONAL_DATA_KINDS) {
      expect(personalDataMessage(kind, 'nl')).toMatch(/^Er staat .+ in de notitie\. Haal het weg; .+ mag niet worden opgeslagen\.$/);
      expect(personalDataMessage(kind, 'en')).toMatch(/^The note contains .+\. Please remove it; .+ may not be stored\.$/);
    }
  });
});
