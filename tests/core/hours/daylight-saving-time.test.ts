import { describe, expect, it } from 'vitest';
import { amsterdamTime, openingStatus } from '../../../core/hours';
import { bibliotheekCentrum, zondagLoket } from './locations';

// 2026-03-29: at 01:00 UTC the clocks go from 02:00 to 03:00 (CET → CEST).
// 2026-10-25: at 01:00 UTC the clocks go from 03:00 back to 02:00 (CEST → CET).
describe('opening status across daylight saving time', () => {
  it('reads the wall clock just before and after spring forward', () => {
    expect(amsterdamTime(new Date('2026-03-29T00:59Z'))).toEqual({ day: 'su', date: '2026-03-29', minutes: 1 * 60 + 59 });
    expect(amsterdamTime(new Date('2026-03-29T01:00Z'))).toEqual({ day: 'su', date: '2026-03-29', minutes: 3 * 60 });
  });

  it('reads the repeated hour after fall back twice', () => {
    expect(amsterdamTime(new Date('2026-10-25T00:30Z')).minutes).toBe(2 * 60 + 30);
    expect(amsterdamTime(new Date('2026-10-25T01:30Z')).minutes).toBe(2 * 60 + 30);
    expect(amsterdamTime(new Date('2026-10-25T02:00Z')).minutes).toBe(3 * 60);
  });

  it('skips the missing hour in spring: closed at 01:59, and 02:00-03:00 never happens', () => {
    const before = openingStatus(zondagLoket, new Date('2026-03-29T00:59Z'));
    expect(before.openNow).toBe(false);
    expect(before.nextOpening).toEqual({ day: 'su', date: '2026-03-29', opens: '02:00' });

    // One minute later the wall clock reads 03:00: the 02:00-03:00 range is already over.
    const after = openingStatus(zondagLoket, new Date('2026-03-29T01:00Z'));
    expect(after.openNow).toBe(false);
    expect(after.nextOpening).toEqual({ day: 'su', date: '2026-03-29', opens: '12:00' });
  });

  it('is open in both passes of the repeated hour in autumn and closed after it', () => {
    expect(openingStatus(zondagLoket, new Date('2026-10-25T00:30Z')).openNow).toBe(true);
    expect(openingStatus(zondagLoket, new Date('2026-10-25T01:30Z')).openNow).toBe(true);
    expect(openingStatus(zondagLoket, new Date('2026-10-25T01:59Z')).openNow).toBe(true);
    expect(openingStatus(zondagLoket, new Date('2026-10-25T02:00Z')).openNow).toBe(false);
  });

  it('uses summer time on the afternoon after spring forward', () => {
    // 10:30 UTC is 12:30 CEST: open. Under winter time it would still be 11:30, closed.
    expect(openingStatus(zondagLoket, new Date('2026-03-29T10:30Z'))).toMatchObject({ openNow: true, closesAt: '17:00' });
    // 15:00 UTC is 17:00 CEST: closed. Under winter time it would be 16:00, open.
    expect(openingStatus(zondagLoket, new Date('2026-03-29T15:00Z')).openNow).toBe(false);
  });

  it('uses winter time on the afternoon after fall back', () => {
    // 15:30 UTC is 16:30 CET: open. Under summer time it would be 17:30, closed.
    expect(openingStatus(zondagLoket, new Date('2026-10-25T15:30Z')).openNow).toBe(true);
    // 10:30 UTC is 11:30 CET: closed. Under summer time it would be 12:30, open.
    expect(openingStatus(zondagLoket, new Date('2026-10-25T10:30Z')).openNow).toBe(false);
  });

  it('names Monday 10:00 as the next opening of a weekday location on both transition nights', () => {
    for (const instant of ['2026-03-29T00:59Z', '2026-03-29T01:00Z', '2026-10-25T00:59Z', '2026-10-25T01:00Z']) {
      const status = openingStatus(bibliotheekCentrum, new Date(instant));
      expect(status.openNow).toBe(false);
      expect(status.nextOpening?.opens).toBe('10:00');
      expect(status.nextOpening?.day).toBe('mo');
    }
  });

  it('opens on the Monday after spring forward at 10:00 summer time (08:00 UTC)', () => {
    expect(openingStatus(bibliotheekCentrum, new Date('2026-03-30T07:59Z')).openNow).toBe(false);
    expect(openingStatus(bibliotheekCentrum, new Date('2026-03-30T08:00Z')).openNow).toBe(true);
  });

  it('opens on the Monday after fall back at 10:00 winter time (09:00 UTC)', () => {
    expect(openingStatus(bibliotheekCentrum, new Date('2026-10-26T08:59Z')).openNow).toBe(false);
    expect(openingStatus(bibliotheekCentrum, new Date('2026-10-26T09:00Z')).openNow).toBe(true);
  });
});
