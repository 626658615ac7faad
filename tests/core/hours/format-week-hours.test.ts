import { describe, expect, it } from 'vitest';
import { formatWeekHours } from '../../../core/hours';
import { bibliotheekCentrum, bibliotheekOosterhoek, stadskantoor, wijkpost, zonderTijden } from './locations';

describe('formatWeekHours', () => {
  it('joins consecutive days with the same hours', () => {
    expect(formatWeekHours(bibliotheekCentrum.hours, 'nl')).toBe('ma t/m vr 10:00–17:30, za 10:00–14:00');
    expect(formatWeekHours(bibliotheekCentrum.hours, 'en')).toBe('Mon–Fri 10:00–17:30, Sat 10:00–14:00');
  });

  it('keeps days apart that are not next to each other', () => {
    expect(formatWeekHours(bibliotheekOosterhoek.hours, 'nl')).toBe('di 13:00–17:00, do 13:00–17:00');
  });

  it('lists days in week order, breaking a run where the hours change', () => {
    expect(formatWeekHours(stadskantoor.hours, 'nl')).toBe('ma t/m wo 08:30–17:00, do 08:30–20:00, vr 08:30–17:00');
  });

  it('writes two days and two ranges with "en"', () => {
    expect(formatWeekHours(wijkpost.hours, 'nl')).toBe('ma en di 09:00–12:00 en 13:00–16:00');
    expect(formatWeekHours(wijkpost.hours, 'en')).toBe('Mon and Tue 09:00–12:00 and 13:00–16:00');
  });

  it('orders ranges by time whatever their order in the data', () => {
    const hours = [
      { days: ['mo' as const], opens: '13:00', closes: '16:00' },
      { days: ['mo' as const], opens: '09:00', closes: '12:00' },
    ];
    expect(formatWeekHours(hours, 'nl')).toBe('ma 09:00–12:00 en 13:00–16:00');
  });

  it('says so when there are no hours', () => {
    expect(formatWeekHours(zonderTijden.hours, 'nl')).toBe('geen vaste openingstijden');
    expect(formatWeekHours([], 'en')).toBe('no regular opening hours');
  });
});
