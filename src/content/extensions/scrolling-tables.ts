/**
 * Wraps each table in a box of its own, so a wide table scrolls sideways
 * inside it instead of making the whole page scroll on a phone (WCAG 1.4.10).
 */
import { Renderer, type MarkedExtension } from 'marked';

export function scrollingTables(): MarkedExtension {
  return {
    renderer: {
      table(token) {
        return `<div class="lp-table">\n${Renderer.prototype.table.call(this, token)}</div>\n`;
      },
    },
  };
}
