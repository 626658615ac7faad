/**
 * Styles of <loket-wijzer>, applied as an adopted stylesheet: no inline styles, so a strict
 * Content-Security-Policy (`style-src 'self'`) is fine. Public custom properties (`--lw-…`) are
 * read once on :host into private ones (`--_…`), each falling back to NL Design System tokens
 * of the host page and then to a calm default that meets WCAG contrast on its own.
 */
import { css } from './element/css';
import { adviceCardStyles } from './views/advice-card.styles';

const baseStyles = css`
  :host {
    /* Each chain: our public property, the NL Design System component token (--nl-*, then
       --utrecht-*), the theme's basis token (--basis-*), our default. Resolved once here. */
    --_font: var(
      --lw-font-family,
      var(--utrecht-document-font-family, var(--basis-text-font-family-default, system-ui, 'Segoe UI', Roboto, Arial, sans-serif))
    );
    --_text: var(--lw-color-text, var(--utrecht-document-color, var(--basis-color-default-color-document, #1b1f24)));
    --_bg: var(--lw-color-background, var(--utrecht-document-background-color, var(--basis-color-default-bg-document, #fff)));
    --_primary: var(
      --lw-color-primary,
      var(--nl-button-primary-background-color, var(--utrecht-button-primary-action-background-color, #1a4f8b))
    );
    --_on-primary: var(--lw-color-on-primary, var(--nl-button-primary-color, var(--utrecht-button-primary-action-color, #fff)));
    --_btn-line: var(--nl-button-primary-border-color, var(--utrecht-button-primary-action-border-color, var(--_primary)));
    /* Hover and active only when a theme sets them (no fallback here): each rule supplies our own. */
    --_btn-hover-bg: var(--nl-button-primary-hover-background-color, var(--utrecht-button-primary-action-hover-background-color));
    --_btn-hover: var(--nl-button-primary-hover-color, var(--utrecht-button-primary-action-hover-color));
    --_btn-hover-line: var(--nl-button-primary-hover-border-color, var(--utrecht-button-primary-action-hover-border-color));
    --_btn-active-bg: var(--nl-button-primary-active-background-color, var(--utrecht-button-primary-action-active-background-color));
    --_btn-active: var(--nl-button-primary-active-color, var(--utrecht-button-primary-action-active-color));
    --_btn-active-line: var(--nl-button-primary-active-border-color, var(--utrecht-button-primary-action-active-border-color));
    --_btn-radius: var(--nl-button-border-radius, var(--utrecht-button-border-radius, var(--_radius)));
    --_btn-pad: var(--nl-button-padding-block-start, var(--utrecht-button-padding-block-start, 0.5rem))
      var(--nl-button-padding-inline-start, var(--utrecht-button-padding-inline-start, 1.125rem));
    --_link: var(--lw-color-link, var(--nl-link-color, var(--utrecht-link-color, #1a4f8b)));
    --_focus: var(--lw-color-focus, var(--utrecht-focus-outline-color, var(--basis-focus-outline-color, #1b1f24)));
    --_ring: var(--utrecht-focus-outline-width, var(--basis-focus-outline-width, 3px))
      var(--utrecht-focus-outline-style, var(--basis-focus-outline-style, solid)) var(--_focus);
    --_ring-offset: var(--utrecht-focus-outline-offset, var(--basis-focus-outline-offset, 2px));
    --_focus-bg: var(--utrecht-focus-background-color, var(--basis-focus-background-color));
    --_focus-text: var(--utrecht-focus-color, var(--basis-focus-color));
    --_surface: var(--lw-color-surface, #f3f5f8);
    --_border: var(--lw-color-border, var(--utrecht-form-control-border-color, var(--basis-form-control-border-color, #6a7380)));
    --_field-line: var(--utrecht-form-control-border-width, var(--basis-form-control-border-width, 2px));
    --_field-bg: var(--utrecht-form-control-background-color, var(--basis-form-control-background-color, var(--_bg)));
    --_field-radius: var(--utrecht-form-control-border-radius, var(--basis-form-control-border-radius, var(--_radius)));
    --_field-pad: var(--utrecht-form-control-padding-block-start, var(--basis-form-control-padding-block-start, 0.5rem))
      var(--utrecht-form-control-padding-inline-start, var(--basis-form-control-padding-inline-start, 0.75rem));
    --_line: #d3d9e0;
    --_highlight: var(--lw-color-highlight, #fff4d6);
    --_muted: #48515d;
    --_radius: var(--lw-radius, var(--utrecht-border-radius-md, var(--basis-border-radius-md, 6px)));

    display: block;
    container-type: inline-size;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  p,
  ul,
  ol {
    margin: 0 0 0.5rem;
  }

  /* The element's warm-up render (loket-wijzer.component.ts), laid out at the host's width. */
  .warm-up {
    position: absolute;
    inset: 0 0 auto;
    visibility: hidden;
  }

  .vh {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: var(--_ring);
    outline-offset: var(--_ring-offset);
  }

  .heading {
    margin: 0 0 0.5rem;
    font-weight: 700;
    line-height: 1.25;
  }
  .h-title,
  .h-card {
    font-size: 1.3125rem;
  }
  .h-block {
    font-size: 1rem;
    margin-block: 1rem 0.25rem;
  }
  .heading[tabindex='-1']:focus {
    outline: none;
  }
  .heading[tabindex='-1']:focus-visible {
    outline: var(--_ring);
  }

  .muted {
    color: var(--_muted);
  }

  .link {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link:focus-visible {
    background-color: var(--_focus-bg, transparent);
    color: var(--_focus-text, var(--_link));
  }
  .link[href^='tel:'] {
    white-space: nowrap;
  }

  /* Buttons: at least 44 px high, well above the 24 px minimum target size. */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    padding: var(--_btn-pad);
    border: 2px solid var(--_primary);
    border-radius: var(--_btn-radius);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    cursor: pointer;
    text-align: center;
  }
  .button.primary {
    border-color: var(--_btn-line);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button.primary:hover {
    border-color: var(--_btn-hover-line, var(--_primary));
    background: var(--_btn-hover-bg, var(--_bg));
    color: var(--_btn-hover, var(--_primary));
  }
  .button.primary:active {
    border-color: var(--_btn-active-line, var(--_btn-hover-line, var(--_primary)));
    background: var(--_btn-active-bg, var(--_btn-hover-bg, var(--_bg)));
    color: var(--_btn-active, var(--_btn-hover, var(--_primary)));
  }
  .button.secondary {
    background: var(--_bg);
    color: var(--_primary);
  }
  .button.secondary:hover,
  .button.secondary[aria-pressed='true'] {
    background: var(--_surface);
  }
  .button.secondary[aria-pressed='true'] {
    box-shadow: inset 0 -4px 0 var(--_primary);
  }

  /* Notes and alerts */
  .note {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .alert {
    padding: 0.75rem 1rem;
    border: 2px solid #a4261d;
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: #fdeeed;
    color: #1b1f24;
  }

  /* Resident mode */
  .launcher {
    display: inline-flex;
    align-items: center;
    gap: 0.625rem;
    min-height: 3rem;
    max-width: 100%;
    padding: 0.625rem 1.25rem;
    border: 2px solid var(--_btn-line);
    border-radius: var(--_btn-radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-size: 1.0625rem;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .launcher:hover {
    filter: brightness(0.88);
  }
  .launcher::after {
    content: '';
    flex: none;
    width: 0.55rem;
    height: 0.55rem;
    margin-inline-start: 0.25rem;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15rem) rotate(45deg);
  }
  .launcher[aria-expanded='true']::after {
    transform: translateY(0.15rem) rotate(-135deg);
  }
  .panel {
    margin-block-start: 0.75rem;
    padding: 1.25rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 2px 8px rgb(27 31 36 / 8%);
  }

  .panel.inline {
    margin: 0;
    padding: 0;
    border: 0;
    box-shadow: none;
    background: none;
  }

  /* Question form and suggestions */
  .form {
    margin-block: 0.75rem 1rem;
  }
  .label {
    display: block;
    font-weight: 700;
    font-size: 1.0625rem;
  }
  .hint {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  /* The button stays beside the field, also at 320 px: wrapped below it, the suggestion list
     (which hangs under the field) covered it and a click on "Vraag" picked a suggestion. */
  .field {
    display: flex;
    gap: 0.5rem;
  }
  .combobox {
    position: relative;
    flex: 1 1 auto;
    min-width: 0;
  }
  .field > .button {
    flex: none;
  }
  .input {
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_field-pad);
    border: var(--_field-line) solid var(--_border);
    border-radius: var(--_field-radius);
    background: var(--_field-bg);
    color: var(--_text);
    font: inherit;
  }
  .listbox {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 0.25rem);
    max-height: min(22rem, 60vh);
    overflow-y: auto;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 6px 18px rgb(27 31 36 / 18%);
  }
  .option {
    padding: 0.5rem 0.75rem;
    min-height: 2.5rem;
    border-radius: calc(var(--_radius) - 2px);
    cursor: pointer;
  }
  .option:hover {
    background: var(--_surface);
  }
  .option[aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  /* Quick-start chips */
  .chips {
    margin-block: 0.5rem 1rem;
  }
  .chips-label {
    margin: 0 0 0.375rem;
    font-weight: 700;
  }
  .chip-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    min-height: 2.5rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_primary);
    border-radius: 1.25rem;
    background: var(--_bg);
    color: var(--_primary);
    font: inherit;
    font-size: 0.9375rem;
    text-align: start;
    cursor: pointer;
  }
  .chip:hover {
    background: var(--_surface);
    text-decoration: underline;
  }

  /* Conversation log */
  .log {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin-block: 0 1rem;
  }
  .message {
    max-width: min(40rem, 92%);
    padding: 0.625rem 0.875rem;
    border-radius: var(--_radius);
  }
  .message.user {
    align-self: flex-end;
    background: var(--_primary);
    color: var(--_on-primary);
    border-end-end-radius: 0;
  }
  .message.assistant {
    align-self: flex-start;
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-end-start-radius: 0;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  /* Cards */
  .card {
    padding: 1.25rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .card + .card {
    margin-block-start: 1rem;
  }
  /* Narrow hosts (320 px, or 200% zoom): less padding in nested boxes, more room for text. */
  @container (max-width: 30rem) {
    /* The page's own box is around the panel already: no second frame, the text gets the width. */
    .panel {
      padding: 0;
      border: 0;
      box-shadow: none;
    }
    .card {
      padding: 0.875rem 0.75rem;
    }
    .message {
      max-width: 100%;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      outline: 2px solid Highlight;
    }
    .status::before {
      forced-color-adjust: none;
    }
  }
`;

export const styles = [baseStyles, adviceCardStyles];
