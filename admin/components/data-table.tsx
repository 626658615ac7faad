/**
 * A read-only table described by its columns: one header row, one row per item, the cell that
 * names the row as its row header. Figures are right-aligned. It sits in a ScrollTable.
 */
import type { ComponentChildren, Ref } from 'preact';
import { ScrollTable } from './scroll-table';

export interface Column<Row> {
  key: string;
  header: ComponentChildren;
  cell: (row: Row) => ComponentChildren;
  /** A count or share: right-aligned, in tabular figures. */
  numeric?: boolean;
  /** The cell that names the row: a <th scope="row">, so screen readers say it with each cell. */
  rowHeader?: boolean;
  /** The cells' class, e.g. `cell-note` for a long text or `cell-nowrap` for a date. */
  class?: string;
  /** The language of the cells, where it is not the page's (a question as a resident typed it). */
  lang?: string;
}

export interface DataTableProps<Row> {
  /** The id of the table's visually hidden caption, which also names its scroll region. */
  captionId: string;
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  /** A class for a row that stands out, e.g. the version in use. */
  rowClass?: (row: Row) => string | undefined;
  short?: boolean;
  tableClass?: string;
  regionRef?: Ref<HTMLDivElement>;
  /** Said instead of the table when there are no rows; without it, the table shows its header only. */
  empty?: ComponentChildren;
}

function cellClass(column: { numeric?: boolean; class?: string }): string | undefined {
  return [column.numeric ? 'cell-number' : undefined, column.class].filter(Boolean).join(' ') || undefined;
}

export function DataTable<Row>({
  captionId,
  caption,
  columns,
  rows,
  rowKey,
  rowClass,
  short,
  tableClass,
  regionRef,
  empty,
}: DataTableProps<Row>) {
  if (rows.length === 0 && empty !== undefined) return <p class="table-none">{empty}</p>;
  return (
    <ScrollTable labelId={captionId} caption={caption} short={short} tableClass={tableClass} regionRef={regionRef}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" class={column.numeric ? 'cell-number' : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)} class={rowClass?.(row)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <th key={column.key} scope="row" class={cellClass(column)} lang={column.lang}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.key} class={cellClass(column)} lang={column.lang}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
