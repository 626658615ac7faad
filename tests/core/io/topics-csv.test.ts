import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../core/content/schema';
import { parseTopicsCsv, topicsToCsv } from '../../../core/io/topics-csv';
import { voorbeeldstad } from '../support/voorbeeldstad';

const HEADER = 'id;domain;title_nl;title_en;counter;digitalHelp;keywords;uplUris';

const tricky: Topic = {
  id: 'huur-en-één',
  domain: 'Geld; schulden en "toeslagen"',
  title: { nl: 'Café’s, crème brûlée en reünie', en: 'Line one\nline two; with "quotes"' },
  counter: 'sociaal-loket',
  digitalHelp: 'ido',
  keywords: ['één', 'geëmigreerd', 'd’r', 'a|b', 'back\\slash', '=SUM(A1)', 'met ; puntkomma', 'regel\nbreuk'],
};

function topicsOf(csv: string): unknown[] {
  const { rows, errors } = parseTopicsCsv(csv);
  expect(errors).toEqual([]);
  return rows.map((row) => row.topic);
}

describe('topicsToCsv', () => {
  it('starts with a UTF-8 byte order mark and the header row', () => {
    const csv = topicsToCsv([tricky]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(HEADER);
  });

  it('separates cells with ; and ends every row with CRLF', () => {
    const csv = topicsToCsv(voorbeeldstad().topics.slice(0, 2));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    expect(csv.split('\r\n')[1]).toMatch(/^digid-aanvragen;DigiD en inloggen;DigiD aanvragen;Apply for DigiD;ido;;digid\|inlogcode\|/);
  });

  it('quotes a cell with a ; a quote or a line break, doubling the quotes', () => {
    const csv = topicsToCsv([tricky]);
    expect(csv).toContain(';"Geld; schulden en ""toeslagen""";');
    expect(csv).toContain('"Line one\nline two; with ""quotes"""');
  });

  it('puts an apostrophe before a cell Excel would run as a formula', () => {
    const csv = topicsToCsv([{ ...tricky, domain: '=HYPERLINK("x")', keywords: ['-min'] }]);
    expect(csv).toContain(`;"'=HYPERLINK(""x"")";`);
    expect(csv).toContain(";'-min");
  });
});

describe('parseTopicsCsv', () => {
  it('reads back every field and character it wrote: é ë ’ ; " | \\ and line breaks', () => {
    expect(topicsOf(topicsToCsv([tricky]))).toEqual([tricky]);
  });

  it('reads back the whole Voorbeeldstad table unchanged', () => {
    const { topics } = voorbeeldstad();
    expect(topicsOf(topicsToCsv(topics))).toEqual(topics);
  });

  it('round-trips any topics, whatever characters their texts hold', () => {
    const units = fc.constantFrom(
      'a',
      'Z',
      'é',
      'ë',
      '’',
      ';',
      ',',
      '"',
      "'",
      '|',
      '\\',
      '=',
      '-',
      '+',
      '@',
      ' ',
      '\n',
      '\r\n',
      '\t',
      '😀',
    );
    const text = fc
      .string({ unit: units, minLength: 1, maxLength: 30 })
      .map((value) => value.trim())
      .filter((value) => value !== '');
    const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
    const topic = fc
      .record({
        id,
        domain: text,
        nl: text,
        en: text,
        counter: id,
        digitalHelp: fc.option(id, { nil: undefined }),
        keywords: fc.array(text, { maxLength: 5 }),
      })
      .map(({ nl, en, digitalHelp, ...rest }): Topic => ({
        ...rest,
        title: { nl, en },
        ...(digitalHelp !== undefined && { digitalHelp }),
      }));
    fc.assert(
      fc.property(fc.array(topic, { minLength: 1, maxLength: 5 }), (topics) => {
        expect(topicsOf(topicsToCsv(topics))).toEqual(topics);
      }),
    );
  });

  it('reads a file without BOM that uses , as separator', () => {
    const csv =
      'id,domain,title_nl,title_en,counter,digitalHelp,keywords\nschulden,Geld,"Schulden, geldzorgen",Debts,sociaal-loket,,schulden|geldzorgen\n';
    expect(topicsOf(csv)).toEqual([
      {
        id: 'schulden',
        domain: 'Geld',
        title: { nl: 'Schulden, geldzorgen', en: 'Debts' },
        counter: 'sociaal-loket',
        keywords: ['schulden', 'geldzorgen'],
      },
    ]);
  });

  it('accepts the columns in any order, and ignores extra columns', () => {
    const csv =
      'keywords;opmerking;counter;id;title_en;title_nl;domain;digitalHelp\r\nschuld;nakijken;sociaal-loket;schulden;Debts;Schulden;Geld;\r\n';
    expect(topicsOf(csv)).toEqual([
      { id: 'schulden', domain: 'Geld', title: { nl: 'Schulden', en: 'Debts' }, counter: 'sociaal-loket', keywords: ['schuld'] },
    ]);
  });

  it('numbers rows as Excel does, also after empty rows and cells with line breaks', () => {
    const csv = `${HEADER}\r\na;D;"Twee\r\nregels";T;ido;;\r\n;;;;;;\r\nb;D;T;T;ido;;\r\n`;
    expect(parseTopicsCsv(csv).rows.map((row) => [row.row, row.topic.id])).toEqual([
      [2, 'a'],
      [4, 'b'],
    ]);
  });

  it('names a missing column as an error in row 1', () => {
    const { errors } = parseTopicsCsv('id;domain;title_nl;title_en;keywords\r\nschulden;Geld;S;D;schuld\r\n');
    expect(errors).toEqual([
      { row: 1, column: 'counter', message: expect.stringContaining('"counter" ontbreekt') },
      { row: 1, column: 'digitalHelp', message: expect.stringContaining('"digitalHelp" ontbreekt') },
    ]);
  });

  it('names the row of a cell whose quotes are not closed', () => {
    const { errors } = parseTopicsCsv(`${HEADER}\r\na;D;T;T;ido;;\r\nb;"open;T;T;ido;;\r\n`);
    expect(errors).toContainEqual(expect.objectContaining({ row: 3, message: expect.stringContaining('aanhalingsteken') }));
  });

  it('calls an empty file empty', () => {
    expect(parseTopicsCsv('\uFEFF').errors).toEqual([{ row: 1, column: null, message: 'Het bestand is leeg.' }]);
  });
});
