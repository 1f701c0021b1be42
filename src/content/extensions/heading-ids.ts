/** Gives every heading a stable anchor id and reports it for the unit's contents. */
import type { MarkedExtension } from 'marked';
import { escapeHtml, plainText } from '../text.js';

/** `onHeading` receives the heading's plain text and returns its id (none: the heading gets no id). */
export function headingIds(onHeading: (text: string, depth: number) => string | undefined): MarkedExtension {
  return {
    renderer: {
      heading({ tokens, depth }) {
        const id = onHeading(plainText(tokens).trim(), depth);
        const attribute = id === undefined ? '' : ` id="${escapeHtml(id)}"`;
        return `<h${depth}${attribute}>${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  };
}
