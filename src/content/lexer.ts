/**
 * marked's lexer, with what the directive extensions need to stay linear and
 * shallow:
 *
 * - Each `blockTokens` call (the document, a quote, a list item, a directive
 *   body) opens a scope whose text the block tokenizers only ever see
 *   suffixes of, so a position is `text.length - src.length`, known in O(1).
 * - The next directive line after a position is found once per scope and
 *   reused by every paragraph before it (marked asks at every paragraph).
 * - Where each container's closing line is, found by one scan that also
 *   records every container nested in it, closed or not, so no opener scans
 *   the same text twice. A directive body shares the record of the scope it
 *   sits in.
 * - Nesting deeper than `MAX_NESTING` stops: the rest of that block becomes
 *   one `tooDeep` token, reported and rendered as an error box.
 */
import { Lexer, type MarkedOptions, type Token, type Tokens, type TokensList } from 'marked';
import { MAX_NESTING } from './limits.js';

/** Where a container closes, as distances from the end of the scope's record. */
export type Closing = { start: number; end: number } | null;

export interface Scope {
  text: string;
  /** Distance from the end of `text` to the end of the text `closings` is keyed in. */
  shift: number;
  /** Opening line (distance from end) → its closing line, or null when unclosed. Made on first use: most scopes have no directive. */
  closings?: Map<number, Closing>;
  /** Absolute index in `text` of the next directive line at or after `searchedFrom`; -1 for none. */
  nextDirective?: number;
  searchedFrom?: number;
}

/** The rest of a block nested too deeply to lex. */
export interface TooDeepToken extends Tokens.Generic {
  type: 'tooDeep';
  raw: string;
  /** Where it starts in the normalised file. */
  offset: number;
}

export class DirectiveLexer extends Lexer {
  private readonly scopes: Scope[] = [];
  private pending: Omit<Scope, 'text'> | undefined;

  /** `locate` finds a too-deep block's offset in the file from the text the lexer has left. */
  constructor(
    options: MarkedOptions,
    private readonly locate: (src: string) => number,
  ) {
    super(options);
  }

  override blockTokens(src: string, tokens?: Token[], lastParagraphClipped?: boolean): Token[];
  override blockTokens(src: string, tokens?: TokensList, lastParagraphClipped?: boolean): TokensList;
  override blockTokens(src: string, tokens: Token[] = [], lastParagraphClipped?: boolean): Token[] {
    if (this.scopes.length >= MAX_NESTING) {
      const token: TooDeepToken = { type: 'tooDeep', raw: src, offset: this.locate(src) };
      tokens.push(token);
      return tokens;
    }
    const pending = this.pending;
    const scope: Scope = pending ? { text: src, shift: pending.shift, closings: pending.closings } : { text: src, shift: 0 };
    this.pending = undefined;
    this.scopes.push(scope);
    try {
      return super.blockTokens(src, tokens, lastParagraphClipped);
    } finally {
      this.scopes.pop();
    }
  }

  /** The scope whose text `src` is a suffix of. */
  get scope(): Scope | undefined {
    return this.scopes[this.scopes.length - 1];
  }

  /** Lexes a directive body that sits in the current scope, sharing its record of closing lines. */
  bodyTokens(body: string, bodyEndDistance: number, tokens: Token[]): Token[] {
    const scope = this.scope;
    if (scope) this.pending = { shift: scope.shift + bodyEndDistance, closings: (scope.closings ??= new Map()) };
    return this.blockTokens(body, tokens);
  }
}

export function isDirectiveLexer(lexer: Lexer): lexer is DirectiveLexer {
  return lexer instanceof DirectiveLexer;
}
