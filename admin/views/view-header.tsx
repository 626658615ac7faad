/** The heading of a view: focused on route changes, so screen readers hear where they are. */
import type { ComponentChildren } from 'preact';

interface ViewHeaderProps {
  title: string;
  intro?: string;
  /** Buttons next to the heading, e.g. "Onderwerp toevoegen". */
  children?: ComponentChildren;
}

export function ViewHeader({ title, intro, children }: ViewHeaderProps) {
  return (
    <div class="view-header">
      <div>
        <h1 id="view-title" tabIndex={-1}>
          {title}
        </h1>
        {intro && <p class="view-intro">{intro}</p>}
      </div>
      {children && <div class="view-actions">{children}</div>}
    </div>
  );
}
