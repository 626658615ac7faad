/**
 * A table in a box that scrolls on its own, both ways, so a wide or long table never widens or
 * stretches the page. The box is a named region in the tab order: keyboard users can focus it and
 * scroll it with the arrow keys (WCAG 2.1.1), and screen readers hear what it holds.
 */
import type { ComponentChildren, Ref } from 'preact';

interface ScrollTableProps {
  /**
   * Names the table and its region. With `caption`, the id of that caption; without, the id of a
   * heading outside the table that already names it.
   */
  labelId: string;
  /** The table's name, read out but not shown (the section's heading says it on screen). */
  caption?: string;
  /** A lower box (half the window), for tables that stand among others on one page. */
  short?: boolean;
  /** Classes besides `table`, e.g. `table-edit`. */
  tableClass?: string;
  /** The region's id, for focus to return to. */
  id?: string;
  regionRef?: Ref<HTMLDivElement>;
  /** The <thead> and <tbody>. */
  children: ComponentChildren;
  /** Shown in the box below the table, e.g. "no rows match the filter". */
  after?: ComponentChildren;
}

export function ScrollTable({ labelId, caption, short, tableClass, id, regionRef, children, after }: ScrollTableProps) {
  return (
    <div
      class={short ? 'table-scroll table-scroll-short' : 'table-scroll'}
      id={id}
      role="region"
      aria-labelledby={labelId}
      tabIndex={0}
      ref={regionRef}
    >
      <table class={tableClass ? `table ${tableClass}` : 'table'}>
        {caption !== undefined && (
          <caption id={labelId} class="visually-hidden">
            {caption}
          </caption>
        )}
        {children}
      </table>
      {after}
    </div>
  );
}
