/** The advice card and the counter details in it. Part of the element's styles (see loket-wijzer.styles.ts). */
import { css } from '../element/css';

export const adviceCardStyles = css`
  .advice {
    border-block-start: 5px solid var(--_primary);
  }
  .beyond-table {
    border-block-start-style: dashed;
  }
  .beyond-table .eyebrow {
    display: inline-block;
    padding: 0 0.5rem;
    border: 2px solid;
  }
  .eyebrow {
    margin: 0 0 0.125rem;
    color: var(--_primary);
    font-size: 0.875rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .reason {
    margin-block: 0.5rem;
  }
  .steps {
    margin-block: 0.75rem;
    padding: 0.75rem 1rem 0.75rem 2.25rem;
    border-radius: var(--_radius);
    background: var(--_highlight);
  }
  .hint-box {
    padding: 0.625rem 0.875rem;
    border-inline-start: 4px solid #8a5a00;
    background: var(--_highlight);
  }
  .details {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 1.5rem;
  }
  @container (min-width: 36rem) {
    .details {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .block .h-block {
    margin-block-start: 0.75rem;
  }
  .location + .location {
    margin-block-start: 0.75rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_line);
  }
  .status {
    margin-block-end: 0.125rem;
    font-weight: 600;
  }
  .status::before {
    content: '';
    display: inline-block;
    width: 0.625rem;
    height: 0.625rem;
    margin-inline-end: 0.4rem;
    border-radius: 50%;
    background: #1f7a3f;
  }
  .status.closed::before {
    background: transparent;
    border: 2px solid #a4261d;
  }
  .list {
    padding-inline-start: 1.25rem;
  }
  .plain {
    padding: 0;
    list-style: none;
  }
  .then {
    margin-block-start: 1rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_line);
  }
`;
