/**
 * The division-of-tasks table as CSV that Dutch Excel opens as it is: `;` between cells (Excel
 * with Dutch regional settings uses `,` as the decimal sign), UTF-8 with a byte order mark (or
 * Excel reads é as Ã©), CRLF line ends and one header row.
 *
 * Reading accepts what Excel and other tools save: with or without the BOM, `;` or `,`.
 * This module only converts; validating the topics is the caller's job (see
 * core/content/topic-import.ts), so it stays free of zod and runs anywhere.
 */
import Papa from 'papaparse';
import type { Topic } from '../content/schema';
import { BOM, toExcelCsv, unguardFormula } from './excel-csv';

export const TOPIC_COLUMNS = ['id', 'domain', 'title_nl', 'title_en', 'counter', 'digitalHelp', 'keywords', 'uplUris'] as const;
export type TopicColumn = (typeof TOPIC_COLUMNS)[number];
/** Files saved before topics named their national products lack this column; they still import. */
const OPTIONAL_COLUMNS: ReadonlySet<TopicColumn> = new Set(['uplUris']);
export type TopicCells = Record<TopicColumn, string>;

const KEYWORD_SEPARATOR = '|';

/** A topic as read from one row, before validation. */
export interface TopicRow {
  /** The row number Excel shows: the header is row 1. */
  row: number;
  topic: {
    id: string;
    domain: string;
    title: { nl: string; en: string };
    counter: string;
    digitalHelp?: string;
    keywords: string[];
    uplUris?: string[];
  };
}

export interface CsvRowError {
  /** The row number Excel shows: the header is row 1. */
  row: number;
  /** The column the problem is in, or null when it concerns the whole row or file. */
  column: TopicColumn | null;
  message: string;
}

export interface ParsedTopicsCsv {
  rows: TopicRow[];
  errors: CsvRowError[];
  /** Whether the file has the optional uplUris column; without it the topics keep theirs (topic-import.ts). */
  hasUplUris: boolean;
}

/** Keywords share one cell, split by `|`; a `|` or `\` inside a keyword is escaped with `\`. */
function joinKeywords(keywords: readonly string[]): string {
  return keywords.map((keyword) => keyword.replace(/[\\|]/g, (char) => `\\${char}`)).join(KEYWORD_SEPARATOR);
}

function splitKeywords(cell: string): string[] {
  const keywords: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const char = cell.charAt(i);
    if (char === '\\' && i + 1 < cell.length) {
      current += cell.charAt(++i);
    } else if (char === KEYWORD_SEPARATOR) {
      keywords.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  keywords.push(current);
  return keywords.map((keyword) => keyword.trim()).filter((keyword) => keyword !== '');
}

/** One topic as the cells of its row, unescaped: also what an import preview compares. */
export function topicCells(topic: TopicRow['topic'] | Topic): TopicCells {
  return {
    id: topic.id,
    domain: topic.domain,
    title_nl: topic.title.nl,
    title_en: topic.title.en,
    counter: topic.counter,
    digitalHelp: topic.digitalHelp ?? '',
    keywords: joinKeywords(topic.keywords),
    uplUris: joinKeywords(topic.uplUris ?? []),
  };
}

/**
 * Export only: the counter's name beside its id, so the file reads like the admin's screens.
 * Import takes the ids and ignores these columns (extra columns are ignored), so a file with or
 * without them imports the same, and renaming a counter in the sheet changes nothing.
 */
export const COUNTER_NAME_COLUMNS = { counter: 'counter_name', digitalHelp: 'digitalHelp_name' } as const;

/** The export's columns: with counters given, each counter id column is followed by its name column. */
function exportColumns(withNames: boolean): string[] {
  return TOPIC_COLUMNS.flatMap((column) =>
    withNames && (column === 'counter' || column === 'digitalHelp') ? [column, COUNTER_NAME_COLUMNS[column]] : [column],
  );
}

export function topicsToCsv(topics: readonly Topic[], counters?: readonly { id: string; name: string }[]): string {
  const nameOf = new Map(counters?.map((counter) => [counter.id, counter.name]));
  return toExcelCsv(
    exportColumns(counters !== undefined),
    topics.map((topic) => {
      const cells = topicCells(topic);
      return TOPIC_COLUMNS.flatMap((column) =>
        counters !== undefined && (column === 'counter' || column === 'digitalHelp')
          ? [cells[column], nameOf.get(cells[column]) ?? '']
          : [cells[column]],
      );
    }),
  );
}

/** The separator the header row uses: Excel's `;`, or `,` from other tools. */
function detectDelimiter(text: string): ';' | ',' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes(';') || !header.includes(',') ? ';' : ',';
}

function columnIndexes(header: readonly string[]): { indexes: Map<TopicColumn, number>; errors: CsvRowError[] } {
  const normalised = header.map((name) => name.trim().toLowerCase());
  const indexes = new Map<TopicColumn, number>();
  const errors: CsvRowError[] = [];
  for (const column of TOPIC_COLUMNS) {
    const index = normalised.indexOf(column.toLowerCase());
    if (index === -1 && !OPTIONAL_COLUMNS.has(column))
      errors.push({ row: 1, column, message: `De kolom "${column}" ontbreekt in de eerste rij.` });
    else if (index === -1) continue;
    else indexes.set(column, index);
  }
  return { indexes, errors };
}

/**
 * Reads topics from CSV text. Rows that are empty (Excel often saves a few `;;;;;;` lines) are
 * skipped without shifting the numbering; extra columns are ignored, so a notes column may stay.
 */
export function parseTopicsCsv(text: string): ParsedTopicsCsv {
  const input = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  if (input.trim() === '') return { rows: [], errors: [{ row: 1, column: null, message: 'Het bestand is leeg.' }], hasUplUris: false };

  const parsed = Papa.parse<string[]>(input, { delimiter: detectDelimiter(input), header: false, skipEmptyLines: false });
  const errors: CsvRowError[] = parsed.errors.map((error) => ({
    row: (error.row ?? 0) + 1,
    column: null,
    message:
      error.type === 'Quotes'
        ? 'Er mist een aanhalingsteken (") in deze rij. Controleer de cellen met tekst tussen aanhalingstekens.'
        : 'Deze rij kan niet worden gelezen.',
  }));

  const [header = [], ...records] = parsed.data;
  const columns = columnIndexes(header);
  errors.push(...columns.errors);
  const hasUplUris = columns.indexes.has('uplUris');
  if (columns.errors.length > 0) return { rows: [], errors, hasUplUris };

  const rows: TopicRow[] = [];
  records.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const cell = (column: TopicColumn) => unguardFormula((record[columns.indexes.get(column) ?? -1] ?? '').trim());
    const digitalHelp = cell('digitalHelp');
    const uplUris = splitKeywords(cell('uplUris'));
    rows.push({
      row: index + 2,
      topic: {
        id: cell('id'),
        domain: cell('domain'),
        title: { nl: cell('title_nl'), en: cell('title_en') },
        counter: cell('counter'),
        ...(digitalHelp !== '' && { digitalHelp }),
        keywords: splitKeywords(cell('keywords')),
        ...(uplUris.length > 0 && { uplUris }),
      },
    });
  });
  return { rows, errors, hasUplUris };
}
