/**
 * Compiler fixture pairs: `fixtures/name.md` compiles to `fixtures/name.json`
 * (the whole CompileResult, diagnostics labelled with `name.md`).
 *
 * After a deliberate change to the output, `UPDATE_FIXTURES=1` rewrites the
 * JSON files; read the diff before keeping it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileUnit } from '../../src/content/compile.js';

const dir = new URL('./fixtures/', import.meta.url);
const names = readdirSync(dir).filter((file) => file.endsWith('.md')).map((file) => file.slice(0, -3)).sort();

describe('compiler fixtures', () => {
  it('finds the fixture pairs', () => {
    assert.ok(names.length >= 9, `only ${names.length} fixtures found`);
  });

  for (const name of names) {
    it(`compiles ${name}.md to ${name}.json`, () => {
      const source = readFileSync(new URL(`${name}.md`, dir), 'utf8');
      const actual = compileUnit(source, `${name}.md`);
      const expectedFile = new URL(`${name}.json`, dir);
      if (process.env['UPDATE_FIXTURES']) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      const expected: unknown = JSON.parse(readFileSync(expectedFile, 'utf8'));
      // Strict: a field set to `undefined` (which JSON would drop) fails too.
      assert.deepStrictEqual(actual, expected);
    });
  }
});
