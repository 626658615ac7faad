import { describe, expect, it } from 'vitest';
import { tokenStatus } from '../../admin/format/token-status';
import { viewsFor } from '../../admin/routing/hash-route';

const NOW = new Date('2026-12-04T12:00:00Z');

describe('tokenStatus', () => {
  it('says a revoked token is revoked, whatever its expiry', () => {
    expect(tokenStatus({ revokedAt: '2026-12-01T09:30:00Z', expiresAt: '2027-01-01T00:00:00Z' }, NOW)).toBe(
      'Ingetrokken op 1 december 2026 om 10:30',
    );
  });

  it('says until when a token works, or that it expired', () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: '2027-03-04T11:00:00Z' }, NOW)).toBe('Tot 4 maart 2027 om 12:00');
    expect(tokenStatus({ revokedAt: null, expiresAt: '2026-12-04T11:59:00Z' }, NOW)).toBe('Verlopen op 4 december 2026 om 12:59');
  });

  it('says a token without an expiry does not expire', () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: null }, NOW)).toBe('Verloopt niet');
  });
});

describe('viewsFor', () => {
  it('shows Sleutels to publishers only', () => {
    expect(viewsFor('publisher')).toContain('sleutels');
    expect(viewsFor('editor')).not.toContain('sleutels');
    expect(viewsFor('viewer')).not.toContain('sleutels');
    expect(viewsFor('editor')).toContain('cijfers');
  });
});
