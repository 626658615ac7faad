/** A ranked table of counts: name, number and share of the total, most first. */
import type { ComponentChildren } from 'preact';
import { DataTable } from '../components/data-table';
import { nl } from '../i18n/nl';
import { formatCount, formatShare, type CountRow } from './stats-format';

interface CountTableProps {
  id: string;
  caption: string;
  nameLabel: string;
  rows: readonly CountRow[];
  empty?: ComponentChildren;
}

export function CountTable({ id, caption, nameLabel, rows, empty = nl.figures.none }: CountTableProps) {
  return (
    <DataTable
      captionId={`${id}-caption`}
      caption={caption}
      short
      rows={rows}
      rowKey={(row) => row.id}
      empty={empty}
      columns={[
        { key: 'name', header: nameLabel, rowHeader: true, cell: (row) => row.name },
        { key: 'count', header: nl.figures.count, numeric: true, cell: (row) => formatCount(row.count) },
        { key: 'share', header: nl.figures.share, numeric: true, cell: (row) => formatShare(row.share) },
      ]}
    />
  );
}
