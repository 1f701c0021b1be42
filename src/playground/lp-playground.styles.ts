import { css } from 'lit';
import { base } from '../elements/shared.styles.js';

export const styles = [
  base,
  css`
    :host {
      display: block;
      --_tok-heading: light-dark(#0b4f8a, #9ccfff);
      --_tok-link: light-dark(#1d5c8c, #8cc4f5);
      --_tok-code: light-dark(#6b2c91, #e0b0ff);
      --_tok-meta: light-dark(#505a5f, #bfc6cc);
      --_tok-comment: light-dark(#4b6b2f, #a8d08d);
      --_tok-directive: light-dark(#8a3b00, #ffb870);
      --_tok-label: light-dark(#0b6b4f, #7fdcbc);
      --_tok-attributes: light-dark(#6b2c91, #e0b0ff);
    }
    h1 {
      font-size: 1.6rem;
      margin: 0 0 0.25rem;
    }
    h2 {
      font-size: 1.15rem;
      margin: 0.5rem 0;
    }
    .ui-header p {
      margin: 0 0 0.75rem;
      color: var(--_muted);
    }
    .ui-start {
      border-block: 1px solid var(--_border);
      padding-block: 0.5rem;
      margin-block-end: 0.75rem;
    }
    .ui-group {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-block: 0.4rem;
    }
    .ui-field {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    button,
    select,
    input,
    .ui-file,
    textarea {
      font: inherit;
      color: var(--_text);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.35rem 0.6rem;
      min-height: 2.75rem;
      box-sizing: border-box;
    }
    button,
    .ui-file {
      background: var(--_surface);
      cursor: pointer;
      display: inline-flex;
      align-items: center;
    }
    button:hover,
    .ui-file:hover {
      border-color: var(--_accent);
    }
    /* The file input is read by its label, shown as a button; the input stays focusable for the keyboard. */
    input[type='file'] {
      position: absolute;
      width: 1px;
      height: 1px;
      min-height: 0;
      padding: 0;
      opacity: 0;
    }
    input[type='file']:focus-visible + button,
    input[type='file']:focus-visible {
      outline: none;
    }
    .ui-group:has(input[type='file']:focus-visible) .ui-file,
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
      box-shadow: 0 0 0 5px var(--_focus-contrast);
    }
    .ui-field-error,
    .ui-storage-note {
      color: var(--_error);
      font-weight: 600;
      margin: 0.25rem 0;
      flex-basis: 100%;
    }
    .ui-status:empty {
      display: none;
    }
    #ui-snippet {
      display: block;
      width: 100%;
      font-family: ui-monospace, monospace;
      font-size: 0.85rem;
    }
    .ui-panes {
      display: grid;
      gap: 1rem;
      grid-template-columns: minmax(0, 1fr);
    }
    .ui-help {
      margin: 0 0 0.4rem;
      color: var(--_muted);
      font-size: 0.9rem;
    }
    .ui-editor {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
      height: 60vh;
    }
    .ui-editor .cm-editor {
      height: 100%;
      background: var(--_bg);
      color: var(--_text);
      font-size: 0.95rem;
    }
    .ui-editor .cm-editor.cm-focused {
      outline: 3px solid var(--_focus);
      outline-offset: 0;
    }
    .ui-editor .cm-scroller {
      font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
      line-height: 1.5;
    }
    .ui-editor .cm-gutters {
      background: var(--_surface);
      color: var(--_muted);
      border-inline-end: 1px solid var(--_border);
    }
    .ui-editor .cm-activeLine {
      background: color-mix(in srgb, var(--_accent) 7%, transparent);
    }
    .ui-editor .cm-activeLineGutter {
      background: color-mix(in srgb, var(--_accent) 15%, transparent);
    }
    .ui-editor .cm-cursor {
      border-left-color: var(--_text);
    }
    .ui-editor .cm-selectionBackground,
    .ui-editor .cm-focused .cm-selectionBackground {
      background: color-mix(in srgb, var(--_accent) 30%, transparent);
    }
    /* Problem tooltips in the page's colours (CodeMirror's own are light only), the code at full contrast. */
    .ui-editor .cm-tooltip {
      background: var(--_surface);
      color: var(--_text);
      border: 1px solid var(--_border);
      font-family: var(--_font);
    }
    .ui-editor .cm-diagnosticSource {
      opacity: 1;
      font-size: 0.85em;
      color: var(--_muted);
    }
    .ui-tok-heading {
      color: var(--_tok-heading);
      font-weight: 700;
    }
    .ui-tok-strong {
      font-weight: 700;
    }
    .ui-tok-emphasis {
      font-style: italic;
    }
    .ui-tok-link {
      color: var(--_tok-link);
      text-decoration: underline;
    }
    .ui-tok-code {
      color: var(--_tok-code);
    }
    .ui-tok-meta,
    .ui-tok-quote,
    .ui-tok-list {
      color: var(--_tok-meta);
    }
    .ui-tok-comment {
      color: var(--_tok-comment);
      font-style: italic;
    }
    .ui-tok-directive,
    .ui-tok-directive * {
      color: var(--_tok-directive);
      font-weight: 700;
    }
    .ui-tok-directive-label,
    .ui-tok-directive-label * {
      color: var(--_tok-label);
    }
    .ui-tok-directive-attributes,
    .ui-tok-directive-attributes * {
      color: var(--_tok-attributes);
    }
    .ui-directive-line {
      background: color-mix(in srgb, var(--_tok-directive) 6%, transparent);
    }
    .ui-problems ul {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.35rem;
    }
    .ui-problems button {
      width: 100%;
      text-align: start;
      border-inline-start: 6px solid var(--_error);
    }
    .ui-problem-warning button {
      border-inline-start-color: var(--_tok-directive);
    }
    .ui-preview-body {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.75rem;
    }
    .ui-manifest code {
      font-family: ui-monospace, monospace;
    }
    @media (min-width: 60rem) {
      .ui-panes {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        align-items: start;
      }
      .ui-editor {
        height: calc(100vh - 30rem);
        min-height: 18rem;
      }
      .ui-preview-body {
        height: calc(100vh - 13rem);
        min-height: 25rem;
        overflow: auto;
      }
    }
  `,
];
