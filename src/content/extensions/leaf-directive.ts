/**
 * Leaf directives, `::name[label]{attributes}` on a line of their own
 * (SPEC §2), as a marked block extension. The label is inline Markdown.
 */
import type { RendererExtension, TokenizerExtension } from 'marked';
import { directiveStart, startsWithColons, type DirectiveHtml, type LeafDirectiveToken } from '../directive-tokens.js';
import { parseDirectiveLine } from '../directive-syntax.js';
import type { DirectiveLocator } from '../locator.js';

const LINE = /^ {0,3}(?=::[A-Za-z])/;

export function leafDirective(locator: DirectiveLocator, html: DirectiveHtml): TokenizerExtension & RendererExtension {
  return {
    name: 'leafDirective',
    level: 'block',
    start: directiveStart,
    tokenizer(src) {
      if (!startsWithColons(src, 2)) return undefined;
      const lineEnd = src.indexOf('\n');
      const first = lineEnd === -1 ? src : src.slice(0, lineEnd);
      const indent = LINE.exec(first)?.[0].length;
      if (indent === undefined) return undefined;
      const line = first.slice(indent);
      const directive = parseDirectiveLine(line);
      if (!directive || directive.colons !== 2) return undefined;
      const { offset } = locator.locate(src, line);
      const tokens = directive.label === undefined ? [] : this.lexer.inline(directive.label, []);
      const raw = lineEnd === -1 ? src : src.slice(0, lineEnd + 1);
      const token: LeafDirectiveToken = { type: 'leafDirective', raw, directive, offset, tokens };
      return token;
    },
    renderer(token) {
      return html(token as LeafDirectiveToken, {
        block: (tokens) => this.parser.parse(tokens),
        inline: (tokens) => this.parser.parseInline(tokens),
      });
    },
  };
}
