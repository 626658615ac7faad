/**
 * What a form says back: an error next to its field, the outcome once it is done, and a button
 * that is busy. Shared by the desk chunk (referrals) and the feedback chunk (corrections).
 */
import { css } from '../element/css';

export const formOutcomeStyles = css`
  .field-error {
    margin: 0 0 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid #a4001d;
    color: #a4001d;
    font-weight: 700;
  }
  .field-error:focus,
  .done:focus {
    outline: none;
  }
  .field-error:focus-visible,
  .done:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .done {
    margin: 0 0 0.5rem;
    padding: 0.625rem 0.875rem;
    border-inline-start: 4px solid #1e6b3a;
    background: #e9f5ed;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
`;
