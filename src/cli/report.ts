/** How the commands print problems: grouped by file, one `FILE:LINE:COLUMN` line each (SPEC §3). */
import { formatDiagnostic } from '../content/compile.js';
import type { Diagnostic } from '../content/model.js';

export function printDiagnostics(diagnostics: readonly Diagnostic[], write: (text: string) => void): void {
  let file: string | undefined;
  for (const d of diagnostics) {
    if (file !== undefined && d.file !== file) write('\n');
    file = d.file;
    write(`${formatDiagnostic(d)}\n`);
  }
  if (diagnostics.length) write('\n');
}

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function tally(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}
