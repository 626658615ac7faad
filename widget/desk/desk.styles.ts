/**
 * Desk-mode styles: the two columns, the signals checklist, the handover steps and the referral
 * slip, with print styles that leave only the slip. Adopted next to the base styles when the
 * desk chunk loads, so resident-mode pages never download them.
 */
import { css } from '../element/css';
import { formOutcomeStyles } from '../views/form-outcome.styles';

export const deskStyles = css`
  ${formOutcomeStyles}
  /* Desk mode */
  .desk-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .desk-head .heading {
    margin: 0;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
    align-items: start;
  }
  @container (min-width: 60rem) {
    .columns {
      /* The advice side gets the width: its text wraps less, so the page stays within two screens. */
      grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    }
  }
  .columns .card {
    padding-block: 1rem;
  }
  .empty-advice {
    display: grid;
    place-items: center;
    min-height: 12rem;
    padding: 1.5rem;
    border: 2px dashed var(--_line);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }
  .cues {
    padding: 0;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.625rem 1rem;
    font-weight: 700;
    cursor: pointer;
  }
  .summary::-webkit-details-marker {
    display: none;
  }
  .summary::before {
    content: '';
    width: 0.5rem;
    height: 0.5rem;
    margin-inline: 0.125rem 0.25rem;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease-out;
  }
  details[open] > .summary::before {
    transform: rotate(45deg);
  }
  .badge {
    padding: 0 0.5rem;
    border-radius: 1rem;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.875rem;
  }
  .fieldset {
    margin: 0;
    padding: 0 1rem 1rem;
    border: 0;
  }
  .check {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
    padding-block: 0.375rem;
  }
  .check input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .check label {
    cursor: pointer;
  }
  .numbered {
    padding-inline-start: 1.5rem;
  }
  .numbered li + li {
    margin-block-start: 0.375rem;
  }
  .tip {
    padding: 0.625rem 0.875rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* Referral slip */
  .slip {
    background: var(--_surface);
  }
  .paper {
    padding: 1.25rem;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: #ffffff;
    color: #1b1f24;
  }
  @container (max-width: 30rem) {
    .paper {
      padding: 0.875rem;
    }
  }
  .slip-tenant {
    display: block;
    font-size: 1rem;
    font-weight: 400;
    color: var(--_muted);
  }
  .slip-question {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface);
  }
  .slip-step {
    margin-block-start: 0.75rem;
  }
  .slip-counter {
    font-size: 1.0625rem;
  }
  .slip-footer {
    margin: 0.75rem 0 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }

  .two {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 1.5rem;
  }
  @container (min-width: 36rem) {
    .two {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  /* A wide desk: contact, appointment and what to bring side by side under the locations. */
  @container (min-width: 60rem) {
    .advice .details {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (min-width: 36rem) {
    .where-spread {
      grid-column: 1 / -1;
    }
    .where-spread .places {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0 1.5rem;
    }
    .where-spread .location + .location {
      margin-block-start: 0;
      padding-block-start: 0;
      border-block-start: 0;
    }
  }
  /* Folded parts: what a counter does, the optional signals and note, the slip until recorded */
  .more,
  .optional {
    margin-block: 0.75rem 1rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  .more-body,
  .optional-body {
    padding: 0 1rem 0.75rem;
  }
  .slip-details > .summary {
    padding-inline: 0;
  }
  /* Folded, the slip is one line: its summary beside the print and copy buttons. */
  .slip:has(.slip-details:not([open])) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .slip:has(.slip-details:not([open])) .actions {
    margin-block-start: 0;
  }
  .slip-details[open] > .summary {
    margin-block-end: 0.75rem;
  }
  /* After a question without advice: what happened, in place of the placeholder */
  .outcome {
    border-inline-start: 5px solid var(--_border);
  }
  /* Recording a referral */
  .referral-form {
    margin-block-start: 0.75rem;
  }
  .form-field {
    min-width: 0;
    margin: 0 0 1rem;
    padding: 0;
    border: 0;
  }
  .label {
    display: block;
    margin-block-end: 0.25rem;
    padding: 0;
    font-weight: 700;
  }
  .textarea {
    display: block;
    min-height: 5.5rem;
    resize: vertical;
  }
  .form-field .hint {
    margin-block: 0.25rem;
  }
  .kept {
    color: inherit;
  }
  .kept-text {
    font-weight: 600;
  }
  .hint.over {
    color: #a4001d;
    font-weight: 700;
  }
  .warning {
    margin: 0 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid #9a5200;
    background: var(--_highlight);
    font-weight: 600;
  }
  .signals:focus-visible {
    outline: var(--_ring);
  }
  .signals:focus {
    outline: none;
  }
  .input[aria-invalid='true'] {
    border-color: #a4001d;
  }
  /* The code and QR code on the slip */
  .slip-referral {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem 1.5rem;
    margin-block: 0.75rem;
    padding-block: 0.75rem;
    border-block: 1px solid var(--_line);
  }
  .slip-code-box {
    flex: 1 1 12rem;
  }
  .slip-code-line {
    margin: 0 0 0.25rem;
  }
  .slip-code-line:focus {
    outline: none;
  }
  .slip-code-line:focus-visible {
    outline: var(--_ring);
  }
  .slip-code-label {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 700;
  }
  .slip-code {
    display: block;
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Consolas, monospace;
    font-size: 2rem;
    font-weight: 700;
    letter-spacing: 0.1em;
    line-height: 1.2;
  }
  .slip-code-group {
    white-space: nowrap;
  }
  .slip-code-hint {
    margin: 0;
  }
  .slip-qr {
    flex: 0 0 auto;
    max-width: 12rem;
    margin: 0;
  }
  .qr {
    display: block;
    width: 8.5rem;
    height: 8.5rem;
  }
  .slip-url {
    color: var(--_muted);
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }
  /* Print: in desk mode only the referral slip, in black on white. */
  @media print {
    .desk .desk-head,
    .desk .column:first-child,
    .desk .advice,
    .desk .handover,
    .desk .referral,
    .desk .empty-advice,
    .desk .note,
    .desk .actions {
      display: none !important;
    }
    .desk .columns {
      display: block;
    }
    .desk .slip-details > .summary {
      display: none;
    }
    /* A folded slip prints in full, also from the browser's own print command. */
    .desk .slip-details::details-content {
      content-visibility: visible;
      display: block;
    }
    .desk .slip {
      padding: 0;
      border: 0;
      background: none;
    }
    .desk .paper {
      border: 2px solid #000000;
      color: #000000;
      font-size: 12pt;
    }
    .desk .slip-question {
      background: none;
    }
    .desk .slip-url,
    .desk .slip-code-label {
      color: #000000;
    }
    .desk .link {
      color: #000000;
      text-decoration: none;
    }
  }
`;
