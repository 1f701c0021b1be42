import { css } from 'lit';
import { activityFrame } from './activity.styles.js';
import { base } from './shared.styles.js';

export const styles = [
  base,
  activityFrame,
  css`
    legend {
      margin-bottom: calc(0.25 * var(--_fs));
    }
    .ui-hint {
      margin: 0 0 calc(0.5 * var(--_fs));
      color: var(--_muted);
    }
    .ui-options {
      list-style: none;
      margin: calc(0.5 * var(--_fs)) 0 0;
      padding: 0;
    }
    .ui-options li {
      margin: 0 0 calc(0.5 * var(--_fs));
    }
    .ui-option {
      display: flex;
      align-items: flex-start;
      gap: calc(0.6 * var(--_fs));
      box-sizing: border-box;
      min-height: 44px;
      padding: calc(0.55 * var(--_fs)) calc(0.75 * var(--_fs));
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      cursor: pointer;
    }
    .ui-option:has(input:checked) {
      border: 2px solid var(--_accent);
      padding: calc(0.55 * var(--_fs) - 1px) calc(0.75 * var(--_fs) - 1px);
    }
    .ui-option p {
      margin: 0;
    }
    .ui-result.ui-shown {
      margin: var(--_fs) 0;
      padding: calc(0.75 * var(--_fs)) var(--_fs);
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
      font-size: calc(1.1 * var(--_fs));
    }
    .ui-right .ui-verdict {
      color: var(--_success);
    }
    .ui-wrong .ui-verdict {
      color: var(--_error);
    }
    .ui-feedback > :first-child {
      margin-top: calc(0.4 * var(--_fs));
    }
    .ui-feedback > :last-child {
      margin-bottom: 0;
    }
    .ui-actions {
      margin-top: var(--_fs);
    }
  `,
];
