import { describe, expect, it } from 'vitest';
import { describeOpening, openingStatus } from '../../../core/hours';
import { bibliotheekCentrum, bibliotheekOosterhoek, wijkpost, zonderTijden } from './locations';

const at = (location: Parameters<typeof openingStatus>[0], instant: string) => openingStatus(location, new Date(instant));

describe('describeOpening', () => {
  it('says until when it is open', () => {
    const status = at(bibliotheekCentrum, '2026-06-16T14:00+02:00');
    expect(describeOpening(status, 'nl')).toBe('Nu open tot 17:30');
    expect(describeOpening(status, 'en')).toBe('Open now until 17:30');
  });

  it('names tomorrow after closing time', () => {
    const status = at(bibliotheekCentrum, '2026-06-16T18:00+02:00');
    expect(describeOpening(status, 'nl')).toBe('Nu gesloten. Open morgen om 10:00');
    expect(describeOpening(status, 'en')).toBe('Closed now. Opens tomorrow at 10:00');
  });

  it('says today before opening time and after a lunch break', () => {
    expect(describeOpening(at(bibliotheekCentrum, '2026-06-16T08:00+02:00'), 'nl')).toBe('Nu gesloten. Open vandaag om 10:00');
    expect(describeOpening(at(wijkpost, '2026-06-15T12:30+02:00'), 'en')).toBe('Closed now. Opens today at 13:00');
  });

  it('names the weekday when the next opening is further away', () => {
    const sunday = at(bibliotheekOosterhoek, '2026-06-21T11:00+02:00');
    expect(describeOpening(sunday, 'nl')).toBe('Nu gesloten. Open dinsdag om 13:00');
    expect(describeOpening(sunday, 'en')).toBe('Closed now. Opens Tuesday at 13:00');
  });

  it('says next week when the next opening is the same weekday a week later', () => {
    const onlyTuesdays = { hours: [{ days: ['tu' as const], opens: '13:00', closes: '17:00' }] };
    const status = at(onlyTuesdays, '2026-06-16T18:00+02:00');
    expect(describeOpening(status, 'nl')).toBe('Nu gesloten. Open volgende week dinsdag om 13:00');
    expect(describeOpening(status, 'en')).toBe('Closed now. Opens next Tuesday at 13:00');
  });

  it('says so when there are no opening hours', () => {
    const status = at(zonderTijden, '2026-06-16T14:00+02:00');
    expect(describeOpening(status, 'nl')).toBe('Geen vaste openingstijden bekend');
    expect(describeOpening(status, 'en')).toBe('No regular opening hours known');
  });
});
