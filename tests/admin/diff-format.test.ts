import { describe, expect, it } from 'vitest';
import { diffContent } from '../../core/content/diff-content';
import { describePath, describeValue, fieldLabel, lookupIn } from '../../admin/format/diff-format';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

describe('diff wording', () => {
  const content = voorbeeldstad();
  const names = lookupIn(content);

  it('names the counters of a moved topic', () => {
    const after = structuredClone(content);
    after.topics.find((t) => t.id === 'schulden')!.counter = 'werk-inkomen';
    const [change] = diffContent(content, after).changes;
    const field = change!.fields[0]!;
    const line = `${fieldLabel(change!.section, field.field)}: ${describeValue(change!.section, field.field, field.before, names)} → ${describeValue(change!.section, field.field, field.after, names)}`;
    expect(change!.label).toBe('Geldzorgen of schulden');
    expect(line).toBe('loket: Sociaal Loket → Werk en Inkomen');
  });

  it('writes opening hours as a week and empty values as "(leeg)"', () => {
    expect(describeValue('locations', 'hours', [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }], names)).toBe(
      'ma t/m vr 09:00–17:00',
    );
    expect(describeValue('topics', 'digitalHelp', undefined, names)).toBe('(leeg)');
  });

  it('describes a conflict path in words', () => {
    expect(describePath('topics.schulden.counter', content)).toBe('Onderwerp "Geldzorgen of schulden": loket');
    expect(describePath('tenant.name', content)).toBe('Gemeente: naam');
  });
});
