/** The tokens the directive extensions add to marked's token tree. */
import type { Token, TokenizerThis, Tokens } from 'marked';
import type { DirectiveLine } from './directive-syntax.js';
import { isDirectiveLexer } from './lexer.js';

/** `:::name{…}` … `:::`. */
export interface ContainerDirectiveToken extends Tokens.Generic {
  type: 'containerDirective';
  /** `unclosed`: no closing line, so only the opening line was consumed; `stray`: a closing line with nothing open. */
  state: 'closed' | 'unclosed' | 'stray';
  directive: DirectiveLine;
  /** Offset of the first colon in the normalised file. */
  offset: number;
  /** The body, lexed as Markdown. */
  tokens: Token[];
}

/** `::name[label]{…}`. */
export interface LeafDirectiveToken extends Tokens.Generic {
  type: 'leafDirective';
  directive: DirectiveLine;
  /** Offset of the first colon in the normalised file. */
  offset: number;
  /** The label's inline tokens (empty without a label). */
  tokens: Token[];
}

export type DirectiveToken = ContainerDirectiveToken | LeafDirectiveToken;

export function isDirectiveToken(token: Token): token is DirectiveToken {
  return token.type === 'containerDirective' || token.type === 'leafDirective';
}

/** Renders Markdown tokens with the parser at hand. */
export interface MarkdownOutput {
  block(tokens: Token[]): string;
  inline(tokens: Token[]): string;
}

/** Turns a directive nested inside other Markdown (a list, a quote, a callout) into HTML. */
export type DirectiveHtml = (token: DirectiveToken, output: MarkdownOutput) => string;

const DIRECTIVE_LINE = /\n {0,3}::/g;

/**
 * Whether `src` starts with up to three spaces and then `colons` colons: a
 * test by character codes that lets every other block skip the directive
 * tokenizers without reading its first line.
 */
export function startsWithColons(src: string, colons: number): boolean {
  let at = 0;
  while (at < 3 && src.charCodeAt(at) === 32) at++;
  for (const end = at + colons; at < end; at++) if (src.charCodeAt(at) !== 58) return false;
  return true;
}

/**
 * Where the next directive line may start, so a paragraph stops before it.
 * marked passes the text after the paragraph's first character; only line
 * starts count. marked asks at every paragraph, so the answer is kept for
 * the scope and searched again only once the lexer has passed it: one pass
 * over the text in all.
 */
export function directiveStart(this: TokenizerThis, src: string): number | undefined {
  const scope = isDirectiveLexer(this.lexer) ? this.lexer.scope : undefined;
  if (!scope || src.length > scope.text.length) {
    const match = /\n {0,3}::/.exec(src);
    return match ? match.index + 1 : undefined;
  }
  const at = scope.text.length - src.length;
  const known = scope.searchedFrom !== undefined && scope.searchedFrom <= at
    && (scope.nextDirective === -1 || scope.nextDirective! >= at);
  if (!known) {
    DIRECTIVE_LINE.lastIndex = at;
    scope.nextDirective = DIRECTIVE_LINE.exec(scope.text)?.index ?? -1;
    scope.searchedFrom = at;
  }
  return scope.nextDirective === -1 ? undefined : scope.nextDirective! - at + 1;
}
