import { css } from 'lit';
import { base } from './shared.styles.js';
import { chartStyles } from './ratings-chart.js';

export const styles = [
  base,
  chartStyles,
  css`
    :host {
      display: block;
      margin: calc(2 * var(--_fs)) 0;
    }
    h2,
    h3,
    h4 {
      line-height: 1.3;
    }
    .ui-controls {
      display: flex;
      flex-wrap: wrap;
      gap: calc(0.75 * var(--_fs)) var(--_fs);
      align-items: end;
      margin: var(--_fs) 0;
    }
    .ui-controls label {
      display: block;
      font-weight: 700;
    }
    select {
      font: inherit;
      min-height: 44px;
      padding: calc(0.25 * var(--_fs)) calc(0.5 * var(--_fs));
      border: 2px solid var(--_text);
      border-radius: 0;
      background: var(--_bg);
      color: var(--_text);
    }
    .ui-answer {
      margin: 0 0 calc(1.25 * var(--_fs));
      padding: calc(0.75 * var(--_fs)) var(--_fs);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .ui-prompt {
      margin: 0 0 calc(0.5 * var(--_fs));
      font-weight: 700;
    }
    .ui-value {
      margin: 0 0 calc(0.5 * var(--_fs));
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .ui-when {
      margin: 0 0 calc(0.5 * var(--_fs));
      color: var(--_muted);
      font-size: calc(0.95 * var(--_fs));
    }
    .ui-confirm {
      margin: calc(0.5 * var(--_fs)) 0;
      padding: calc(0.75 * var(--_fs)) var(--_fs);
      border: 2px solid var(--_error);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .ui-confirm p {
      margin: 0 0 calc(0.5 * var(--_fs));
    }
    .ui-actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(0.5 * var(--_fs));
    }
    .ui-danger {
      background: var(--_error);
      border-color: var(--_error);
      color: #ffffff;
    }
    .ui-message {
      margin: calc(0.5 * var(--_fs)) 0;
      font-weight: 700;
    }
    .ui-message.ui-bad {
      color: var(--_error);
    }
    /* Print view: the answers only, black on white, no buttons. */
    @media print {
      :host {
        color: #000;
        margin: 0;
      }
      .ui-controls,
      .ui-actions,
      .ui-confirm,
      .ui-message,
      button {
        display: none !important;
      }
      .ui-answer {
        border: none;
        background: none;
        padding: 0;
        break-inside: avoid;
      }
      h3,
      h4 {
        break-after: avoid;
      }
      .ui-chart {
        padding: 0;
        break-inside: avoid;
      }
      /* Bars keep their fill on paper, where backgrounds are often left out. */
      .ui-chart-svg {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
    }
  `,
];
