import { describe, expect, it } from 'vitest';
import { findLicencePlates } from '../../../core/privacy/licence-plates';

const SIDECODES: [sidecode: number, plate: string][] = [
  [1, 'XB-12-34'],
  [2, '12-34-XB'],
  [3, '12-XB-34'],
  [4, 'XB-12-TZ'],
  [5, 'XB-TZ-12'],
  [6, '12-XB-TZ'],
  [7, '12-XBT-3'],
  [8, '1-XBT-23'],
  [9, 'XB-123-T'],
  [10, 'X-123-TZ'],
  [11, 'XBT-12-Z'],
  [12, 'X-12-BTZ'],
  [13, '1-XB-234'],
  [14, '123-XB-4'],
];

describe('findLicencePlates', () => {
  it.each(SIDECODES)('finds sidecode %i (%s) with dashes, in any case', (_sidecode, plate) => {
    expect(findLicencePlates(`auto ${plate} staat fout`)).toEqual([{ index: 5, text: plate }]);
    expect(findLicencePlates(`auto ${plate.toLowerCase()} staat fout`)).toHaveLength(1);
  });

  it.each(SIDECODES)('finds sidecode %i without dashes in capitals or after "kenteken"', (_sidecode, plate) => {
    const compact = plate.replace(/-/g, '');
    expect(findLicencePlates(`auto ${compact}`)).toEqual([{ index: 5, text: compact }]);
    expect(findLicencePlates(`kenteken ${compact.toLowerCase()}`)).toHaveLength(1);
  });

  it.each(['12-03-1956', 'WW-uitkering', 'ID-kaart', 'covid19', 'ab12cd is een code', 'groep 8', 'AB-12-34-56', 'mp3'])(
    'finds none in %j',
    (text) => {
      expect(findLicencePlates(text)).toEqual([]);
    },
  );
});
