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
      max-width: var(--lp-pack-width, 64rem);
      margin: 0 auto;
      padding: 0 var(--lp-gutter, 1rem);
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'header' 'contents' 'unit' 'pager';
      gap: 0 2rem;
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
        grid-template-columns: 18rem minmax(0, 1fr);
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
    .ui-skip {
      position: absolute;
      left: -999rem;
    }
    .ui-skip:focus {
      position: static;
      display: inline-block;
      margin: 0.5rem 0;
    }
    .ui-header {
      padding: 1rem 0 0.5rem;
      border-bottom: 1px solid var(--_border);
    }
    .ui-pack-title {
      margin: 0 0 0.5rem;
      font-weight: 700;
      font-size: 1.1rem;
    }
    .ui-switcher p {
      margin: 0 0 0.5rem;
    }
    .ui-switcher ul {
      list-style: none;
      margin: 0 0 0.75rem;
      padding: 0;
    }
    .ui-switcher li {
      margin: 0.25rem 0;
    }
    .ui-switcher button[aria-current='true'] {
      font-weight: 700;
    }
    .ui-description {
      display: block;
      color: var(--_muted);
    }
    .ui-contents {
      margin: 1rem 0;
    }
    .ui-contents summary {
      cursor: pointer;
      font-weight: 700;
      padding: 0.6rem 0;
    }
    .ui-part {
      font-size: 1rem;
      margin: 0.75rem 0 0.25rem;
    }
    .ui-contents ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .ui-entry a {
      display: grid;
      grid-template-columns: 1.5rem minmax(0, 1fr);
      gap: 0 0.25rem;
      padding: 0.4rem 0.5rem;
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
      font-size: 0.9rem;
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
      gap: 1rem;
      padding: 1rem 0 2rem;
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
      padding: 1rem;
    }
  `,
];
