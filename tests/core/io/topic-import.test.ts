import { describe, expect, it } from 'vitest';
import { planTopicImport } from '../../../core/content/topic-import';
import { topicsToCsv } from '../../../core/io/topics-csv';
import { voorbeeldstad } from '../support/voorbeeldstad';

const HEADER = 'id;domain;title_nl;title_en;counter;digitalHelp;keywords';

/** The Voorbeeldstad topics as CSV, with one line edited by `edit`. */
function editedCsv(edit: (lines: string[]) => string[]): string {
  const lines = topicsToCsv(voorbeeldstad().topics).replace(/\r\n$/, '').split('\r\n');
  return `${edit(lines).join('\r\n')}\r\n`;
}

describe('planTopicImport', () => {
  it('finds nothing to change when the file is the draft exported', () => {
    const draft = voorbeeldstad();
    expect(planTopicImport(draft, topicsToCsv(draft.topics))).toEqual({
      changes: { added: [], removed: [], changed: [] },
      errors: [],
      content: draft,
    });
  });

  it('lists added, removed and changed topics, with the changed columns', () => {
    const csv = editedCsv((lines) =>
      lines
        .map((line) => (line.startsWith('schulden;') ? line.replace(';sociaal-loket;', ';werk-inkomen;') : line))
        .filter((line) => !line.startsWith('digid-app;'))
        .concat('fietsenstalling;Stad;Fiets weg;Bike gone;burgerzaken;;fiets|weggesleept'),
    );
    const plan = planTopicImport(voorbeeldstad(), csv);
    expect(plan.errors).toEqual([]);
    expect(plan.changes).toEqual({
      added: ['fietsenstalling'],
      removed: ['digid-app'],
      changed: [{ id: 'schulden', fields: ['counter'] }],
    });
    expect(plan.content?.topics.find((topic) => topic.id === 'schulden')?.counter).toBe('werk-inkomen');
  });

  it('gives each error its row as Excel numbers it and its column', () => {
    const csv = [
      HEADER,
      'schulden;Geld;Schulden;Debts;sociaal-loket;;schuld',
      'Fout Id;Geld;Titel;Title;sociaal-loket;;x',
      'paspoort;Documenten;;Passport;loket-bestaat-niet;;paspoort',
      'schulden;Geld;Dubbel;Double;sociaal-loket;sociaal-loket;y',
    ].join('\r\n');
    const plan = planTopicImport(voorbeeldstad(), csv);
    expect(plan.content).toBeNull();
    expect(plan.errors).toEqual(
      expect.arrayContaining([
        { row: 3, column: 'id', message: expect.stringContaining('kleine letters') },
        { row: 4, column: 'title_nl', message: expect.any(String) },
        { row: 4, column: 'counter', message: 'Er is geen loket met de id "loket-bestaat-niet".' },
        { row: 5, column: 'id', message: expect.stringContaining('twee keer') },
        { row: 5, column: 'digitalHelp', message: expect.stringContaining('ander loket') },
      ]),
    );
    expect(plan.errors.every((error) => error.row > 1)).toBe(true);
  });

  it('refuses a file with only the header row', () => {
    const plan = planTopicImport(voorbeeldstad(), `${HEADER}\r\n`);
    expect(plan.errors).toEqual([{ row: 1, column: null, message: expect.stringContaining('geen onderwerpen') }]);
  });
});
