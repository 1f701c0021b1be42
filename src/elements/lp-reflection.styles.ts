import { css } from 'lit';
import { base } from './shared.styles.js';

export const styles = [
  base,
  css`
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
    /* Author HTML (the intro, a prompt's label) paints only inside its own box. */
    .ui-intro,
    label {
      contain: paint;
      overflow: clip;
      padding: calc(0.5 * var(--_fs));
      margin: -calc(0.5 * var(--_fs));
    }
    .ui-intro svg,
    label svg {
      overflow: hidden;
      transform: none;
    }
    .ui-intro > :first-child {
      margin-top: 0;
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
    textarea[readonly] {
      background: var(--_surface);
      border-style: dashed;
    }
    textarea:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px var(--_text);
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
    .ui-status.ui-error {
      color: var(--_error);
      font-weight: 700;
    }
    .ui-confirm {
      margin-top: calc(0.5 * var(--_fs));
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
    .ui-error {
      color: var(--_error);
      font-weight: 700;
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
    .ui-danger {
      background: var(--_error);
      border-color: var(--_error);
      color: #ffffff;
    }
  `,
];
