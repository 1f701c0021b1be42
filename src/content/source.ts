/** Line and column bookkeeping against the author's original file. */

/**
 * Line endings become `\n` and a leading byte order mark is dropped. A CRLF
 * pair only ever ends a line, so every offset in the result has the same
 * 1-based line and column as in the original file.
 */
export function normalizeSource(source: string): string {
  const text = source.replace(/^\uFEFF/, '');
  // Stryker disable next-line ConditionalExpression: a text without CR is the same after the replace; the test saves a pass over it
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export interface Position {
  line: number;
  column: number;
}

/** Maps an offset in the normalised text to a 1-based line and column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): Position {
    let low = 0;
    // Stryker disable next-line ArithmeticOperator: a start past the last is undefined, never <= offset, so the search narrows to the same line
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  /** The offset where 1-based `line` starts; undefined past the last line. */
  start(line: number): number | undefined {
    return this.starts[line - 1];
  }

  /** `61:1`, as used in "(first at 61:1)". */
  label(offset: number): string {
    const { line, column } = this.position(offset);
    return `${line}:${column}`;
  }
}
