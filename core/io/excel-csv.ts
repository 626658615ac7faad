/**
 * CSV as Dutch Excel opens it: UTF-8 with a byte order mark (or Excel reads é as Ã©), `;`
 * between cells (Excel with Dutch regional settings uses `,` as the decimal sign), CRLF line
 * ends and one header row. Shared by every CSV export, so they all guard formulas alike.
 */
import Papa from 'papaparse';

export const BOM = '\uFEFF';

/**
 * Excel runs a cell that starts with = + - or @ as a formula. Such a cell gets a leading
 * apostrophe, which Excel hides; reading takes exactly one off again, so the round trip is exact
 * even for text that itself starts with apostrophes.
 */
const FORMULA_START = /^'*[=+\-@]/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/** The header and rows as Excel CSV, every data cell formula-guarded. */
export function toExcelCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  const data = rows.map((row) => row.map(guardFormula));
  // Papa quotes a cell only when it must: a `;`, a quote, a line break or edge spaces in it.
  const csv = Papa.unparse({ fields: [...fields], data }, { delimiter: ';', newline: '\r\n' });
  return `${BOM}${csv}\r\n`;
}
