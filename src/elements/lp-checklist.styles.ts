import { css } from 'lit';
import { activityFrame } from './activity.styles.js';
import { base } from './shared.styles.js';
import { chartStyles } from './ratings-chart.js';

export const styles = [
  base,
  activityFrame,
  chartStyles,
  css`
    .ui-rows {
      list-style: none;
      margin: var(--_fs) 0 0;
      padding: 0;
    }
    .ui-rows > li {
      margin: 0;
      padding: calc(0.9 * var(--_fs)) 0;
      border-top: 1px solid var(--_border);
    }
    .ui-rows > li:last-child {
      border-bottom: 1px solid var(--_border);
    }
    .ui-levels {
      display: flex;
      flex-wrap: wrap;
      gap: calc(0.25 * var(--_fs)) calc(0.5 * var(--_fs));
      margin-top: calc(0.5 * var(--_fs));
    }
    .ui-level {
      display: inline-flex;
      align-items: flex-start;
      gap: calc(0.4 * var(--_fs));
      min-height: 44px;
      box-sizing: border-box;
      padding: calc(0.55 * var(--_fs)) calc(0.75 * var(--_fs)) calc(0.45 * var(--_fs)) calc(0.5 * var(--_fs));
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      cursor: pointer;
    }
    .ui-level:has(input:checked) {
      border: 2px solid var(--_accent);
      padding: calc(0.55 * var(--_fs) - 1px) calc(0.75 * var(--_fs) - 1px) calc(0.45 * var(--_fs) - 1px) calc(0.5 * var(--_fs) - 1px);
      font-weight: 700;
    }
    .ui-tick {
      display: flex;
      align-items: flex-start;
      gap: calc(0.6 * var(--_fs));
    }
    .ui-tick label {
      font-weight: 700;
      cursor: pointer;
    }
    .ui-tick label > p {
      margin: 0;
    }
    .ui-note {
      margin-top: calc(0.6 * var(--_fs));
    }
    .ui-note label {
      display: block;
      font-size: calc(0.95 * var(--_fs));
      color: var(--_muted);
    }
    textarea {
      display: block;
      box-sizing: border-box;
      width: 100%;
      min-height: calc(3.2 * var(--_fs));
      padding: calc(0.4 * var(--_fs)) calc(0.6 * var(--_fs));
      font: inherit;
      font-size: var(--_fs);
      line-height: 1.4;
      color: var(--_text);
      background: var(--_bg);
      border: 2px solid var(--_text);
      border-radius: 0;
      resize: vertical;
    }
    .ui-summary {
      margin: calc(0.75 * var(--_fs)) 0 calc(0.25 * var(--_fs));
      font-weight: 700;
    }
  `,
];
