/** Styles of "Klopt dit niet?" and "Had u hier iets aan?": adopted when the feedback chunk loads. */
import { css } from '../element/css';
import { formOutcomeStyles } from '../views/form-outcome.styles';

export const feedbackStyles = css`
  ${formOutcomeStyles}
  .fb {
    margin-block: 0.75rem;
  }
  .fb-ask,
  .fb-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .fb-form {
    display: grid;
    gap: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .fb-field {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .fb-label {
    display: block;
    margin-block-end: 0.25rem;
    font-weight: 700;
  }
  .fb-counters {
    max-block-size: 16rem;
    overflow-y: auto;
  }
  .fb-radio {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
  }
  .fb-radio input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }
`;
