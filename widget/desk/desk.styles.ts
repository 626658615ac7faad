/**
 * Desk-mode styles: the two columns, the signals checklist, the handover steps and the referral
 * slip, with print styles that leave only the slip. Adopted next to the base styles when the
 * desk chunk loads, so resident-mode pages never download them.
 */
import { css } from 'lit';

export const deskStyles = css`
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
      grid-template-columns: minmax(0, 5fr) minmax(0, 7fr);
    }
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
  /* Print: in desk mode only the referral slip, in black on white. */
  @media print {
    .desk .desk-head,
    .desk .column:first-child,
    .desk .advice,
    .desk .handover,
    .desk .empty-advice,
    .desk .note,
    .desk .actions {
      display: none !important;
    }
    .desk .columns {
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
    .desk .link {
      color: #000000;
      text-decoration: none;
    }
  }
`;
