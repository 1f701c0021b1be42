import { css } from 'lit';

/** Tokens and helpers shared by every element. Theme with the `--lp-*` properties. */
export const base = css`
  :host {
    --_font: var(--lp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_text: var(--lp-color-text, #1d1d1f);
    --_muted: var(--lp-color-muted, #505a5f);
    --_bg: var(--lp-color-background, #ffffff);
    --_surface: var(--lp-color-surface, #f4f6f8);
    --_border: var(--lp-color-border, #b1b4b6);
    --_accent: var(--lp-color-accent, #1d5c8c);
    --_accent-text: var(--lp-color-accent-text, #ffffff);
    --_focus: var(--lp-color-focus, #ffbf47);
    --_error: var(--lp-color-error, #b10e1e);
    --_success: var(--lp-color-success, #00703c);
    --_radius: var(--lp-radius, 6px);
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.55;
  }
  :host([hidden]) {
    display: none;
  }
  .ui-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  button {
    font: inherit;
    font-size: 1rem;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button.ui-primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  button.ui-danger {
    background: var(--_error);
    border-color: var(--_error);
    color: #ffffff;
  }
  .ui-error-box {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin: 1rem 0;
    background: var(--_bg);
  }
  .ui-error-box strong {
    color: var(--_error);
  }
  .ui-error-box code {
    overflow-wrap: anywhere;
  }
`;
