import { describe, expect, it } from 'vitest';
import type { Advice } from '../../core/api/route-response';
import { codeGroups, compactCode, isCodeShaped } from '../../widget/referral/code';
import { deskKey, rememberDesk, rememberedDesk } from '../../widget/referral/desk-memory';
import { qrPath } from '../../widget/referral/qr';
import { noteProblem, referralRequest } from '../../widget/referral/referral';

const advice: Advice & { topicId: string } = {
  basis: 'table',
  topicId: 'schulden',
  counterId: 'sociaal-loket',
  digitalHelp: false,
  reason: 'Schulden horen bij het Sociaal Loket.',
  product: null,
};
const desks = [
  { id: 'algemene-balie', name: 'Algemene balie' },
  { id: 'burgerzaken', name: 'Burgerzaken' },
];

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

describe('the referral the desk posts', () => {
  it('takes topic, counter and digital help from the advice, and leaves out what is empty', () => {
    expect(referralRequest(advice, 'algemene-balie', [], '  ')).toEqual({
      topicId: 'schulden',
      counterId: 'sociaal-loket',
      sourceDeskId: 'algemene-balie',
      digitalHelp: false,
    });
  });

  it('adds signal categories and the trimmed note', () => {
    expect(referralRequest({ ...advice, digitalHelp: true }, 'burgerzaken', ['digid-probleem'], ' brief van DUO \n')).toEqual({
      topicId: 'schulden',
      counterId: 'sociaal-loket',
      sourceDeskId: 'burgerzaken',
      digitalHelp: true,
      signalIds: ['digid-probleem'],
      note: 'brief van DUO',
    });
  });

  it('never sends the question text or the advice reason', () => {
    const body = JSON.stringify(referralRequest(advice, 'algemene-balie', [], ''));
    expect(body).not.toContain('Schulden horen');
  });
});

describe('the note check before sending', () => {
  it.each([
    ['BSN 111222333', 'bsn'],
    ['mail jan@example.nl', 'email'],
    ['bel 06-12345678', 'phone'],
    ['NL91 ABNA 0417 1643 00', 'iban'],
  ])('refuses "%s" and says what it found', (note, found) => {
    expect(noteProblem(note)).toEqual({ kind: 'personal-data', found });
  });

  it('accepts a note without personal data, and an empty one', () => {
    expect(noteProblem('brief van de Belastingdienst niet begrepen')).toBeNull();
    expect(noteProblem('')).toBeNull();
  });

  it('refuses more than 280 characters', () => {
    expect(noteProblem('a'.repeat(281))).toEqual({ kind: 'too-long' });
    expect(noteProblem('a'.repeat(280))).toBeNull();
  });
});

describe('referral codes', () => {
  it('reads a typed code in any case, with or without hyphen and spaces', () => {
    expect(compactCode(' k7m2x-r9pqz ')).toBe('K7M2XR9PQZ');
    expect(compactCode('K7M2X R9PQZ')).toBe('K7M2XR9PQZ');
    expect(isCodeShaped('k7m2x-r9pqz')).toBe(true);
    expect(isCodeShaped('K7M')).toBe(false);
    expect(isCodeShaped('')).toBe(false);
  });

  it('shows the groups the API wrote', () => {
    expect(codeGroups('K7M2X-R9PQZ')).toEqual(['K7M2X', 'R9PQZ']);
  });
});

describe('the desk this browser belongs to', () => {
  it('is remembered per tenant under a namespaced key', () => {
    const storage = memoryStorage();
    rememberDesk(storage, 'voorbeeldstad', 'burgerzaken');
    expect(storage.map.get(deskKey('voorbeeldstad'))).toBe('burgerzaken');
    expect(deskKey('voorbeeldstad')).toBe('loketwijzer:voorbeeldstad:source-desk');
    expect(rememberedDesk(storage, 'voorbeeldstad', desks)).toBe('burgerzaken');
    expect(rememberedDesk(storage, 'anderstad', desks)).toBe('');
  });

  it('forgets a desk the tenant no longer has', () => {
    const storage = memoryStorage();
    rememberDesk(storage, 'voorbeeldstad', 'opgeheven-balie');
    expect(rememberedDesk(storage, 'voorbeeldstad', desks)).toBe('');
  });

  it('carries on when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(() => rememberDesk(blocked, 'voorbeeldstad', 'burgerzaken')).not.toThrow();
    expect(rememberedDesk(blocked, 'voorbeeldstad', desks)).toBe('');
    expect(rememberedDesk(null, 'voorbeeldstad', desks)).toBe('');
  });
});

describe('the QR code path', () => {
  it('draws one unit square per dark module', () => {
    expect(
      qrPath([
        [true, false],
        [false, true],
      ]),
    ).toBe('M0 0h1v1h-1zM1 1h1v1h-1z');
  });
});
