import { css } from 'lit';
import { base } from './shared.styles.js';

export const styles = [
  base,
  css`
    :host {
      display: block;
      background: var(--_bg);
    }
    .ui-pack {
      max-width: var(--lp-pack-width, calc(64 * var(--_fs)));
      margin: 0 auto;
      padding: 0 var(--lp-gutter, var(--_fs));
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'header' 'contents' 'unit' 'pager';
      gap: 0 calc(2 * var(--_fs));
    }
    .ui-header {
      grid-area: header;
    }
    .ui-contents {
      grid-area: contents;
    }
    .ui-unit {
      grid-area: unit;
    }
    .ui-pager {
      grid-area: pager;
    }
    @media (min-width: 64rem) {
      .ui-pack {
        grid-template-columns: calc(18 * var(--_fs)) minmax(0, 1fr);
        grid-template-rows: auto auto 1fr;
        grid-template-areas: 'header header' 'contents unit' 'contents pager';
      }
      .ui-contents {
        align-self: start;
        position: sticky;
        top: 0;
        max-height: 100vh;
        overflow-y: auto;
      }
    }
    /* Hidden until the keyboard reaches it, the usual way: clipped to nothing, not moved off the page. */
    .ui-skip:not(:focus) {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      border: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .ui-skip:focus {
      position: static;
      display: inline-block;
      margin: calc(0.5 * var(--_fs)) 0;
    }
    .ui-header {
      padding: var(--_fs) 0 calc(0.5 * var(--_fs));
      border-bottom: 1px solid var(--_border);
    }
    .ui-pack-title {
      margin: 0 0 calc(0.5 * var(--_fs));
      font-weight: 700;
      font-size: calc(1.1 * var(--_fs));
    }
    .ui-switcher p {
      margin: 0 0 calc(0.5 * var(--_fs));
    }
    .ui-switcher ul {
      list-style: none;
      margin: 0 0 calc(0.75 * var(--_fs));
      padding: 0;
    }
    .ui-switcher li {
      margin: calc(0.25 * var(--_fs)) 0;
    }
    .ui-switcher button[aria-current='true'] {
      font-weight: 700;
    }
    .ui-description {
      display: block;
      color: var(--_muted);
    }
    .ui-contents {
      margin: var(--_fs) 0;
    }
    .ui-contents summary {
      cursor: pointer;
      font-weight: 700;
      padding: calc(0.6 * var(--_fs)) 0;
    }
    .ui-part {
      font-size: var(--_fs);
      margin: calc(0.75 * var(--_fs)) 0 calc(0.25 * var(--_fs));
    }
    .ui-contents ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .ui-entry a {
      display: grid;
      grid-template-columns: calc(1.5 * var(--_fs)) minmax(0, 1fr);
      gap: 0 calc(0.25 * var(--_fs));
      padding: calc(0.4 * var(--_fs)) calc(0.5 * var(--_fs));
      min-height: 44px;
      color: var(--_accent);
      text-decoration: none;
      border-radius: var(--_radius);
    }
    .ui-entry a:hover .ui-entry-title {
      text-decoration: underline;
    }
    .ui-entry a[aria-current='page'] {
      background: var(--_surface);
      border-left: 4px solid var(--_accent);
    }
    .ui-icon {
      grid-row: 1 / span 2;
    }
    .ui-state {
      grid-column: 2;
      font-size: calc(0.9 * var(--_fs));
      color: var(--_muted);
    }
    .ui-complete .ui-icon {
      color: var(--_success);
    }
    .ui-end {
      height: 1px;
    }
    .ui-unit:focus {
      outline: none;
    }
    .ui-pager {
      display: flex;
      justify-content: space-between;
      gap: var(--_fs);
      padding: var(--_fs) 0 calc(2 * var(--_fs));
      border-top: 1px solid var(--_border);
    }
    .ui-pager a {
      display: flex;
      flex-direction: column;
      color: var(--_accent);
      max-width: 48%;
    }
    .ui-next {
      text-align: right;
      margin-left: auto;
    }
    .ui-direction {
      font-weight: 700;
    }
    .ui-loading {
      padding: var(--_fs);
    }
  `,
];
