import { css } from 'lit';

/** Tokens and helpers shared by every element. Theme with the `--lp-*` properties. */
export const base = css`
  /* Light and dark defaults, chosen by the color-scheme the element inherits from the page (see SchemeController). */
  :host {
    /*
     * The type scale. Every size in the elements is a multiple of --_fs, never of rem or of an inherited size:
     * a host page's "* { font-size: 10px !important }" sets the root's and this element's font size, and an
     * !important declaration here wins over one from the page. Theme it with --lp-font-size; by default 16px,
     * or the reader's own larger browser setting.
     */
    --_fs: var(--lp-font-size, max(1rem, 16px));
    font-size: var(--_fs) !important;
    --_font: var(--lp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_text: var(--lp-color-text, light-dark(#1d1d1f, #f2f2f2));
    --_muted: var(--lp-color-muted, light-dark(#505a5f, #bfc6cc));
    --_bg: var(--lp-color-background, light-dark(#ffffff, #121417));
    --_surface: var(--lp-color-surface, light-dark(#f4f6f8, #1d2125));
    --_border: var(--lp-color-border, light-dark(#767d82, #8a9299));
    --_accent: var(--lp-color-accent, light-dark(#1d5c8c, #8cc4f5));
    --_accent-text: var(--lp-color-accent-text, var(--_bg));
    --_focus: var(--lp-color-focus, #ffbf47);
    --_focus-contrast: var(--lp-color-focus-contrast, #0b0c0c);
    --_error: var(--lp-color-error, light-dark(#b10e1e, #ff8a80));
    --_error-text: var(--lp-color-error-text, var(--_bg));
    --_success: var(--lp-color-success, light-dark(#00703c, #6fd09a));
    --_shadow: var(--lp-color-shadow, light-dark(rgb(0 0 0 / 0.3), rgb(255 255 255 / 0.4)));
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
    box-shadow: 0 0 0 5px var(--_focus-contrast);
  }
  button {
    font: inherit;
    font-size: var(--_fs);
    min-height: 44px;
    padding: calc(0.5 * var(--_fs)) var(--_fs);
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
    color: var(--_error-text);
  }
  /* Windows high contrast and other forced colours: keep every boundary and the focus ring visible. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    button {
      border-color: ButtonText;
    }
    button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  .ui-error-box {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: calc(0.75 * var(--_fs)) var(--_fs);
    margin: var(--_fs) 0;
    background: var(--_bg);
  }
  .ui-error-box strong {
    color: var(--_error);
  }
  .ui-error-box code {
    overflow-wrap: anywhere;
  }
`;
