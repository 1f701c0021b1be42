/**
 * Where the compiler says a directive is: the FILE:LINE:COLUMN an author is
 * sent to, for directives at every kind of place in a unit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileUnit, formatDiagnostic } from '../../src/content/compile.js';
import { BODY_LINE, compileBody, FRONT_MATTER } from './helpers.js';

/** `CODE line:column` of each diagnostic, with lines counted from the body's first line. */
function at(body: string): string[] {
  return compileBody(body).diagnostics.map((d) => `${d.code} ${d.line - BODY_LINE + 1}:${d.column}`);
}

/** `FILE:LINE:COLUMN CODE` of each diagnostic of a whole file. */
function places(source: string): string[] {
  return compileUnit(source, 'unit.md').diagnostics.map((d) => formatDiagnostic(d).split(' ').slice(0, 3).join(' '));
}

describe('where a directive is reported', () => {
  it('reports a directive in a quote or a list item at its own line, not at the same line earlier in fenced code', () => {
    const code = '```\n:::nonsense\n```\n\n';
    assert.deepStrictEqual(places(`${FRONT_MATTER}${code}> :::nonsense\n> x\n> :::\n`), ['unit.md:10:3 error LP003']);
    assert.deepStrictEqual(places(`${FRONT_MATTER}${code}- :::nonsense\n  x\n  :::\n`), ['unit.md:10:3 error LP003']);
    // The code inside the same quote or list item.
    assert.deepStrictEqual(places(`${FRONT_MATTER}> ~~~\n> :::nonsense\n> ~~~\n> :::nonsense\n> :::\n`), ['unit.md:9:3 error LP003']);
    assert.deepStrictEqual(places(`${FRONT_MATTER}- a\n\n  \`\`\`\n  :::nonsense\n  \`\`\`\n\n  :::nonsense\n  :::\n`), ['unit.md:12:3 error LP003']);
    assert.deepStrictEqual(places(`${FRONT_MATTER}- a\n\n  > \`\`\`\n  > :::nonsense\n  > \`\`\`\n  > :::nonsense\n  > :::\n`), ['unit.md:11:5 error LP003']);
  });

  it('is not misled by the same text earlier in indented code, inline code or an HTML comment', () => {
    assert.deepStrictEqual(at('    :::nonsense\n\n> :::nonsense\n> :::\n'), ['LP003 3:3']);
    assert.deepStrictEqual(at('`:::nonsense`\n\n> :::nonsense\n> :::\n'), ['LP003 3:3']);
    assert.deepStrictEqual(at('<!-- :::nonsense -->\n\n- :::nonsense\n  :::\n'), ['LP003 3:3']);
  });
});
