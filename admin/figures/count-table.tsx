/** A ranked table of counts: name, number and share of the total, most first. */
import type { ComponentChildren } from 'preact';
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
  if (rows.length === 0) return <p class="figures-empty">{empty}</p>;
  return (
    <div class="table-scroll table-scroll-short" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table class="table">
        <caption id={`${id}-caption`} class="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{nameLabel}</th>
            <th scope="col" class="cell-number">
              {nl.figures.count}
            </th>
            <th scope="col" class="cell-number">
              {nl.figures.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td class="cell-number">{formatCount(row.count)}</td>
              <td class="cell-number">{formatShare(row.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
