import { css } from 'lit';
import { activityFrame } from './activity.styles.js';
import { base } from './shared.styles.js';

/** A reflection's own look, on the frame every activity shares. */
export const styles = [
  base,
  activityFrame,
  css`
    /* Author HTML (the intro, a prompt's label) paints only inside its own box. */
    .ui-intro,
    label {
      contain: paint;
      overflow: clip;
      padding: calc(0.5 * var(--_fs));
      margin: calc(-0.5 * var(--_fs));
    }
    .ui-intro svg,
    label svg {
      overflow: hidden;
      transform: none;
    }
    .ui-field {
      margin-top: calc(1.5 * var(--_fs));
    }
    label {
      display: block;
      font-weight: 700;
      font-size: calc(1.05 * var(--_fs));
    }
    .ui-hint {
      margin: calc(0.25 * var(--_fs)) 0 calc(0.5 * var(--_fs));
      color: var(--_muted);
    }
    textarea {
      display: block;
      box-sizing: border-box;
      width: 100%;
      min-height: var(--lp-field-min-height, calc(10 * var(--_fs)));
      scroll-margin-top: calc(1.5 * var(--_fs));
      padding: calc(0.6 * var(--_fs)) calc(0.75 * var(--_fs));
      font: inherit;
      font-size: var(--_fs);
      line-height: 1.5;
      color: var(--_text);
      background: var(--_bg);
      border: 2px solid var(--_text);
      border-radius: 0;
      resize: vertical;
    }
    /* A short window (a phone on its side, a zoomed laptop): keep the count and status in view under the box. */
    @media (max-height: 30em) {
      textarea {
        min-height: min(var(--lp-field-min-height, calc(10 * var(--_fs))), 35vh);
        max-height: 50vh;
      }
    }
    @media (forced-colors: active) {
      .ui-activity {
        border-left-color: CanvasText;
      }
      textarea:focus-visible {
        outline-color: Highlight;
      }
    }
    .ui-meta {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: calc(0.25 * var(--_fs)) var(--_fs);
      margin: calc(0.4 * var(--_fs)) 0 calc(0.5 * var(--_fs));
      color: var(--_muted);
      font-size: calc(0.95 * var(--_fs));
    }
    .ui-meta p {
      margin: 0;
    }
    .ui-over {
      color: var(--_error);
      font-weight: 700;
    }
    .ui-saves {
      margin: calc(0.75 * var(--_fs)) 0 0;
      color: var(--_muted);
      font-size: calc(0.95 * var(--_fs));
    }
    .ui-note {
      margin: calc(0.75 * var(--_fs)) 0;
      padding: calc(0.75 * var(--_fs)) var(--_fs);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .ui-note p {
      margin: 0 0 calc(0.5 * var(--_fs));
    }
    .ui-warning,
    .ui-conflict,
    .ui-failure {
      margin: calc(0.75 * var(--_fs)) 0;
      padding: calc(0.75 * var(--_fs)) var(--_fs);
      border: 2px solid var(--_error);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .ui-warning p,
    .ui-conflict p,
    .ui-failure p {
      margin: 0 0 calc(0.5 * var(--_fs));
    }
    .ui-theirs {
      margin: 0 0 calc(0.75 * var(--_fs));
      padding: calc(0.5 * var(--_fs)) calc(0.75 * var(--_fs));
      border-left: 4px solid var(--_border);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    textarea[aria-invalid='true'] {
      border-color: var(--_error);
    }
  `,
];
