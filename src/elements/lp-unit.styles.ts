import { css } from 'lit';
import { base } from './shared.styles.js';

export const styles = [
  base,
  css`
    :host {
      display: block;
      font-size: var(--lp-font-size, 1.0625rem);
      background: var(--_bg);
    }
    article {
      max-width: var(--lp-measure, 42rem);
      margin: 0 auto;
      padding: 0 var(--lp-gutter, 1rem) 3rem;
      overflow-wrap: break-word;
    }
    header {
      padding: 1.5rem 0 0.5rem;
    }
    .ui-number {
      margin: 0;
      font-weight: 700;
      color: var(--_accent);
      letter-spacing: 0.02em;
    }
    h1 {
      margin: 0.1rem 0 0.75rem;
      font-size: clamp(1.8rem, 1.3rem + 2.2vw, 2.6rem);
      line-height: 1.15;
    }
    .ui-summary {
      margin: 0 0 0.75rem;
      font-size: 1.2rem;
      color: var(--_muted);
    }
    .ui-facts {
      margin: 0 0 1rem;
      color: var(--_muted);
    }
    .ui-objectives {
      margin: 1rem 0;
      padding: 0.75rem 1rem;
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .ui-objectives h2,
    nav h2 {
      margin: 0 0 0.25rem;
      font-size: 1.05rem;
    }
    .ui-objectives ul {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
    }
    nav {
      margin: 1.5rem 0 2rem;
      padding: 0.25rem 0 0.25rem 1rem;
      border-left: 4px solid var(--_border);
    }
    nav ol {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
    }
    nav li {
      margin: 0.3rem 0;
    }
    /* A wrapped entry keeps its number beside its first line, not its last (an inline-block's baseline is its last line). */
    nav a {
      vertical-align: top;
    }
    nav a,
    .ui-skip {
      display: inline-block;
      min-height: 24px;
      padding: 0.1rem 0;
    }
    /* Shown when it has focus: the first stop for keyboard users, past the contents. */
    .ui-skip {
      margin-top: 0.5rem;
      padding: 0.25rem 0.5rem;
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
      padding: 0.75rem;
      margin: -0.75rem;
    }
    .ui-content svg {
      overflow: hidden;
      transform: none;
    }
    aside.ui-callout > div {
      contain: paint;
      overflow: clip;
      padding: 0.5rem;
      margin: -0.5rem;
    }
    .ui-content h2 {
      margin: 2.5rem 0 0.75rem;
      font-size: 1.6rem;
      line-height: 1.25;
      scroll-margin-top: 1.5rem;
    }
    .ui-content h3 {
      margin: 2rem 0 0.5rem;
      font-size: 1.25rem;
      line-height: 1.3;
      scroll-margin-top: 1.5rem;
    }
    .ui-content h4 {
      margin: 1.5rem 0 0.5rem;
      font-size: 1.1rem;
    }
    .ui-content p,
    .ui-content li {
      max-width: 65ch;
    }
    .ui-content li {
      margin: 0.35rem 0;
    }
    .ui-content ol,
    .ui-content ul {
      padding-left: 1.5rem;
    }
    .lp-table {
      overflow-x: auto;
      margin: 1rem 0 1.5rem;
      /* Shadows at an edge with more table beyond it, so a phone user sees it scrolls. */
      background:
        linear-gradient(to right, var(--_bg) 30%, transparent) left / 2.5rem 100% no-repeat local,
        linear-gradient(to left, var(--_bg) 30%, transparent) right / 2.5rem 100% no-repeat local,
        radial-gradient(farthest-side at 0 50%, var(--_shadow), transparent) left / 0.9rem 100% no-repeat scroll,
        radial-gradient(farthest-side at 100% 50%, var(--_shadow), transparent) right / 0.9rem 100% no-repeat scroll;
    }
    .lp-table table {
      margin: 0;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      margin: 1rem 0 1.5rem;
      font-size: 0.95em;
    }
    th,
    td {
      padding: 0.5rem 0.6rem;
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
      margin: 1.5rem 0;
      padding: 0.75rem 1rem 0.75rem 1.25rem;
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
      padding-left: 1rem;
      border-left: 4px solid var(--_border);
    }
    aside.lp-callout {
      margin: 1.5rem 0;
      padding: 0.75rem 1rem;
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
      margin: 0 0 0.25rem;
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
      padding: 0.75rem;
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
      margin: 2rem 0;
    }
    .ui-notice {
      margin: 1.5rem 0;
      padding: 0.75rem 1rem 1rem;
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .ui-notice h2,
    .ui-your-answers h2 {
      margin: 0 0 0.25rem;
      font-size: 1.15rem;
    }
    .ui-notice p {
      margin: 0 0 0.75rem;
    }
    .ui-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .ui-your-answers {
      margin: 2.5rem 0 0;
      padding-top: 1rem;
      border-top: 1px solid var(--_border);
    }
    .ui-your-answers p {
      margin: 0 0 0.75rem;
    }
    .ui-your-answers p[role='status']:empty {
      margin: 0;
    }
    .ui-loading {
      padding: 2rem 1rem;
      color: var(--_muted);
    }
    /* After the table rules, so it wins on small screens. */
    @media (max-width: 30em) {
      th,
      td {
        padding: 0.45rem 0.35rem;
      }
      table {
        font-size: 0.9em;
      }
    }
  `,
];
