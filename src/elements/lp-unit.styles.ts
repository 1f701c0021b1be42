import { css } from 'lit';
import { base } from './shared.styles.js';

export const styles = [
  base,
  css`
    :host {
      display: block;
      font-size: calc(1.0625 * var(--_fs)) !important;
      background: var(--_bg);
    }
    article {
      max-width: var(--lp-measure, calc(42 * var(--_fs)));
      margin: 0 auto;
      padding: 0 var(--lp-gutter, var(--_fs)) calc(3 * var(--_fs));
      overflow-wrap: break-word;
    }
    header {
      padding: calc(1.5 * var(--_fs)) 0 calc(0.5 * var(--_fs));
    }
    .ui-number {
      margin: 0;
      font-weight: 700;
      color: var(--_accent);
      letter-spacing: 0.02em;
    }
    h1 {
      margin: calc(0.1 * var(--_fs)) 0 calc(0.75 * var(--_fs));
      font-size: clamp(calc(1.8 * var(--_fs)), calc(1.3 * var(--_fs)) + 2.2vw, calc(2.6 * var(--_fs)));
      line-height: 1.15;
    }
    .ui-summary {
      margin: 0 0 calc(0.75 * var(--_fs));
      font-size: calc(1.2 * var(--_fs));
      color: var(--_muted);
    }
    .ui-facts {
      margin: 0 0 var(--_fs);
      color: var(--_muted);
    }
    .ui-objectives {
      margin: var(--_fs) 0;
      padding: calc(0.75 * var(--_fs)) var(--_fs);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .ui-objectives h2,
    nav h2 {
      margin: 0 0 calc(0.25 * var(--_fs));
      font-size: calc(1.05 * var(--_fs));
    }
    .ui-objectives ul {
      margin: calc(0.25 * var(--_fs)) 0 0;
      padding-left: calc(1.25 * var(--_fs));
    }
    nav {
      margin: calc(1.5 * var(--_fs)) 0 calc(2 * var(--_fs));
      padding: calc(0.25 * var(--_fs)) 0 calc(0.25 * var(--_fs)) var(--_fs);
      border-left: 4px solid var(--_border);
    }
    nav ol {
      margin: calc(0.25 * var(--_fs)) 0 0;
      padding-left: calc(1.25 * var(--_fs));
    }
    nav li {
      margin: calc(0.3 * var(--_fs)) 0;
    }
    /* A wrapped entry keeps its number beside its first line, not its last (an inline-block's baseline is its last line). */
    nav a {
      vertical-align: top;
    }
    nav a,
    .ui-skip {
      display: inline-block;
      min-height: 24px;
      padding: calc(0.1 * var(--_fs)) 0;
    }
    /* Shown when it has focus: the first stop for keyboard users, past the contents. */
    .ui-skip {
      margin-top: calc(0.5 * var(--_fs));
      padding: calc(0.25 * var(--_fs)) calc(0.5 * var(--_fs));
      background: var(--_bg);
    }
    .ui-skip:not(:focus) {
      position: absolute;
      width: 1px;
      height: 1px;
      min-height: 0;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .ui-content:focus {
      outline: none;
    }
    .ui-content:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 4px;
    }
    @media (forced-colors: active) {
      .ui-objectives,
      figure.ui-quote,
      .ui-notice {
        border: 1px solid CanvasText;
      }
    }
    a {
      color: var(--_accent);
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 3px;
    }
    /* Author HTML paints only inside the unit's text column, never over the host
       page. The padding, taken back by the margin, keeps focus rings unclipped. */
    .ui-content {
      contain: paint;
      overflow: clip;
      padding: calc(0.75 * var(--_fs));
      margin: calc(-0.75 * var(--_fs));
    }
    .ui-content svg {
      overflow: hidden;
      transform: none;
    }
    aside.ui-callout > div {
      contain: paint;
      overflow: clip;
      padding: calc(0.5 * var(--_fs));
      margin: calc(-0.5 * var(--_fs));
    }
    .ui-content h2 {
      margin: calc(2.5 * var(--_fs)) 0 calc(0.75 * var(--_fs));
      font-size: calc(1.6 * var(--_fs));
      line-height: 1.25;
      scroll-margin-top: calc(1.5 * var(--_fs));
    }
    .ui-content h3 {
      margin: calc(2 * var(--_fs)) 0 calc(0.5 * var(--_fs));
      font-size: calc(1.25 * var(--_fs));
      line-height: 1.3;
      scroll-margin-top: calc(1.5 * var(--_fs));
    }
    .ui-content h4 {
      margin: calc(1.5 * var(--_fs)) 0 calc(0.5 * var(--_fs));
      font-size: calc(1.1 * var(--_fs));
    }
    .ui-content p,
    .ui-content li {
      max-width: 65ch;
    }
    .ui-content li {
      margin: calc(0.35 * var(--_fs)) 0;
    }
    .ui-content ol,
    .ui-content ul {
      padding-left: calc(1.5 * var(--_fs));
    }
    .lp-table {
      overflow-x: auto;
      margin: var(--_fs) 0 calc(1.5 * var(--_fs));
      /* Shadows at an edge with more table beyond it, so a phone user sees it scrolls. */
      background:
        linear-gradient(to right, var(--_bg) 30%, transparent) left / calc(2.5 * var(--_fs)) 100% no-repeat local,
        linear-gradient(to left, var(--_bg) 30%, transparent) right / calc(2.5 * var(--_fs)) 100% no-repeat local,
        radial-gradient(farthest-side at 0 50%, var(--_shadow), transparent) left / calc(0.9 * var(--_fs)) 100% no-repeat scroll,
        radial-gradient(farthest-side at 100% 50%, var(--_shadow), transparent) right / calc(0.9 * var(--_fs)) 100% no-repeat scroll;
    }
    .lp-table table {
      margin: 0;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      margin: var(--_fs) 0 calc(1.5 * var(--_fs));
      font-size: 0.95em;
    }
    th,
    td {
      padding: calc(0.5 * var(--_fs)) calc(0.6 * var(--_fs));
      text-align: left;
      vertical-align: top;
      border-bottom: 1px solid var(--_border);
      hyphens: manual;
      overflow-wrap: break-word;
    }
    th {
      border-bottom-width: 2px;
    }
    blockquote {
      margin: 0;
    }
    figure.lp-callout-quote {
      margin: calc(1.5 * var(--_fs)) 0;
      padding: calc(0.75 * var(--_fs)) var(--_fs) calc(0.75 * var(--_fs)) calc(1.25 * var(--_fs));
      border-left: 5px solid var(--_accent);
      background: var(--_surface);
      border-radius: 0 var(--_radius) var(--_radius) 0;
    }
    figure.lp-callout-quote blockquote {
      font-size: 1.1em;
    }
    figure.lp-callout-quote blockquote > :first-child {
      margin-top: 0;
    }
    figure.lp-callout-quote figcaption {
      color: var(--_muted);
    }
    figure.lp-callout-quote figcaption::before {
      content: '— ';
    }
    .ui-content > blockquote,
    .ui-content blockquote:not(figure blockquote) {
      padding-left: var(--_fs);
      border-left: 4px solid var(--_border);
    }
    aside.lp-callout {
      margin: calc(1.5 * var(--_fs)) 0;
      padding: calc(0.75 * var(--_fs)) var(--_fs);
      border-radius: var(--_radius);
      border: 2px solid var(--_border);
      background: var(--_bg);
    }
    aside.lp-callout-tip {
      border-color: var(--_success);
    }
    aside.lp-callout-important,
    aside.lp-callout-warning {
      border-color: var(--_error);
    }
    .lp-callout-title {
      margin: 0 0 calc(0.25 * var(--_fs));
      font-weight: 700;
    }
    aside.lp-callout > :last-child {
      margin-bottom: 0;
    }
    code {
      font-size: 0.95em;
    }
    pre {
      overflow-x: auto;
      padding: calc(0.75 * var(--_fs));
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    img {
      max-width: 100%;
      height: auto;
    }
    hr {
      border: 0;
      border-top: 1px solid var(--_border);
      margin: calc(2 * var(--_fs)) 0;
    }
    .ui-notice {
      margin: calc(1.5 * var(--_fs)) 0;
      padding: calc(0.75 * var(--_fs)) var(--_fs) var(--_fs);
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .ui-notice h2,
    .ui-your-answers h2 {
      margin: 0 0 calc(0.25 * var(--_fs));
      font-size: calc(1.15 * var(--_fs));
    }
    .ui-notice p {
      margin: 0 0 calc(0.75 * var(--_fs));
    }
    .ui-actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(0.5 * var(--_fs));
    }
    .ui-your-answers {
      margin: calc(2.5 * var(--_fs)) 0 0;
      padding-top: var(--_fs);
      border-top: 1px solid var(--_border);
    }
    .ui-your-answers p {
      margin: 0 0 calc(0.75 * var(--_fs));
    }
    .ui-your-answers p[role='status']:empty {
      margin: 0;
    }
    .ui-loading {
      padding: calc(2 * var(--_fs)) var(--_fs);
      color: var(--_muted);
    }
    /* After the table rules, so it wins on small screens. */
    @media (max-width: 30em) {
      th,
      td {
        padding: calc(0.45 * var(--_fs)) calc(0.35 * var(--_fs));
      }
      table {
        font-size: 0.9em;
      }
    }
  `,
];
