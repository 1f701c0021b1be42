/**
 * Finds where a directive sits in the original file. marked's tokens carry
 * no positions, but at the top level (and in a directive body, which we lex
 * ourselves) the text the lexer has left is always a suffix of the text it
 * started with, so the offset is exact. Inside a quote or list marked has
 * rewritten the text, so there the directive line is searched for instead.
 */
interface Frame {
  root: string;
  /** Offset of `root` in the file; undefined when only searching works. */
  base: number | undefined;
}

export class DirectiveLocator {
  private readonly frames: Frame[];
  /** Searches start here: directives are lexed in document order. */
  private cursor: number;

  constructor(
    private readonly text: string,
    root: string,
    base: number,
  ) {
    this.frames = [{ root, base }];
    this.cursor = base;
  }

  /**
   * `src` is what the lexer has left and starts with the directive's line;
   * `indent` spaces come before the directive `line`. Returns the offset of
   * the directive's first colon and whether it is exact.
   */
  locate(src: string, indent: number, line: string): { offset: number; exact: boolean } {
    const frame = this.frames[this.frames.length - 1]!;
    const start = frame.root.length - src.length;
    if (frame.base !== undefined && start >= 0 && frame.root.startsWith(src.slice(0, indent + line.length), start)) {
      const offset = frame.base + start + indent;
      this.cursor = Math.max(this.cursor, offset + 1);
      return { offset, exact: true };
    }
    return { offset: this.search(line), exact: false };
  }

  /** The offset of the next occurrence of `line`, for text marked has rewritten; else the last offset found. */
  search(line: string): number {
    const found = this.text.indexOf(line, this.cursor);
    if (found === -1) return Math.min(this.cursor, this.text.length);
    this.cursor = found + 1;
    return found;
  }

  /** Runs `lex` on a directive body that starts at `base` (undefined when not known exactly). */
  within<T>(root: string, base: number | undefined, lex: () => T): T {
    this.frames.push({ root, base });
    try {
      return lex();
    } finally {
      this.frames.pop();
    }
  }
}
