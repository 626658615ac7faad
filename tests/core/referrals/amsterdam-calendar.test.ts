import { describe, expect, it } from 'vitest';
import { amsterdamMidnight, amsterdamWeek, isoWeek } from '../../../core/referrals/amsterdam-calendar';

describe('isoWeek', () => {
  it.each([
    ['2026-11-23', '2026-W48'],
    ['2026-11-29', '2026-W48'],
    ['2026-11-30', '2026-W49'],
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2027-01-03', '2026-W53'],
    ['2021-01-03', '2020-W53'],
  ])('puts %s in %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });
});

describe('amsterdamWeek', () => {
  it('counts a stored UTC hour in the Amsterdam week: Sunday 23:00 is still the old week, Monday 00:00 the new one', () => {
    expect(amsterdamWeek('2026-11-22T22:00:00Z')).toBe('2026-W47');
    expect(amsterdamWeek('2026-11-22T23:00:00Z')).toBe('2026-W48');
  });

  it('follows summer time: Monday 00:00 is 22:00 UTC on Sunday', () => {
    expect(amsterdamWeek('2026-06-14T21:00:00Z')).toBe('2026-W24');
    expect(amsterdamWeek('2026-06-14T22:00:00Z')).toBe('2026-W25');
  });
});

describe('amsterdamMidnight', () => {
  it.each([
    ['2026-11-27', '2026-11-26T23:00:00Z'],
    ['2026-06-15', '2026-06-14T22:00:00Z'],
    ['2026-03-29', '2026-03-28T23:00:00Z'],
    ['2026-03-30', '2026-03-29T22:00:00Z'],
    ['2026-10-25', '2026-10-24T22:00:00Z'],
    ['2026-10-26', '2026-10-25T23:00:00Z'],
  ])('starts %s at %s', (date, hour) => {
    expect(amsterdamMidnight(date)).toBe(hour);
  });
});
