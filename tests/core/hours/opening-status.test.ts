import { describe, expect, it } from 'vitest';
import { openingStatus } from '../../../core/hours';
import { bibliotheekCentrum, bibliotheekOosterhoek, stadskantoor, wijkpost, zonderTijden } from './locations';

// The week of Monday 15 June 2026; summer time, so Amsterdam is UTC+2.
describe('openingStatus', () => {
  it('is open on a weekday afternoon and says when it closes', () => {
    expect(openingStatus(bibliotheekCentrum, new Date('2026-06-16T14:00+02:00'))).toEqual({
      today: { day: 'tu', date: '2026-06-16' },
      openNow: true,
      todayHours: [{ opens: '10:00', closes: '17:30' }],
      closesAt: '17:30',
    });
  });

  it('is closed after closing time and names tomorrow morning as the next opening', () => {
    const status = openingStatus(bibliotheekCentrum, new Date('2026-06-16T18:00+02:00'));
    expect(status.openNow).toBe(false);
    expect(status.closesAt).toBeUndefined();
    expect(status.nextOpening).toEqual({ day: 'we', date: '2026-06-17', opens: '10:00' });
  });

  it('is closed before opening time and names the opening later today', () => {
    const status = openingStatus(bibliotheekCentrum, new Date('2026-06-16T08:15+02:00'));
    expect(status.openNow).toBe(false);
    expect(status.nextOpening).toEqual({ day: 'tu', date: '2026-06-16', opens: '10:00' });
  });

  it('uses the short Saturday hours', () => {
    const saturdayNoon = openingStatus(bibliotheekCentrum, new Date('2026-06-20T12:00+02:00'));
    expect(saturdayNoon).toMatchObject({ openNow: true, closesAt: '14:00', todayHours: [{ opens: '10:00', closes: '14:00' }] });

    const saturdayAfternoon = openingStatus(bibliotheekCentrum, new Date('2026-06-20T15:00+02:00'));
    expect(saturdayAfternoon.openNow).toBe(false);
    expect(saturdayAfternoon.nextOpening).toEqual({ day: 'mo', date: '2026-06-22', opens: '10:00' });
  });

  it('is closed all Sunday and opens again on Monday', () => {
    const status = openingStatus(bibliotheekCentrum, new Date('2026-06-21T11:00+02:00'));
    expect(status).toEqual({
      today: { day: 'su', date: '2026-06-21' },
      openNow: false,
      todayHours: [],
      nextOpening: { day: 'mo', date: '2026-06-22', opens: '10:00' },
    });
  });

  it('opens Oosterhoek only on Tuesday and Thursday afternoons', () => {
    const mondayAfternoon = openingStatus(bibliotheekOosterhoek, new Date('2026-06-15T14:00+02:00'));
    expect(mondayAfternoon.openNow).toBe(false);
    expect(mondayAfternoon.nextOpening).toEqual({ day: 'tu', date: '2026-06-16', opens: '13:00' });

    expect(openingStatus(bibliotheekOosterhoek, new Date('2026-06-16T14:00+02:00')).openNow).toBe(true);
    expect(openingStatus(bibliotheekOosterhoek, new Date('2026-06-17T14:00+02:00')).nextOpening).toEqual({
      day: 'th',
      date: '2026-06-18',
      opens: '13:00',
    });
    expect(openingStatus(bibliotheekOosterhoek, new Date('2026-06-18T16:59+02:00')).openNow).toBe(true);
  });

  it('looks a full week ahead when the only opening day has just passed', () => {
    const thursdayEvening = openingStatus(bibliotheekOosterhoek, new Date('2026-06-18T17:00+02:00'));
    expect(thursdayEvening.nextOpening).toEqual({ day: 'tu', date: '2026-06-23', opens: '13:00' });

    const onlyTuesdays = { hours: [{ days: ['tu' as const], opens: '13:00', closes: '17:00' }] };
    expect(openingStatus(onlyTuesdays, new Date('2026-06-16T18:00+02:00')).nextOpening).toEqual({
      day: 'tu',
      date: '2026-06-23',
      opens: '13:00',
    });
  });

  it('counts the exact minute of closing as closed and the minute of opening as open', () => {
    expect(openingStatus(bibliotheekCentrum, new Date('2026-06-16T17:29:59+02:00')).openNow).toBe(true);
    expect(openingStatus(bibliotheekCentrum, new Date('2026-06-16T17:30+02:00')).openNow).toBe(false);
    expect(openingStatus(bibliotheekCentrum, new Date('2026-06-16T09:59:59+02:00')).openNow).toBe(false);
    expect(openingStatus(bibliotheekCentrum, new Date('2026-06-16T10:00+02:00')).openNow).toBe(true);
  });

  it('keeps the Thursday late opening of the Stadskantoor apart from the other days', () => {
    expect(openingStatus(stadskantoor, new Date('2026-06-18T19:00+02:00'))).toMatchObject({ openNow: true, closesAt: '20:00' });
    expect(openingStatus(stadskantoor, new Date('2026-06-19T19:00+02:00')).openNow).toBe(false);
  });

  it('is closed during a lunch break and opens again after it', () => {
    const lunch = openingStatus(wijkpost, new Date('2026-06-15T12:30+02:00'));
    expect(lunch.openNow).toBe(false);
    expect(lunch.todayHours).toEqual([
      { opens: '09:00', closes: '12:00' },
      { opens: '13:00', closes: '16:00' },
    ]);
    expect(lunch.nextOpening).toEqual({ day: 'mo', date: '2026-06-15', opens: '13:00' });
    expect(openingStatus(wijkpost, new Date('2026-06-15T10:00+02:00')).closesAt).toBe('12:00');
  });

  it('treats ranges that adjoin as one opening', () => {
    const splitDay = {
      hours: [
        { days: ['mo' as const], opens: '12:00', closes: '17:00' },
        { days: ['mo' as const], opens: '09:00', closes: '12:00' },
      ],
    };
    const status = openingStatus(splitDay, new Date('2026-06-15T10:00+02:00'));
    expect(status.todayHours.map((range) => range.opens)).toEqual(['09:00', '12:00']);
    expect(status.closesAt).toBe('17:00');
  });

  it('is open until midnight when a range closes at 24:00', () => {
    const lateNight = { hours: [{ days: ['mo' as const], opens: '20:00', closes: '24:00' }] };
    expect(openingStatus(lateNight, new Date('2026-06-15T23:59+02:00'))).toMatchObject({ openNow: true, closesAt: '24:00' });
    expect(openingStatus(lateNight, new Date('2026-06-16T00:00+02:00')).openNow).toBe(false);
  });

  it('gives no next opening for a location without hours', () => {
    const status = openingStatus(zonderTijden, new Date('2026-06-16T14:00+02:00'));
    expect(status).toEqual({ today: { day: 'tu', date: '2026-06-16' }, openNow: false, todayHours: [] });
  });

  it('uses the Amsterdam date, not the UTC date, around midnight', () => {
    const status = openingStatus(bibliotheekCentrum, new Date('2026-06-19T22:30Z'));
    expect(status.today).toEqual({ day: 'sa', date: '2026-06-20' });
    expect(status.nextOpening).toEqual({ day: 'sa', date: '2026-06-20', opens: '10:00' });
  });

  it('crosses the turn of the year when looking ahead', () => {
    const newYearsEve = openingStatus(bibliotheekOosterhoek, new Date('2026-12-31T18:00+01:00'));
    expect(newYearsEve.nextOpening).toEqual({ day: 'tu', date: '2027-01-05', opens: '13:00' });
  });
});
