import { css } from 'lit';

/** The frame every activity shares: panel, heading, intro, status and the clear confirmation. */
export const activityFrame = css`
  :host {
    display: block;
    margin: 2rem 0;
  }
  .ui-activity {
    border: 1px solid var(--_border);
    border-left: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 1rem 1rem 1.25rem;
  }
  @media (min-width: 40em) {
    .ui-activity {
      padding: 1.25rem 1.5rem 1.5rem;
    }
  }
  .ui-eyebrow {
    margin: 0;
    font-size: 0.9rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  h2 {
    margin: 0.15rem 0 0.75rem;
    font-size: 1.35rem;
    line-height: 1.3;
  }
  .ui-intro > :first-child {
    margin-top: 0;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
    font-size: 1.05rem;
  }
  legend > p {
    margin: 0 0 0.25rem;
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    width: 1.35rem;
    height: 1.35rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_accent);
  }
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  .ui-status {
    margin: 0.25rem 0;
  }
  .ui-error {
    color: var(--_error);
    font-weight: 700;
  }
  .ui-status:empty {
    margin: 0;
  }
  button.ui-primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .ui-confirm,
  .ui-warning {
    margin-top: 0.5rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .ui-confirm p,
  .ui-warning p {
    margin: 0 0 0.5rem;
  }
  .ui-warning {
    margin: 0.75rem 0;
  }
  .ui-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
