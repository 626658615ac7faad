import { describe, expect, it } from 'vitest';
import type { Content } from '../../core/content/schema';
import { validateDraft } from '../../admin/validation/validate-draft';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

function issuesOf(content: Content) {
  const result = validateDraft(content);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('validateDraft', () => {
  it('accepts the example tenant', () => {
    expect(validateDraft(voorbeeldstad()).ok).toBe(true);
  });

  it('says in B1 Dutch that an emptied title must be filled in, at the path of the field', () => {
    const content = voorbeeldstad();
    content.topics[4]!.title.nl = '   ';
    expect(issuesOf(content)).toContainEqual({ path: 'topics.4.title.nl', message: 'Vul dit veld in.' });
  });

  it('keeps the schema’s own message for a wrong time, on the closing time of that row', () => {
    const content = voorbeeldstad();
    content.locations[0]!.hours[0]!.closes = '25:00';
    expect(issuesOf(content)).toContainEqual({
      path: 'locations.0.hours.0.closes',
      message: 'Schrijf een tijd als UU:MM, bijvoorbeeld 09:30.',
    });
  });

  it('asks for at least one day in an opening-hours row', () => {
    const content = voorbeeldstad();
    content.locations[0]!.hours[0]!.days = [];
    expect(issuesOf(content)).toContainEqual({ path: 'locations.0.hours.0.days', message: 'Kies minstens één dag.' });
  });

  it('reports a topic whose counter no longer exists', () => {
    const content = voorbeeldstad();
    content.topics[0]!.counter = 'bestaat-niet';
    expect(issuesOf(content)).toContainEqual({ path: 'topics.0.counter', message: 'Er is geen loket met de id "bestaat-niet".' });
  });

  it('says how long a text may be', () => {
    const content = voorbeeldstad();
    content.counters[0]!.name = 'x'.repeat(121);
    expect(issuesOf(content)).toContainEqual({ path: 'counters.0.name', message: 'Dit is te lang. Gebruik hoogstens 120 tekens.' });
  });
});
