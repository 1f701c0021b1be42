import { css } from 'lit';
import { activityFrame } from './activity.styles.js';
import { base } from './shared.styles.js';

export const styles = [
  base,
  activityFrame,
  css`
    legend {
      margin-bottom: 0.25rem;
    }
    .ui-hint {
      margin: 0 0 0.5rem;
      color: var(--_muted);
    }
    .ui-options {
      list-style: none;
      margin: 0.5rem 0 0;
      padding: 0;
    }
    .ui-options li {
      margin: 0 0 0.5rem;
    }
    .ui-option {
      display: flex;
      align-items: flex-start;
      gap: 0.6rem;
      box-sizing: border-box;
      min-height: 44px;
      padding: 0.55rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      cursor: pointer;
    }
    .ui-option:has(input:checked) {
      border: 2px solid var(--_accent);
      padding: calc(0.55rem - 1px) calc(0.75rem - 1px);
    }
    .ui-option p {
      margin: 0;
    }
    .ui-result.ui-shown {
      margin: 1rem 0;
      padding: 0.75rem 1rem;
      border: 2px solid var(--_border);
      border-left-width: 6px;
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .ui-result > p {
      margin: 0;
    }
    .ui-result.ui-right {
      border-color: var(--_success);
    }
    .ui-result.ui-wrong {
      border-color: var(--_error);
    }
    .ui-verdict {
      font-weight: 700;
      font-size: 1.1rem;
    }
    .ui-right .ui-verdict {
      color: var(--_success);
    }
    .ui-wrong .ui-verdict {
      color: var(--_error);
    }
    .ui-feedback > :first-child {
      margin-top: 0.4rem;
    }
    .ui-feedback > :last-child {
      margin-bottom: 0;
    }
    .ui-actions {
      margin-top: 1rem;
    }
  `,
];
