import { describe, expect, it } from 'vitest';
import { diffContent, summariseChanges } from '../../../core/content/diff-content';
import type { Content } from '../../../core/content/schema';
import { voorbeeldstad } from '../support/voorbeeldstad';

function edited(edit: (content: Content) => void): Content {
  const content = voorbeeldstad();
  edit(content);
  return content;
}

const topic = (content: Content, id: string) => {
  const found = content.topics.find((t) => t.id === id);
  if (!found) throw new Error(`no topic ${id}`);
  return found;
};

describe('diffContent', () => {
  it('finds no changes between equal contents', () => {
    expect(diffContent(voorbeeldstad(), voorbeeldstad())).toEqual({ summary: 'Geen wijzigingen', changes: [] });
  });

  it("names a topic's changed counter with its path, before and after", () => {
    const after = edited((content) => {
      topic(content, 'schulden').counter = 'werk-inkomen';
    });
    expect(diffContent(voorbeeldstad(), after)).toEqual({
      summary: '1 onderwerp gewijzigd',
      changes: [
        {
          section: 'topics',
          kind: 'changed',
          id: 'schulden',
          label: 'Geldzorgen of schulden',
          fields: [{ path: 'topics.schulden.counter', field: 'counter', before: 'sociaal-loket', after: 'werk-inkomen' }],
        },
      ],
    });
  });

  it('names nested fields by their path, and a keyword list as one field', () => {
    const after = edited((content) => {
      const schulden = topic(content, 'schulden');
      schulden.title.en = 'Debt';
      schulden.keywords = [...schulden.keywords, 'beslag'];
    });
    const [change] = diffContent(voorbeeldstad(), after).changes;
    expect(change?.fields.map((field) => field.path)).toEqual(['topics.schulden.title.en', 'topics.schulden.keywords']);
    expect(change?.fields[1]?.after).toContain('beslag');
  });

  it('shows changed opening hours of a location as before and after of its week', () => {
    const after = edited((content) => {
      const stadskantoor = content.locations.find((location) => location.id === 'stadskantoor');
      if (stadskantoor) stadskantoor.hours[1] = { days: ['th'], opens: '08:30', closes: '21:00' };
    });
    const { summary, changes } = diffContent(voorbeeldstad(), after);
    expect(summary).toBe('1 locatie gewijzigd');
    expect(changes[0]).toMatchObject({ section: 'locations', id: 'stadskantoor', label: 'Stadskantoor Voorbeeldstad' });
    expect(changes[0]?.fields).toEqual([
      {
        path: 'locations.stadskantoor.hours',
        field: 'hours',
        before: expect.arrayContaining([{ days: ['th'], opens: '08:30', closes: '20:00' }]),
        after: expect.arrayContaining([{ days: ['th'], opens: '08:30', closes: '21:00' }]),
      },
    ]);
  });

  it('lists added and removed items with the whole item, and counts them in the summary', () => {
    const after = edited((content) => {
      topic(content, 'schulden').counter = 'werk-inkomen';
      topic(content, 'paspoort-id-kaart').domain = 'Reisdocumenten';
      const [ido] = content.counters;
      if (ido) content.counters.push({ ...ido, id: 'formulierenhulp', name: 'Formulierenhulp' });
      content.recognitionCues = content.recognitionCues.filter((cue) => cue.id !== 'stapel-post');
    });
    const { summary, changes } = diffContent(voorbeeldstad(), after);
    expect(summary).toBe('2 onderwerpen gewijzigd, 1 loket toegevoegd, 1 herkenningssignaal verwijderd');
    expect(changes).toContainEqual(
      expect.objectContaining({
        section: 'counters',
        kind: 'added',
        id: 'formulierenhulp',
        label: 'Formulierenhulp',
        after: expect.objectContaining({ id: 'formulierenhulp' }),
      }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ section: 'recognitionCues', kind: 'removed', id: 'stapel-post', before: expect.any(Object) }),
    );
  });

  it('reports the tenant, the principles and the about text as a whole', () => {
    const after = edited((content) => {
      content.tenant.name = 'Gemeente Nieuwstad';
      content.principles = [...content.principles, 'Nieuw uitgangspunt.'];
      content.about = 'Anders';
    });
    const { summary, changes } = diffContent(voorbeeldstad(), after);
    expect(summary).toBe('Gegevens van de gemeente gewijzigd, uitgangspunten gewijzigd, toelichting gewijzigd');
    expect(changes.map((change) => [change.section, change.id, change.fields.map((field) => field.path)])).toEqual([
      ['tenant', null, ['tenant.name']],
      ['principles', null, ['principles']],
      ['about', null, ['about']],
    ]);
  });

  it('does not count a new order of the same topics as a change', () => {
    const after = edited((content) => content.topics.reverse());
    expect(diffContent(voorbeeldstad(), after).changes).toEqual([]);
  });

  it('compares drafts that are not valid content, such as a list that is missing', () => {
    const { changes } = diffContent({ topics: [] }, { topics: [{ id: 'x', title: { nl: 'X' } }], counters: 'kapot' });
    expect(changes).toEqual([expect.objectContaining({ section: 'topics', kind: 'added', id: 'x', label: 'X' })]);
  });

  it('names a field that appeared or disappeared with only after or before', () => {
    const after = edited((content) => {
      topic(content, 'schulden').digitalHelp = 'ido';
    });
    expect(diffContent(voorbeeldstad(), after).changes[0]?.fields).toEqual([
      { path: 'topics.schulden.digitalHelp', field: 'digitalHelp', after: 'ido' },
    ]);
  });
});

describe('summariseChanges', () => {
  it('uses the plural from two on', () => {
    const change = (id: string) => ({ section: 'counters' as const, kind: 'removed' as const, id, label: id, fields: [] });
    expect(summariseChanges([change('a'), change('b')])).toBe('2 loketten verwijderd');
  });
});
