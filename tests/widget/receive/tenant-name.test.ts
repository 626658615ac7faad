import { describe, expect, it } from 'vitest';
import { tenantIdFromName } from '../../../widget/receive/tenant-name';

describe('tenantIdFromName: the municipality as staff type it becomes its tenant id', () => {
  it.each([
    ['Voorbeeldstad', 'voorbeeldstad'],
    ['Gemeente Voorbeeldstad', 'voorbeeldstad'],
    ['  gemeente   voorbeeldstad ', 'voorbeeldstad'],
    ['Súdwest-Fryslân', 'sudwest-fryslan'],
    ["'s-Hertogenbosch", 's-hertogenbosch'],
    ['Bergen (NH)', 'bergen-nh'],
    ['voorbeeldstad', 'voorbeeldstad'],
  ])('%s → %s', (typed, id) => {
    expect(tenantIdFromName(typed)).toBe(id);
  });

  it('gives nothing for text without letters or digits, or longer than an id may be', () => {
    expect(tenantIdFromName(' -- ')).toBe('');
    expect(tenantIdFromName('a'.repeat(65))).toBe('');
  });
});
