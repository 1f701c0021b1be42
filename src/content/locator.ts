/**
 * Finds where a directive sits in the original file. marked's tokens carry
 * no positions, but at the top level (and in a directive body, which we lex
 * ourselves) the text the lexer has left is always a suffix of the text it
 * started with, so the offset is exact. Inside a quote or a list item marked
 * has taken the container's marks (`> `, the bullet, the indentation) out of
 * each line, but each line of the text it lexes is still the end of one line
 * of the file, in order: knowing the file line of the text's first line, a
 * directive's line is counted and its column is where its text ends that
 * line. Only where the lexer cannot say where such a text starts is the
 * directive's line searched for.
 */
import { LineIndex } from './source.js';

/** Where a text being lexed sits in the file. */
export interface Place {
  /** Its offset: the text is the file's own. */
  base?: number;
  /** The 1-based file line of its first line: each of its lines ends a file line, in order. */
  line?: number;
}

interface Frame extends Place {
  root: string;
  /** Newlines of `root` before `counted`, counted once as the lexer moves on. */
  counted: number;
  newlines: number;
}

export class DirectiveLocator {
  private readonly frames: Frame[];
  /** Searches start here: directives are lexed in document order. */
  private cursor: number;
  private index: LineIndex | undefined;

  constructor(
    private readonly text: string,
    root: string,
    base: number,
  ) {
    this.frames = [{ root, base, counted: 0, newlines: 0 }];
    this.cursor = base;
  }

  /**
   * `src` is what the lexer has left and starts with the directive's line;
   * `indent` spaces come before the directive `line`. Returns the offset of
   * the directive's first colon and where the text after its line (a
   * container's body) sits.
   */
  locate(src: string, indent: number, line: string): { offset: number; body: Place } {
    const frame = this.frame;
    const start = frame.root.length - src.length;
    if (frame.base !== undefined && start >= 0 && frame.root.startsWith(src.slice(0, indent + line.length), start)) {
      const offset = frame.base + start + indent;
      this.cursor = Math.max(this.cursor, offset + 1);
      return { offset, body: { base: offset + line.length + 1 } };
    }
    const fileLine = this.lineAt(start);
    const offset = this.onLine(line, fileLine);
    if (offset !== undefined) return { offset, body: { line: fileLine! + 1 } };
    return { offset: this.search(line), body: {} };
  }

  /**
   * The offset of `text` where it ends file line `line` (a text's first
   * line in a quote or a list item); else of its next occurrence.
   */
  place(text: string, line: number | undefined): number {
    return this.onLine(text, line) ?? this.search(text);
  }

  /** The 1-based file line of offset `at` of the text being lexed, when known. */
  lineAt(at: number): number | undefined {
    const frame = this.frame;
    if (frame.base !== undefined) return this.lines.position(frame.base + at).line;
    if (frame.line === undefined) return undefined;
    // The lexer asks in document order; a step back (a quote lexed again) counts from the start.
    if (at < frame.counted) {
      frame.counted = 0;
      frame.newlines = 0;
    }
    for (let i = frame.root.indexOf('\n', frame.counted); i !== -1 && i < at; i = frame.root.indexOf('\n', i + 1)) frame.newlines++;
    frame.counted = at;
    return frame.line + frame.newlines;
  }

  /** Runs `lex` on a text that sits at `place` in the file: a directive body, a quote's or a list item's text. */
  within<T>(root: string, place: Place, lex: () => T): T {
    this.frames.push({ root, ...place, counted: 0, newlines: 0 });
    try {
      return lex();
    } finally {
      this.frames.pop();
    }
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  private get lines(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }

  /** The offset of `text` when it ends file line `line`. */
  private onLine(text: string, line: number | undefined): number | undefined {
    if (line === undefined) return undefined;
    const start = this.lines.start(line);
    if (start === undefined) return undefined;
    const newline = this.text.indexOf('\n', start);
    const end = newline === -1 ? this.text.length : newline;
    if (end - start < text.length || !this.text.endsWith(text, end)) return undefined;
    const offset = end - text.length;
    this.cursor = Math.max(this.cursor, offset + 1);
    return offset;
  }

  /** The offset of the next occurrence of `text`, for text whose place is not known; else the last offset found. */
  private search(text: string): number {
    const found = this.text.indexOf(text, this.cursor);
    if (found === -1) return Math.min(this.cursor, this.text.length);
    this.cursor = found + 1;
    return found;
  }
}
