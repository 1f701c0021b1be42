import { CODES, type Code } from './codes.js';
import type { Diagnostic, ErrorBlock } from './model.js';
import type { LineIndex, Position } from './source.js';

/** Collects the diagnostics of one compile, positioned in the original file. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    readonly lines: LineIndex,
  ) {}

  /** Reports a problem at an offset of the normalised source. */
  at(code: Code, offset: number, message: string): ErrorBlock {
    return this.atPosition(code, this.lines.position(offset), message);
  }

  atPosition(code: Code, { line, column }: Position, message: string): ErrorBlock {
    this.diagnostics.push({ file: this.file, line, column, severity: CODES[code].severity, code, message });
    return { type: 'error', code, message, line, column };
  }
}
