/**
 * Leaf directives, `::name[label]{attributes}` on a line of their own
 * (SPEC §2), as a marked block extension. The label is inline Markdown.
 */
import type { RendererExtension, TokenizerExtension } from 'marked';
import { startsWithColons, type DirectiveHtml, type LeafDirectiveToken } from '../directive-tokens.js';
import { parseDirectiveLine } from '../directive-syntax.js';
import type { DirectiveLocator } from '../locator.js';

// Stryker disable next-line Regex: `startsWithColons` has checked that the line's colons start it
const LINE = /^ {0,3}(?=::[A-Za-z])/;

export function leafDirective(locate: () => DirectiveLocator, html: DirectiveHtml): TokenizerExtension & RendererExtension {
  return {
    name: 'leafDirective',
    level: 'block',
    // No `start` of its own: the container directive's, the same function, already stops a paragraph at any `::` line.
    tokenizer(src) {
      // A quick refusal: LINE and `parseDirectiveLine` refuse the same lines.
      // Stryker disable next-line ConditionalExpression: only saves work
      if (!startsWithColons(src, 2)) return undefined;
      const lineEnd = src.indexOf('\n');
      const first = lineEnd === -1 ? src : src.slice(0, lineEnd);
      const indent = LINE.exec(first)?.[0].length;
      // Stryker disable next-line ConditionalExpression: the whole line, with its spaces or a digit after the colons, is no directive either
      if (indent === undefined) return undefined;
      const line = first.slice(indent);
      const directive = parseDirectiveLine(line);
      // LINE lets only two colons then a letter through.
      // Stryker disable next-line ConditionalExpression: the colons are always two here
      if (!directive || directive.colons !== 2) return undefined;
      const { offset } = locate().locate(src, line);
      const tokens = directive.label === undefined ? [] : this.lexer.inline(directive.label, []);
      const raw = lineEnd === -1 ? src : src.slice(0, lineEnd + 1);
      const token: LeafDirectiveToken = { type: 'leafDirective', raw, directive, offset, tokens };
      return token;
    },
    renderer(token) {
      // A leaf directive rendered on its own, outside the container it belongs to, is an error box, which renders no Markdown.
      // Stryker disable ObjectLiteral,ArrowFunction: no output is asked for
      return html(token as LeafDirectiveToken, {
        block: (tokens) => this.parser.parse(tokens),
        inline: (tokens) => this.parser.parseInline(tokens),
      });
      // Stryker restore ObjectLiteral,ArrowFunction
    },
  };
}
