import { css } from 'lit';
import { base } from './shared.styles.js';
import { chartStyles } from './ratings-chart.js';

export const styles = [
  base,
  chartStyles,
  css`
    :host {
      display: block;
      margin: 2rem 0;
    }
    h2,
    h3,
    h4 {
      line-height: 1.3;
    }
    .ui-controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1rem;
      align-items: end;
      margin: 1rem 0;
    }
    .ui-controls label {
      display: block;
      font-weight: 700;
    }
    select {
      font: inherit;
      min-height: 44px;
      padding: 0.25rem 0.5rem;
      border: 2px solid var(--_text);
      border-radius: 0;
      background: var(--_bg);
      color: var(--_text);
    }
    .ui-answer {
      margin: 0 0 1.25rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .ui-prompt {
      margin: 0 0 0.5rem;
      font-weight: 700;
    }
    .ui-value {
      margin: 0 0 0.5rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .ui-when {
      margin: 0 0 0.5rem;
      color: var(--_muted);
      font-size: 0.95rem;
    }
    .ui-confirm {
      margin: 0.5rem 0;
      padding: 0.75rem 1rem;
      border: 2px solid var(--_error);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .ui-confirm p {
      margin: 0 0 0.5rem;
    }
    .ui-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .ui-danger {
      background: var(--_error);
      border-color: var(--_error);
      color: #ffffff;
    }
    .ui-message {
      margin: 0.5rem 0;
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
