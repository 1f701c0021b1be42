/**
 * Finds where a directive sits in the original file. marked's tokens carry
 * no positions, and inside a quote or a list item marked has taken the
 * container's marks (`> `, the bullet, the indentation) out of each line.
 * But every text the lexer lexes (the unit's body, a directive's body, a
 * quote's or a list item's text) is made of the ends of consecutive lines of
 * the file, one for one, and the lexer only ever has a suffix of it left. So,
 * knowing the file line of a text's first line, a directive's line is
 * counted, and its column is where its own text ends that line. Only where
 * the lexer cannot say where a text starts is the directive's text searched
 * for, from the last directive found on.
 */
import { LineIndex } from './source.js';

interface Frame {
  root: string;
  /** The 1-based file line of `root`'s first line; undefined when not known. */
  line: number | undefined;
  /** Newlines of `root` before `counted`, counted once as the lexer moves on. */
  counted: number;
  newlines: number;
}

export class DirectiveLocator {
  private readonly frames: Frame[];
  /** Searches start here: directives are lexed in document order. */
  private cursor: number;
  private readonly lines: LineIndex;

  /** `root`, the unit's body, starts at offset `base` of `text`. */
  constructor(
    private readonly text: string,
    root: string,
    base: number,
  ) {
    this.lines = new LineIndex(text);
    this.frames = [{ root, line: this.lines.position(base).line, counted: 0, newlines: 0 }];
    this.cursor = base;
  }

  /**
   * `src` is what the lexer has left and starts with the directive's line,
   * whose text from its first colon is `line`. Returns the offset of that
   * colon and the file line of the line after it (where a container's body
   * starts), when known.
   */
  locate(src: string, line: string): { offset: number; next: number | undefined } {
    const fileLine = this.lineAt(this.frame.root.length - src.length);
    const offset = this.onLine(line, fileLine);
    if (offset === undefined) return { offset: this.search(line), next: undefined };
    return { offset, next: fileLine! + 1 };
  }

  /**
   * The offset of `text` where it ends file line `line` (the first line of
   * a text too deeply nested to lex); else of its next occurrence.
   */
  place(text: string, line: number | undefined): number {
    return this.onLine(text, line) ?? this.search(text);
  }

  /** The 1-based file line of offset `at` of the text being lexed, when known. */
  lineAt(at: number): number | undefined {
    const frame = this.frame;
    // Stryker disable next-line ConditionalExpression: undefined + newlines is NaN, which names no line either, so the text is searched for all the same
    if (frame.line === undefined) return undefined;
    // The lexer asks in document order, always at the start of a block, never at a newline.
    // Stryker disable next-line EqualityOperator: `at` is never a newline's offset (see above)
    for (let i = frame.root.indexOf('\n', frame.counted); i !== -1 && i < at; i = frame.root.indexOf('\n', i + 1)) frame.newlines++;
    frame.counted = at;
    return frame.line + frame.newlines;
  }

  /** Runs `lex` on a text whose first line is file line `line` (undefined when not known). */
  within<T>(root: string, line: number | undefined, lex: () => T): T {
    this.frames.push({ root, line, counted: 0, newlines: 0 });
    try {
      return lex();
    } finally {
      this.frames.pop();
    }
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  /** The offset of `text` when it ends file line `line`. */
  private onLine(text: string, line: number | undefined): number | undefined {
    // Stryker disable next-line ConditionalExpression: start(undefined) finds no line either
    const start = line === undefined ? undefined : this.lines.start(line);
    if (start === undefined) return undefined;
    const newline = this.text.indexOf('\n', start);
    const end = newline === -1 ? this.text.length : newline;
    // `text` holds no newline, so it can only end the line within the line.
    if (!this.text.endsWith(text, end)) return undefined;
    const offset = end - text.length;
    this.cursor = Math.max(this.cursor, offset + 1);
    return offset;
  }

  /** The offset of the next occurrence of `text`, for text whose place is not known; else the last offset found. */
  private search(text: string): number {
    const found = this.text.indexOf(text, this.cursor);
    // Stryker disable next-line ConditionalExpression,UnaryOperator,EqualityOperator: not reached: the text searched for is always the file's own (a directive's line from its first colon, or a too-deep block's first line without its indentation) and comes after the last one found
    if (found === -1) return this.cursor;
    this.cursor = found + 1;
    return found;
  }
}
