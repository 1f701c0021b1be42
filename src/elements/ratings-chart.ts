/**
 * The picture of a rated checklist: a bar per level of the scale with the
 * number of rows at it, drawn as inline SVG, and the same figures as a table
 * for screen readers and forced-colours mode. One drawing for every place
 * that shows ratings (the checklist itself, the portfolio and its print view).
 */
import { css, html, nothing, svg } from 'lit';
import { msg } from '@lit/localize';
import type { LevelCount } from '../store/readable.js';

/** Shortens a level name that would not fit beside its bar. */
function fit(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

export interface ChartOptions {
  /** The id of the chart's heading, unique in its shadow root; the table is labelled by it. */
  headingId: string;
  /** The heading's level: 3 under an activity's own h2, 5 under the portfolio's h4. */
  level: 3 | 5;
  /** The language the scale's levels are written in, when it differs from the interface's (WCAG 3.1.2). */
  lang?: string;
}

/**
 * The chart of `counts`; each bar's length is its count's share of `total`
 * (every row of the checklist, or every rated one where unrated rows are unknown).
 */
export function ratingsChart(counts: LevelCount[], total: number, { headingId, level, lang }: ChartOptions) {
  // Drawn at about its natural size: 320 units wide, shown between 280 and 384 px.
  const rowHeight = 30;
  const width = 320;
  const labelWidth = Math.min(150, Math.max(...counts.map((c) => fit(c.level, 20).length)) * 7.6 + 4);
  const barX = labelWidth + 8;
  const barSpace = width - barX - 28;
  const height = counts.length * rowHeight;
  const heading = msg('Your ratings at a glance');
  return html`
    <div class="ui-chart" part="chart">
      ${level === 3 ? html`<h3 id=${headingId}>${heading}</h3>` : html`<h5 id=${headingId}>${heading}</h5>`}
      <svg class="ui-chart-svg" viewBox="0 0 ${width} ${height}" role="presentation" aria-hidden="true" focusable="false">
        ${counts.map((c, i) => {
          const y = i * rowHeight;
          const barWidth = total ? (c.count / total) * barSpace : 0;
          return svg`<g class="ui-chart-row">
            <text class="ui-chart-label" lang=${lang ?? nothing} x=${labelWidth} y=${y + rowHeight / 2} text-anchor="end" dominant-baseline="central">${fit(c.level, 20)}</text>
            <rect class="ui-chart-track" x=${barX} y=${y + 6} width=${barSpace} height=${rowHeight - 12}></rect>
            <rect class="ui-chart-bar" x=${barX} y=${y + 6} width=${barWidth} height=${rowHeight - 12}></rect>
            <text class="ui-chart-count" x=${barX + barWidth + 5} y=${y + rowHeight / 2} dominant-baseline="central">${c.count}</text>
          </g>`;
        })}
      </svg>
      <div class="ui-chart-table ui-visually-hidden">
        <table aria-labelledby=${headingId}>
          <thead>
            <tr>
              <th scope="col">${msg('Level')}</th>
              <th scope="col">${msg('Number of items')}</th>
            </tr>
          </thead>
          <tbody>
            ${counts.map((c) => html`<tr><th scope="row" lang=${lang ?? nothing}>${c.level}</th><td>${c.count}</td></tr>`)}
          </tbody>
        </table>
      </div>
    </div>
  `;
}

export const chartStyles = css`
  .ui-chart {
    margin: calc(0.75 * var(--_fs)) 0 var(--_fs);
    padding: calc(0.75 * var(--_fs));
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .ui-chart h3,
  .ui-chart h5 {
    margin: 0 0 calc(0.5 * var(--_fs));
    font-size: calc(1.05 * var(--_fs));
  }
  .ui-chart-svg {
    display: block;
    width: 100%;
    max-width: calc(24 * var(--_fs));
    height: auto;
    font-family: var(--_font);
    font-size: 14px;
  }
  .ui-chart-label,
  .ui-chart-count {
    fill: var(--_text);
  }
  .ui-chart-track {
    fill: var(--_surface);
  }
  .ui-chart-bar {
    fill: var(--lp-chart-bar, var(--_accent));
  }
  /* In forced colours the bars' fills are lost: show the table instead of the picture. */
  @media (forced-colors: active) {
    .ui-chart-svg {
      display: none;
    }
    /* The table is hidden by shared.styles.ts's .ui-visually-hidden everywhere else. */
    .ui-chart-table.ui-visually-hidden {
      position: static !important;
      width: auto;
      height: auto;
      margin: 0;
      overflow: visible;
      clip: auto;
      clip-path: none;
      white-space: normal;
    }
    .ui-chart-table table {
      border-collapse: collapse;
    }
    .ui-chart-table th,
    .ui-chart-table td {
      padding: calc(0.25 * var(--_fs)) calc(0.75 * var(--_fs)) calc(0.25 * var(--_fs)) 0;
      border-bottom: 1px solid CanvasText;
      text-align: start;
    }
  }
`;
