import { describe, expect, it } from 'vitest';
import { codeExpiresAt, isCodeExpired, needsBetterCounter, retentionCutoff, toHour } from '../../../core/referrals/referral';

describe('referral times', () => {
  it('keeps only the hour of a moment', () => {
    expect(toHour(new Date('2026-11-28T14:37:12.345Z'))).toBe('2026-11-28T14:00:00Z');
  });

  it('lets a code expire 60 days after the hour it was made', () => {
    expect(codeExpiresAt('2026-11-28T14:00:00Z')).toBe('2027-01-27T14:00:00Z');
    expect(isCodeExpired('2026-11-28T14:00:00Z', new Date('2027-01-27T13:59:59Z'))).toBe(false);
    expect(isCodeExpired('2026-11-28T14:00:00Z', new Date('2027-01-27T14:00:00Z'))).toBe(true);
  });

  it('cuts off retention a number of calendar months back', () => {
    expect(retentionCutoff(new Date('2026-11-28T03:00:00Z'), 24)).toBe('2024-11-28T03:00:00Z');
    expect(retentionCutoff(new Date('2026-11-28T03:20:00Z'), 1)).toBe('2026-10-28T03:00:00Z');
  });

  it('asks for a better counter only with referred-on and not-for-us', () => {
    expect(['sent', 'arrived', 'helped', 'referred-on', 'not-for-us'].filter((status) => needsBetterCounter(status as never))).toEqual([
      'referred-on',
      'not-for-us',
    ]);
  });
});
