import { css } from 'lit';

/** The frame every activity shares: panel, heading, intro, choices, note and answer boxes' states, status and the clear confirmation. */
export const activityFrame = css`
  :host {
    display: block;
    margin: calc(2 * var(--_fs)) 0;
  }
  .ui-activity {
    border: 1px solid var(--_border);
    border-left: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_fs) var(--_fs) calc(1.25 * var(--_fs));
  }
  @media (min-width: 40em) {
    .ui-activity {
      padding: calc(1.25 * var(--_fs)) calc(1.5 * var(--_fs)) calc(1.5 * var(--_fs));
    }
  }
  .ui-eyebrow {
    margin: 0;
    font-size: calc(0.9 * var(--_fs));
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  h2 {
    scroll-margin-top: calc(1.5 * var(--_fs));
    margin: calc(0.15 * var(--_fs)) 0 calc(0.75 * var(--_fs));
    font-size: calc(1.35 * var(--_fs));
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
    font-size: calc(1.05 * var(--_fs));
  }
  legend > p {
    margin: 0 0 calc(0.25 * var(--_fs));
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    width: calc(1.35 * var(--_fs));
    height: calc(1.35 * var(--_fs));
    margin: calc(0.1 * var(--_fs)) 0 0;
    accent-color: var(--_accent);
  }
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  textarea[readonly] {
    background: var(--_surface);
    border-style: dashed;
  }
  textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .ui-status {
    margin: calc(0.25 * var(--_fs)) 0;
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
    margin-top: calc(0.5 * var(--_fs));
    padding: calc(0.75 * var(--_fs)) var(--_fs);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .ui-confirm p,
  .ui-warning p {
    margin: 0 0 calc(0.5 * var(--_fs));
  }
  .ui-warning {
    margin: calc(0.75 * var(--_fs)) 0;
  }
  .ui-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_fs));
  }
`;
