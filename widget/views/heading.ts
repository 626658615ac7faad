import { html, nothing, type TemplateResult } from '../element/html';

export interface HeadingOptions {
  id?: string;
  /** Focus target for a new answer: focusable by script, not in the tab order. */
  focusable?: boolean;
  /** The look, which follows the heading's role in the widget rather than its level. */
  size?: 'title' | 'card' | 'block';
}

/**
 * A heading at a level that fits the host page (the `heading-level` attribute): a web component
 * cannot know whether it sits under an h1 or an h3.
 */
export function heading(level: number, content: unknown, { id, focusable, size = 'block' }: HeadingOptions = {}): TemplateResult {
  return html`<div
    role="heading"
    aria-level=${Math.min(level, 6)}
    class="heading h-${size}"
    id=${id ?? nothing}
    tabindex=${focusable ? '-1' : nothing}
  >
    ${content}
  </div>`;
}
