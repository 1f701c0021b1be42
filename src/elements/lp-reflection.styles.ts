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
      padding: 0.5rem;
      margin: -0.5rem;
    }
    .ui-intro svg,
    label svg {
      overflow: hidden;
      transform: none;
    }
    .ui-field {
      margin-top: 1.5rem;
    }
    label {
      display: block;
      font-weight: 700;
      font-size: 1.05rem;
    }
    .ui-hint {
      margin: 0.25rem 0 0.5rem;
      color: var(--_muted);
    }
    textarea {
      display: block;
      box-sizing: border-box;
      width: 100%;
      min-height: var(--lp-field-min-height, 10rem);
      scroll-margin-top: 1.5rem;
      padding: 0.6rem 0.75rem;
      font: inherit;
      font-size: 1rem;
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
        min-height: min(var(--lp-field-min-height, 10rem), 35vh);
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
      gap: 0.25rem 1rem;
      margin: 0.4rem 0 0.5rem;
      color: var(--_muted);
      font-size: 0.95rem;
    }
    .ui-meta p {
      margin: 0;
    }
    .ui-over {
      color: var(--_error);
      font-weight: 700;
    }
    .ui-saves {
      margin: 0.75rem 0 0;
      color: var(--_muted);
      font-size: 0.95rem;
    }
    .ui-note {
      margin: 0.75rem 0;
      padding: 0.75rem 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .ui-note p {
      margin: 0 0 0.5rem;
    }
    .ui-warning,
    .ui-conflict,
    .ui-failure {
      margin: 0.75rem 0;
      padding: 0.75rem 1rem;
      border: 2px solid var(--_error);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .ui-warning p,
    .ui-conflict p,
    .ui-failure p {
      margin: 0 0 0.5rem;
    }
    .ui-theirs {
      margin: 0 0 0.75rem;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--_border);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    textarea[aria-invalid='true'] {
      border-color: var(--_error);
    }
  `,
];
