import { afterEach, describe, expect, it } from 'vitest';
import { describeOpening, openingStatus } from '../../../core/hours';
import { bibliotheekCentrum, zondagLoket } from './locations';

const originalTz = process.env.TZ;

const DEVICE_ZONES = ['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Amsterdam'];

const INSTANTS = [
  '2026-06-16T12:00Z', // Tuesday 14:00 in Amsterdam
  '2026-06-16T15:30Z', // Tuesday 17:30: closing minute
  '2026-06-19T22:30Z', // already Saturday in Amsterdam, still Friday in UTC
  '2026-03-29T00:59Z', // just before spring forward
  '2026-03-29T01:00Z', // just after spring forward
  '2026-10-25T00:30Z', // first pass of the repeated hour
  '2026-10-25T01:30Z', // second pass of the repeated hour
];

function snapshot() {
  return INSTANTS.flatMap((instant) =>
    [bibliotheekCentrum, zondagLoket].map((location) => {
      const status = openingStatus(location, new Date(instant));
      return { instant, location: location.id, status, text: describeOpening(status, 'nl') };
    }),
  );
}

describe('opening status on a device in another time zone', () => {
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('gives the same answers whatever the process time zone is', () => {
    process.env.TZ = 'Europe/Amsterdam';
    const expected = snapshot();
    for (const zone of DEVICE_ZONES) {
      process.env.TZ = zone;
      // The switch must really take effect, or this test proves nothing.
      expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
      expect(snapshot()).toEqual(expected);
    }
  });

  it('is open at 14:00 Amsterdam time even where it is already the next day', () => {
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: Tuesday 14:00 in Amsterdam is Wednesday 02:00 there.
    expect(new Date('2026-06-16T12:00Z').getDate()).toBe(17);
    expect(openingStatus(bibliotheekCentrum, new Date('2026-06-16T12:00Z'))).toMatchObject({
      today: { day: 'tu', date: '2026-06-16' },
      openNow: true,
      closesAt: '17:30',
    });
  });
});
