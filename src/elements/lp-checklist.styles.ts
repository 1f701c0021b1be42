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
      margin: 1rem 0 0;
      padding: 0;
    }
    .ui-rows > li {
      margin: 0;
      padding: 0.9rem 0;
      border-top: 1px solid var(--_border);
    }
    .ui-rows > li:last-child {
      border-bottom: 1px solid var(--_border);
    }
    .ui-levels {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      margin-top: 0.5rem;
    }
    .ui-level {
      display: inline-flex;
      align-items: flex-start;
      gap: 0.4rem;
      min-height: 44px;
      box-sizing: border-box;
      padding: 0.55rem 0.75rem 0.45rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      cursor: pointer;
    }
    .ui-level:has(input:checked) {
      border: 2px solid var(--_accent);
      padding: calc(0.55rem - 1px) calc(0.75rem - 1px) calc(0.45rem - 1px) calc(0.5rem - 1px);
      font-weight: 700;
    }
    .ui-tick {
      display: flex;
      align-items: flex-start;
      gap: 0.6rem;
    }
    .ui-tick label {
      font-weight: 700;
      cursor: pointer;
    }
    .ui-tick label > p {
      margin: 0;
    }
    .ui-note {
      margin-top: 0.6rem;
    }
    .ui-note label {
      display: block;
      font-size: 0.95rem;
      color: var(--_muted);
    }
    textarea {
      display: block;
      box-sizing: border-box;
      width: 100%;
      min-height: 3.2rem;
      padding: 0.4rem 0.6rem;
      font: inherit;
      font-size: 1rem;
      line-height: 1.4;
      color: var(--_text);
      background: var(--_bg);
      border: 2px solid var(--_text);
      border-radius: 0;
      resize: vertical;
    }
    .ui-summary {
      margin: 0.75rem 0 0.25rem;
      font-weight: 700;
    }
  `,
];
