/**
 * Property tests against a reference that knows nothing of Intl: the EU summer-time rule written out
 * (UTC+2 from 01:00 UTC on the last Sunday of March until 01:00 UTC on the last Sunday of October,
 * otherwise UTC+1) and a plain string comparison of "HH:MM".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Day, OpeningHours } from '../../../core/content/schema';
import { openingStatus } from '../../../core/hours';

const DAYS: Day[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa']; // getUTCDay order

function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

function referenceWallClock(instant: Date): { day: Day; date: string; hhmm: string } {
  const year = instant.getUTCFullYear();
  const summer = instant.getTime() >= lastSundayAtOneUtc(year, 2) && instant.getTime() < lastSundayAtOneUtc(year, 9);
  const local = new Date(instant.getTime() + (summer ? 2 : 1) * 3_600_000);
  const iso = local.toISOString();
  return { day: DAYS[local.getUTCDay()] as Day, date: iso.slice(0, 10), hhmm: iso.slice(11, 16) };
}

function referenceOpenNow(hours: OpeningHours[], instant: Date): boolean {
  const { day, hhmm } = referenceWallClock(instant);
  return hours.some((range) => range.days.includes(day) && range.opens <= hhmm && hhmm < range.closes);
}

const pad = (n: number) => String(n).padStart(2, '0');
const timeArb = fc.integer({ min: 0, max: 24 * 4 }).map((quarter) => `${pad(Math.floor(quarter / 4))}:${pad((quarter % 4) * 15)}`);
const rangeArb: fc.Arbitrary<OpeningHours> = fc
  .record({
    days: fc.uniqueArray(fc.constantFrom<Day>('mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'), { minLength: 1, maxLength: 7 }),
    a: timeArb,
    b: timeArb,
  })
  .filter(({ a, b }) => a !== b)
  .map(({ days, a, b }) => ({ days, opens: a < b ? a : b, closes: a < b ? b : a }));
const hoursArb = fc.array(rangeArb, { maxLength: 4 });
const instantArb = fc.date({ min: new Date('2000-01-01T00:00Z'), max: new Date('2037-12-31T23:59Z'), noInvalidDate: true });

describe('openingStatus (property)', () => {
  it('agrees with a reference check of the Amsterdam wall clock on whether it is open now', () => {
    fc.assert(
      fc.property(hoursArb, instantArb, (hours, instant) => {
        expect(openingStatus({ hours }, instant).openNow).toBe(referenceOpenNow(hours, instant));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on the local date and weekday', () => {
    fc.assert(
      fc.property(instantArb, (instant) => {
        const { day, date } = referenceWallClock(instant);
        expect(openingStatus({ hours: [] }, instant).today).toEqual({ day, date });
      }),
      { numRuns: 2000 },
    );
  });

  it('names a next opening that is one of the ranges, within a week, and not yet passed', () => {
    fc.assert(
      fc.property(hoursArb, instantArb, (hours, instant) => {
        const status = openingStatus({ hours }, instant);
        if (status.openNow) {
          expect(status.nextOpening).toBeUndefined();
          return;
        }
        if (hours.length === 0) {
          expect(status.nextOpening).toBeUndefined();
          return;
        }
        const next = status.nextOpening;
        expect(next).toBeDefined();
        if (!next) return;
        expect(hours.some((range) => range.days.includes(next.day) && range.opens === next.opens)).toBe(true);
        const daysAhead = (Date.parse(next.date) - Date.parse(status.today.date)) / 86_400_000;
        expect(daysAhead).toBeGreaterThanOrEqual(0);
        expect(daysAhead).toBeLessThanOrEqual(7);
        if (daysAhead === 0) expect(next.opens > referenceWallClock(instant).hhmm).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
