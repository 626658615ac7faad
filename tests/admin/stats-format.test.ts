import { describe, expect, it } from 'vitest';
import {
  categoryTrends,
  ceilingNotice,
  csvFileName,
  defaultRange,
  formatDay,
  formatShare,
  misrouteRows,
  namesFrom,
  rankCounts,
  signalsByDomain,
  weekSeries,
  weeksBetween,
} from '../../admin/figures/stats-format';
import { isoWeek } from '../../core/referrals/amsterdam-calendar';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

const names = namesFrom([voorbeeldstad()]);

describe('names instead of ids', () => {
  it('takes counter, topic, desk and category names from the content', () => {
    expect(names.counter('sociaal-loket')).toBe('Sociaal Loket');
    expect(names.desk('klantcontactcentrum')).toBe('Klantcontactcentrum (telefoon)');
    expect(names.category('digid-probleem')).toBe('Probleem met DigiD of inloggen');
    expect(names.topic('schulden')).not.toBe('schulden');
  });

  it('prefers the draft and falls back to the published content, then to the id', () => {
    const both = namesFrom([
      { counters: [{ id: 'ido', name: 'IDO (nieuw)' }] },
      {
        counters: [
          { id: 'ido', name: 'IDO' },
          { id: 'oud-loket', name: 'Oud loket' },
        ],
      },
    ]);
    expect(both.counter('ido')).toBe('IDO (nieuw)');
    expect(both.counter('oud-loket')).toBe('Oud loket');
    expect(both.counter('onbekend')).toBe('onbekend');
  });
});

describe('ranked tables', () => {
  it('sorts most first, ties by name, and leaves out zeros', () => {
    const rows = rankCounts({ 'sociaal-loket': 3, ido: 3, burgerzaken: 5, taalhuis: 0 }, names.counter);
    expect(rows.map((row) => [row.name, row.count])).toEqual([
      ['Burgerzaken', 5],
      ['Informatiepunt Digitale Overheid', 3],
      ['Sociaal Loket', 3],
    ]);
    expect(formatShare(rows[0]!.share)).toBe('45%');
  });
});

describe('weeks', () => {
  it('numbers weeks as ISO 8601 does, also around new year', () => {
    expect(isoWeek('2026-11-28')).toBe('2026-W48');
    expect(isoWeek('2026-06-16')).toBe('2026-W25');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });

  it('lists every week of the range, with zero for weeks without referrals', () => {
    expect(weeksBetween('2026-11-02', '2026-11-28')).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    const series = weekSeries({ '2026-W46': 4 }, '2026-11-02', '2026-11-28');
    expect(series.map((point) => point.count)).toEqual([0, 4, 0, 0]);
    expect(series[1]?.label).toBe('week 46');
  });

  it('adds the year to the labels when the range crosses a new year', () => {
    expect(weekSeries({}, '2026-12-21', '2027-01-10').map((point) => point.label)).toEqual([
      'week 52 (2026)',
      'week 53 (2026)',
      'week 1 (2027)',
    ]);
  });

  it('defaults to the 12 weeks up to today in Amsterdam', () => {
    // 23:30 UTC on 28 November is already 29 November in Amsterdam.
    expect(defaultRange(new Date('2026-11-28T23:30:00Z'))).toEqual({ from: '2026-09-07', to: '2026-11-29' });
    expect(weeksBetween('2026-09-07', '2026-11-29')).toHaveLength(12);
  });
});

describe('signals and misroutes', () => {
  it('groups signal categories per domain, busiest domain first, top three each', () => {
    const rows = signalsByDomain(
      {
        Inkomen: { 'brief-onduidelijk': 2, 'digid-probleem': 1 },
        Identiteit: { 'digid-probleem': 5, anders: 1, 'website-onduidelijk': 1, 'brief-onduidelijk': 1 },
        Leeg: {},
      },
      names,
    );
    expect(rows.map((row) => [row.domain, row.total, row.top.length])).toEqual([
      ['Identiteit', 8, 3],
      ['Inkomen', 3, 2],
    ]);
    expect(rows[0]?.top[0]?.name).toBe('Probleem met DigiD of inloggen');
  });

  it('follows the top categories week by week', () => {
    const trends = categoryTrends(
      { '2026-W47': { 'digid-probleem': 2 }, '2026-W48': { 'digid-probleem': 1, anders: 1 } },
      ['2026-W46', '2026-W47', '2026-W48'],
      names,
    );
    expect(trends[0]).toEqual({ id: 'digid-probleem', name: 'Probleem met DigiD of inloggen', total: 3, perWeek: [0, 2, 1] });
  });

  it('names both counters of a misroute and shows its share as a percentage', () => {
    const rows = misrouteRows(
      [
        { fromCounterId: 'ido', toCounterId: 'burgerzaken', notForUs: 1, referredOn: 0, total: 1, share: 0.1 },
        { fromCounterId: 'sociaal-loket', toCounterId: 'werk-inkomen', notForUs: 2, referredOn: 1, total: 3, share: 0.25 },
      ],
      names,
    );
    expect(rows[0]).toEqual({ from: 'Sociaal Loket', to: 'Werk en Inkomen', notForUs: 2, referredOn: 1, total: 3, share: '25%' });
  });

  it('writes days the Dutch way', () => {
    expect(formatDay('2026-11-28')).toBe('28 november 2026');
  });

  it('names the CSV after the tenant and the range', () => {
    expect(csvFileName('voorbeeldstad', '2026-09-07', '2026-11-29')).toBe('loketwijzer-cijfers-voorbeeldstad-2026-09-07-2026-11-29.csv');
  });
});

describe('ceilingNotice', () => {
  it('says "vandaag meer dan N signalen: mogelijk misbruik" for today', () => {
    expect(ceilingNotice({ date: '2026-12-04', kind: 'signal', ceiling: 1000 }, '2026-12-04')).toMatch(
      /^Vandaag meer dan 1\.000 signalen: mogelijk misbruik\./,
    );
  });

  it('names the day for an earlier day, and the kind in words', () => {
    expect(ceilingNotice({ date: '2026-12-01', kind: 'referral', ceiling: 1000 }, '2026-12-04')).toMatch(
      /^Op 1 december 2026 meer dan 1\.000 verwijzingen: mogelijk misbruik\./,
    );
  });
});
