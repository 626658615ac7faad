import { describe, expect, it } from 'vitest';
import { fieldId, fieldPathOf, issuesByField, itemNameOf, routeForIssue } from '../../admin/validation/field-paths';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

describe('fieldPathOf', () => {
  it('keeps the path of a plain field', () => {
    expect(fieldPathOf('topics.3.counter')).toBe('topics.3.counter');
    expect(fieldPathOf('topics.3.title.nl')).toBe('topics.3.title.nl');
    expect(fieldPathOf('locations.0.address.postalCode')).toBe('locations.0.address.postalCode');
  });

  it('puts an issue on a list item on the field that edits the whole list', () => {
    expect(fieldPathOf('topics.3.keywords.7')).toBe('topics.3.keywords');
    expect(fieldPathOf('counters.1.helpsWith.0')).toBe('counters.1.helpsWith');
    expect(fieldPathOf('counters.1.locationIds.2')).toBe('counters.1.locationIds');
    expect(fieldPathOf('locations.2.hours.1.days.0')).toBe('locations.2.hours.1.days');
  });

  it('keeps an opening-hours row field that is not a list', () => {
    expect(fieldPathOf('locations.2.hours.1.closes')).toBe('locations.2.hours.1.closes');
  });
});

describe('fieldId', () => {
  it('turns a path into an id that is valid in a selector and a URL fragment', () => {
    expect(fieldId('topics.3.title.nl')).toBe('veld-topics-3-title-nl');
    expect(fieldId('locations.0.hours.1.days')).toMatch(/^[A-Za-z][\w-]*$/);
  });
});

describe('issuesByField', () => {
  it('groups the messages per field and drops repeated messages', () => {
    const grouped = issuesByField([
      { path: 'topics.1.keywords.0', message: 'Vul dit veld in.' },
      { path: 'topics.1.keywords.4', message: 'Vul dit veld in.' },
      { path: 'topics.1.counter', message: 'Er is geen loket met de id "x".' },
    ]);
    expect(grouped.get('topics.1.keywords')).toEqual(['Vul dit veld in.']);
    expect(grouped.get('topics.1.counter')).toEqual(['Er is geen loket met de id "x".']);
  });
});

describe('routeForIssue', () => {
  const content = voorbeeldstad();

  it('sends topic issues to the topics table', () => {
    expect(routeForIssue('topics.5.domain', content)).toEqual({ view: 'onderwerpen' });
  });

  it('opens the counter or location the issue is about', () => {
    expect(routeForIssue('counters.2.phone', content)).toEqual({ view: 'loketten', id: content.counters[2]?.id });
    expect(routeForIssue('locations.1.hours.0.opens', content)).toEqual({ view: 'locaties', id: content.locations[1]?.id });
  });

  it('sends the lists to the lists view and has no screen for the tenant settings', () => {
    expect(routeForIssue('signalCategories.0.name', content)).toEqual({ view: 'signalen' });
    expect(routeForIssue('tenant.name', content)).toBeNull();
  });
});

describe('itemNameOf', () => {
  it('names the item by the words an admin knows', () => {
    const content = voorbeeldstad();
    const index = content.topics.findIndex((topic) => topic.id === 'schulden');
    expect(itemNameOf(`topics.${index}.counter`, content)).toEqual({ section: 'topics', name: 'Geldzorgen of schulden' });
    expect(itemNameOf('tenant.name', content)).toEqual({ section: 'tenant', name: null });
  });
});
