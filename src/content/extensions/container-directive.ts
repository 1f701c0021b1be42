/**
 * Container directives, `:::name{attributes}` … `:::` (SPEC §2), as a marked
 * block extension. The body is found first (so a list or table just before
 * the closing `:::` cannot swallow it) and then lexed by marked as ordinary
 * Markdown. Fences nest by counting: an inner `:::note` … `:::` closes
 * before its parent, and a longer outer fence (`::::`) also works.
 */
import type { Lexer, RendererExtension, TokenizerExtension } from 'marked';
import { directiveStart, startsWithColons, type ContainerDirectiveToken, type DirectiveHtml } from '../directive-tokens.js';
import { parseDirectiveLine, type DirectiveLine } from '../directive-syntax.js';
import { isDirectiveLexer, type Closing } from '../lexer.js';
import type { DirectiveLocator } from '../locator.js';

// Stryker disable next-line Regex: `startsWithColons` has checked that the line's colons start it
const OPENING = /^ {0,3}(?=:::)/;
const CLOSING = /^ {0,3}(:{3,})[ \t]*$/;
/** The lines the tokenizer takes as an opening: the head of `parseDirectiveLine`, with three colons or more. */
const NESTED_OPENING = /^ {0,3}(:{3,})[A-Za-z][\w-]*(?=[[{ \t]|$)/;
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

export function containerDirective(locate: () => DirectiveLocator, html: DirectiveHtml): TokenizerExtension & RendererExtension {
  return {
    name: 'containerDirective',
    level: 'block',
    start: directiveStart,
    tokenizer(src) {
      // A quick refusal: OPENING and `parseDirectiveLine` refuse the same lines.
      // Stryker disable next-line ConditionalExpression: only saves work
      if (!startsWithColons(src, 3)) return undefined;
      const lineEnd = src.indexOf('\n');
      const first = lineEnd === -1 ? src : src.slice(0, lineEnd);
      // Stryker disable next-line OptionalChaining: OPENING always matches a line `startsWithColons` let through
      const indent = OPENING.exec(first)?.[0].length;
      // Stryker disable next-line ConditionalExpression: likewise
      if (indent === undefined) return undefined;
      const line = first.slice(indent);
      const firstRaw = lineEnd === -1 ? src : src.slice(0, lineEnd + 1);
      if (CLOSING.test(first)) {
        const { offset } = locate().locate(src, line);
        return token('stray', firstRaw, {
          colons: line.trimEnd().length,
          // A stray line's message uses only its colons.
          // Stryker disable next-line StringLiteral: unused
          name: '',
          // Stryker disable next-line ArrayDeclaration: unused
          attributes: [],
        }, offset);
      }
      const directive = parseDirectiveLine(line);
      // OPENING has let through only lines of three colons or more.
      if (!directive) return undefined;
      const { offset, next } = locate().locate(src, line);
      const close = closingLine(this.lexer, src, firstRaw.length, directive.colons);
      // Stryker disable next-line StringLiteral: every state but 'closed' and 'stray' reads as unclosed
      if (!close) return token('unclosed', firstRaw, directive, offset);
      const body = src.slice(firstRaw.length, close.start);
      const result = token('closed', src.slice(0, close.end), directive, offset);
      // Lexed as at the top of a document, so the body gets paragraphs, not bare text.
      const top = this.lexer.state.top;
      this.lexer.state.top = true;
      try {
        const lexer = this.lexer;
        locate().within(body, next, () => isDirectiveLexer(lexer)
          ? lexer.bodyTokens(body, src.length - close.start, result.tokens)
          : lexer.blockTokens(body, result.tokens));
      } finally {
        this.lexer.state.top = top;
      }
      return result;
    },
    renderer(token) {
      return html(token as ContainerDirectiveToken, {
        block: (tokens) => this.parser.parse(tokens),
        // A nested container renders no inline Markdown of its own: activities, whose prompts and feedback do, are refused there.
        // Stryker disable next-line ArrowFunction: not called
        inline: (tokens) => this.parser.parseInline(tokens),
      });
    },
  };
}

function token(state: ContainerDirectiveToken['state'], raw: string, directive: DirectiveLine, offset: number): ContainerDirectiveToken {
  return { type: 'containerDirective', raw, state, directive, offset, tokens: [] };
}

interface Span {
  start: number;
  end: number;
}

/**
 * The closing line of the container whose opening line starts `src`, from
 * the lexer's record when an earlier scan passed this line, else by a scan
 * that records every container it passes.
 */
function closingLine(lexer: Lexer, src: string, from: number, colons: number): Span | undefined {
  const scope = isDirectiveLexer(lexer) ? lexer.scope : undefined;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BooleanLiteral: the directive lexer's scope always holds src; a scan without the record finds the same line, only with more work
  if (!scope || src.length > scope.text.length) return scanClosingLine(src, from, colons, () => {});
  // Distances from the end of the recorded text do not change as the lexer moves on.
  const end = src.length + scope.shift;
  const closings = (scope.closings ??= new Map());
  const known = closings.get(end);
  // Stryker disable next-line ConditionalExpression: scanning again finds the same line, only with more work
  if (known !== undefined) return known ? { start: end - known.start, end: end - known.end } : undefined;
  return scanClosingLine(src, from, colons, (opening, closing) => {
    closings.set(end - opening, closing && { start: end - closing.start, end: end - closing.end });
  });
}

/**
 * The closing line for a fence of `colons` colons, from `from` on: the first
 * `:::` line (at least as long as the innermost open fence) that closes no
 * nested directive. Lines inside fenced code never count. `record` learns
 * where every container on the way closes (null: it does not).
 */
function scanClosingLine(src: string, from: number, colons: number, record: (opening: number, closing: Closing) => void): Span | undefined {
  const open = [{ colons, at: 0 }];
  let code: { char: string; length: number } | undefined;
  for (let start = from; start < src.length; ) {
    const newline = src.indexOf('\n', start);
    const end = newline === -1 ? src.length : newline + 1;
    const line = src.slice(start, newline === -1 ? src.length : newline);
    if (code) {
      if (closesCode(line, code)) code = undefined;
    } else if ((code = opensCode(line))) {
      // skipped until its closing fence
    } else {
      const closing = CLOSING.exec(line);
      if (closing && closing[1]!.length >= open[open.length - 1]!.colons) {
        record(open.pop()!.at, { start, end });
        if (open.length === 0) return { start, end };
      } else {
        // A line of colons alone (too short to close here) opens nothing.
        const nested = NESTED_OPENING.exec(line);
        if (nested) open.push({ colons: nested[1]!.length, at: start });
      }
    }
    start = end;
  }
  for (const { at } of open) record(at, null);
  return undefined;
}

function opensCode(line: string): { char: string; length: number } | undefined {
  const match = CODE_FENCE.exec(line);
  if (!match) return undefined;
  const fence = match[1]!;
  // CommonMark: a backtick fence's info string cannot contain a backtick.
  if (fence[0] === '`' && match[2]!.includes('`')) return undefined;
  return { char: fence[0]!, length: fence.length };
}

function closesCode(line: string, code: { char: string; length: number }): boolean {
  const match = CODE_FENCE.exec(line);
  return !!match && match[1]![0] === code.char && match[1]!.length >= code.length && !match[2]!.trim();
}
