/**
 * What importing a topics CSV into a draft would do: which topics it adds, removes and changes,
 * and what is wrong, per row and column as Excel numbers them. The worker runs it for the
 * preview and the import; the admin app may run it locally for the same preview.
 *
 * The topics are validated as part of the whole content, with the schema the worker uses for a
 * draft, so an import can never store what a draft PUT would refuse.
 */
import { parseTopicsCsv, TOPIC_COLUMNS, topicCells, type CsvRowError, type TopicColumn, type TopicRow } from '../io/topics-csv';
import { parseContent } from './parse-content';
import type { Content, Topic } from './schema';

export interface TopicImportChanges {
  added: string[];
  removed: string[];
  /** The CSV columns whose cells differ from the draft's topic. */
  changed: { id: string; fields: TopicColumn[] }[];
}

export interface TopicImportReport {
  changes: TopicImportChanges;
  errors: CsvRowError[];
}

export type TopicImportPlan = TopicImportReport & {
  /** The draft with the imported topics, validated; null when there are errors. */
  content: Content | null;
};

/** "topics.3.title.nl" → index 3, column title_nl. */
function locateIssue(path: string): { index: number; column: TopicColumn | null } | null {
  const match = /^topics\.(\d+)(?:\.(\w+)(?:\.(\w+))?)?/.exec(path);
  if (!match) return null;
  const [, index = '', field, subfield] = match;
  const name = field === 'title' && subfield ? `title_${subfield}` : field;
  const column = TOPIC_COLUMNS.find((candidate) => candidate === name) ?? null;
  return { index: Number(index), column };
}

function compare(current: readonly Topic[], rows: readonly TopicRow[]): TopicImportChanges {
  const before = new Map(current.map((topic) => [topic.id, topicCells(topic)]));
  const imported = new Set(rows.map((row) => row.topic.id));
  const changes: TopicImportChanges = { added: [], removed: [], changed: [] };
  for (const { topic } of rows) {
    const old = before.get(topic.id);
    if (!old) {
      changes.added.push(topic.id);
      continue;
    }
    const cells = topicCells(topic);
    const fields = TOPIC_COLUMNS.filter((column) => cells[column] !== old[column]);
    if (fields.length > 0) changes.changed.push({ id: topic.id, fields });
  }
  changes.removed = current.map((topic) => topic.id).filter((id) => !imported.has(id));
  return changes;
}

export function planTopicImport(draft: Content, csv: string): TopicImportPlan {
  const parsedCsv = parseTopicsCsv(csv);
  const { errors } = parsedCsv;
  // A file saved before topics named their national products keeps the products they name now.
  const uplUrisById = new Map(draft.topics.flatMap((topic) => (topic.uplUris ? [[topic.id, topic.uplUris] as const] : [])));
  const rows = parsedCsv.hasUplUris
    ? parsedCsv.rows
    : parsedCsv.rows.map((row) => {
        const uplUris = uplUrisById.get(row.topic.id);
        return uplUris ? { ...row, topic: { ...row.topic, uplUris: [...uplUris] } } : row;
      });
  const changes = compare(draft.topics, rows);
  if (errors.length > 0) return { changes, errors, content: null };
  if (rows.length === 0) {
    return {
      changes,
      errors: [{ row: 1, column: null, message: 'Het bestand heeft geen onderwerpen. Zet onder de eerste rij één onderwerp per rij.' }],
      content: null,
    };
  }

  const parsed = parseContent({ ...draft, topics: rows.map((row) => row.topic) });
  if (parsed.ok) return { changes, errors: [], content: parsed.content };

  const rowErrors = parsed.issues.map((issue): CsvRowError => {
    const located = locateIssue(issue.path);
    const row = located ? rows[located.index]?.row : undefined;
    // An issue outside a row (no topics at all) belongs to the file: the header row.
    return { row: row ?? 1, column: located?.column ?? null, message: issue.message };
  });
  return { changes, errors: rowErrors, content: null };
}
