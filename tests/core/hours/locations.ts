/** Locations with the weekly hours of Voorbeeldstad (../shared/domain/voorbeeldstad.json), plus test-only ones. */
import type { Location } from '../../../core/content/schema';

const address = { street: 'Teststraat 1', postalCode: '9999 ZZ', city: 'Voorbeeldstad' };

export const bibliotheekCentrum: Location = {
  id: 'bibliotheek-centrum',
  name: 'Bibliotheek Voorbeeldstad Centrum',
  address,
  hours: [
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '10:00', closes: '17:30' },
    { days: ['sa'], opens: '10:00', closes: '14:00' },
  ],
};

export const bibliotheekOosterhoek: Location = {
  id: 'bibliotheek-oosterhoek',
  name: 'Bibliotheek Oosterhoek',
  address,
  hours: [{ days: ['tu', 'th'], opens: '13:00', closes: '17:00' }],
};

export const stadskantoor: Location = {
  id: 'stadskantoor',
  name: 'Stadskantoor Voorbeeldstad',
  address,
  hours: [
    { days: ['mo', 'tu', 'we', 'fr'], opens: '08:30', closes: '17:00' },
    { days: ['th'], opens: '08:30', closes: '20:00' },
  ],
};

/** Open on Sundays, so that the DST transitions (always on a Sunday night) matter. */
export const zondagLoket: Location = {
  id: 'zondag-loket',
  name: 'Zondagloket',
  address,
  hours: [
    { days: ['su'], opens: '02:00', closes: '03:00' },
    { days: ['su'], opens: '12:00', closes: '17:00' },
  ],
};

/** A lunch break: two ranges on one day. */
export const wijkpost: Location = {
  id: 'wijkpost',
  name: 'Wijkpost',
  address,
  hours: [
    { days: ['mo', 'tu'], opens: '09:00', closes: '12:00' },
    { days: ['mo', 'tu'], opens: '13:00', closes: '16:00' },
  ],
};

export const zonderTijden: Location = { id: 'zonder-tijden', name: 'Op afspraak', address, hours: [] };
