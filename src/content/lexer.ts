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
 * - Where the text of each quote and list item starts in the file, for the
 *   locator: a quote or a list begins where the lexer is in its scope, and
 *   its texts (a quote's runs of lines, a list's items) follow each other
 *   line for line.
 */
import { Lexer, Tokenizer, type MarkedOptions, type Token, type Tokens, type TokensList } from 'marked';
import { MAX_NESTING } from './limits.js';
import type { DirectiveLocator } from './locator.js';

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

/** A quote or a list being read, whose texts the lexer lexes as nested scopes. */
interface Container {
  /** The depth of the scope it sits in. */
  depth: number;
  /** The text from its start on. */
  src: string;
  /** The file line of its first line; undefined when not known. */
  line: number | undefined;
  /** Lines of its texts lexed so far. */
  lines: number;
}

export class DirectiveLexer extends Lexer {
  private readonly scopes: Scope[] = [];
  private pending: Omit<Scope, 'text'> | undefined;
  // Stryker disable next-line ArrayDeclaration: an element that is no container has no depth, so no scope takes it
  private readonly containers: Container[] = [];

  constructor(
    options: MarkedOptions,
    private readonly locator: DirectiveLocator,
  ) {
    // A tokenizer of its own, so noting where quotes and lists start changes no shared one. Its
    // methods are its class's: closures made for each unit and set on it kept each unit's tokens
    // alive past the young generation's collections, as an instance of marked per unit did.
    super({ ...options, tokenizer: new NotingTokenizer(options) });
  }

  override blockTokens(src: string, tokens?: Token[], lastParagraphClipped?: boolean): Token[];
  override blockTokens(src: string, tokens?: TokensList, lastParagraphClipped?: boolean): TokensList;
  override blockTokens(src: string, tokens: Token[] = [], lastParagraphClipped?: boolean): Token[] {
    const pending = this.pending;
    this.pending = undefined;
    // A quote's or list item's text (a directive body's place is the locator's already).
    const nested = this.scopes.length > 0 && !pending;
    const line = nested ? this.nestedLine(src) : undefined;
    if (this.scopes.length >= MAX_NESTING) {
      // Placed by its first line without the indentation, where marked may have turned a tab into spaces.
      const token: TooDeepToken = { type: 'tooDeep', raw: src, offset: this.locator.place(src.slice(0, src.indexOf('\n') >>> 0).trimStart(), line) };
      tokens.push(token);
      return tokens;
    }
    const scope: Scope = pending ? { text: src, shift: pending.shift, closings: pending.closings } : { text: src, shift: 0 };
    this.scopes.push(scope);
    try {
      return nested
        ? this.locator.within(src, line, () => super.blockTokens(src, tokens, lastParagraphClipped))
        : super.blockTokens(src, tokens, lastParagraphClipped);
    } finally {
      this.scopes.pop();
    }
  }

  /** Runs a quote's or a list's tokenizer, noting where it starts for the texts it lexes. */
  /** @internal For NotingTokenizer. */
  container<T>(src: string, tokenize: () => T): T {
    const depth = this.scopes.length;
    const outer = this.containers[this.containers.length - 1];
    let line: number | undefined;
    if (outer?.depth === depth) {
      // A quote reads its last nested quote or list again with the lazy lines after it, to the
      // quote's end: text that is not its scope's, ending on the quote's last line. The lines
      // it takes in are not counted among the quote's, whose later texts are then not placed.
      // Stryker disable next-line ConditionalExpression: undefined + lines is NaN, which names no line either
      line = outer.line === undefined ? undefined : outer.line + this.quoteLines(outer.src) - countLines(src);
      outer.line = undefined;
    } else {
      line = this.locator.lineAt(this.scope!.text.length - src.length);
    }
    this.containers.push({ depth, src, line, lines: 0 });
    try {
      return tokenize();
    } finally {
      this.containers.pop();
    }
  }

  /** The number of lines of the quote that starts `src`, as marked's tokenizer takes them. */
  private quoteLines(src: string): number {
    // The rule matched this very text when marked's tokenizer was given it.
    const quote = this.options.tokenizer!.rules.block.blockquote.exec(src)![0];
    // Its last character ends its last line or is on it.
    return countLines(quote.slice(0, -1));
  }

  /** The file line where a quote's or list item's text `src` starts, when known; counts its lines for the next. */
  private nestedLine(src: string): number | undefined {
    const container = this.containers[this.containers.length - 1];
    // Stryker disable next-line ConditionalExpression: undefined + lines is NaN, which names no line either
    if (container?.depth !== this.scopes.length || container.line === undefined) return undefined;
    const line = container.line + container.lines;
    container.lines += countLines(src);
    return line;
  }

  /** The scope whose text `src` is a suffix of. */
  get scope(): Scope | undefined {
    return this.scopes[this.scopes.length - 1];
  }

  /** Lexes a directive body that sits in the current scope, sharing its record of closing lines. */
  bodyTokens(body: string, bodyEndDistance: number, tokens: Token[]): Token[] {
    // The container tokenizer that calls this runs in a scope.
    const scope = this.scope!;
    // Stryker disable next-line AssignmentOperator: without a record to share the body makes its own, which only scans again
    this.pending = { shift: scope.shift + bodyEndDistance, closings: (scope.closings ??= new Map()) };
    return this.blockTokens(body, tokens);
  }
}

/** marked's tokenizer, telling the lexer that runs it where each quote and list starts. */
class NotingTokenizer extends Tokenizer {
  override blockquote(src: string): Tokens.Blockquote | undefined {
    const lexer = this.lexer;
    return lexer instanceof DirectiveLexer ? lexer.container(src, () => super.blockquote(src)) : super.blockquote(src);
  }

  override list(src: string): Tokens.List | undefined {
    const lexer = this.lexer;
    return lexer instanceof DirectiveLexer ? lexer.container(src, () => super.list(src)) : super.list(src);
  }
}

/** Lines of `text`: one more than its newlines. */
function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

export function isDirectiveLexer(lexer: Lexer): lexer is DirectiveLexer {
  return lexer instanceof DirectiveLexer;
}
