import assert from 'node:assert/strict';
import { compileUnit } from '../../src/content/compile.js';
import type { Block, CompileResult, Diagnostic, Unit } from '../../src/content/model.js';

/** Front matter of 5 lines: the body's first line is line 6 of the file. */
export const FRONT_MATTER = '---\nid: test-unit\nnumber: "1.1"\ntitle: Test unit\n---\n';
export const BODY_LINE = 6;

/** Compiles a body under the standard front matter. */
export function compileBody(body: string): CompileResult {
  return compileUnit(FRONT_MATTER + body, 'test.md');
}

/** The unit, failing the test when there is none. */
export function unitOf(result: CompileResult): Unit {
  assert.ok(result.unit, `no unit: ${JSON.stringify(result.diagnostics)}`);
  return result.unit;
}

/** `CODE line:column` of each diagnostic, short enough to compare whole. */
export function where(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`);
}

export function blocksOf<T extends Block['type']>(unit: Unit, type: T): Extract<Block, { type: T }>[] {
  return unit.blocks.filter((block): block is Extract<Block, { type: T }> => block.type === type);
}

/** The errors alone, for tests about errors in units that also earn warnings (LP019, LP021). */
export function errorsOf(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}
