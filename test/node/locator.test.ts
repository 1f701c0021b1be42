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

  it('counts the lines of a quote, of each list item and of their nesting', () => {
    assert.deepStrictEqual(at('> a\n>\n> b\n> :::nonsense\n> :::\n'), ['LP003 4:3']);
    // The third item, after items of one line; after items holding blank lines; a loose list.
    assert.deepStrictEqual(at('- a\n- b\n- c\n  :::nonsense\n  :::\n'), ['LP003 4:3']);
    assert.deepStrictEqual(at('- a\n\n  b\n- c\n\n  d\n- :::nonsense\n  :::\n'), ['LP003 7:3']);
    assert.deepStrictEqual(at('1. a\n\n2. b\n\n3. :::nonsense\n   :::\n'), ['LP003 5:4']);
    // An empty item and the blank line after it, which marked leaves out of the item's text.
    assert.deepStrictEqual(at('- a\n-\n\n- :::nonsense\n  :::\n'), ['LP003 4:3']);
    // A quote in a list in a list, and a list in a quote in a quote.
    assert.deepStrictEqual(at('1. x\n   - y\n     > z\n     > :::nonsense\n     > :::\n'), ['LP003 4:8']);
    assert.deepStrictEqual(at('> > - a\n> >   :::nonsense\n> >   :::\n'), ['LP003 2:7']);
    // A quote's lazy line (without its >) comes between two of its lines.
    assert.deepStrictEqual(at('> a\nlazy\n> :::nonsense\n> :::\n'), ['LP003 3:3']);
    assert.deepStrictEqual(at('> > a\nlazy\n> :::nonsense\n> :::\n'), ['LP003 3:3']);
  });

  it('counts the lines of the items and runs of lines before, when an earlier one holds the same text in code', () => {
    assert.deepStrictEqual(at('- ```\n  :::nonsense\n  ```\n- :::nonsense\n  :::\n'), ['LP003 4:3']);
    assert.deepStrictEqual(at('- ```\n  :::nonsense\n  ```\n- b\n  c\n- :::nonsense\n  :::\n'), ['LP003 6:3']);
    // The quote's second run of lines starts with a lazy line.
    assert.deepStrictEqual(at('> ```\n> :::nonsense\n> ```\n> text\nlazy\n> :::nonsense\n> :::\n'), ['LP003 6:3']);
    // A callout's body.
    assert.deepStrictEqual(at(':::note\n```\n::nonsense\n```\n::nonsense\n:::\n'), ['LP003 5:1']);
    assert.deepStrictEqual(at('> :::note\n> ```\n> ::nonsense\n> ```\n> ::nonsense\n> :::\n'), ['LP003 5:3']);
  });

  it('places a directive in a quote nested in a quote, read again with the lazy lines after it', () => {
    assert.deepStrictEqual(at(`> > :::nonsense\n> > :::\nlazy\n${'> more\n'.repeat(12)}`), ['LP003 1:5']);
    assert.deepStrictEqual(at('> > :::nonsense\n> > :::\nlazy\n> b\n'), ['LP003 1:5']);
    assert.deepStrictEqual(at('> - :::nonsense\n>   :::\nlazy\n> b\n'), ['LP003 1:5']);
    assert.deepStrictEqual(at('x\n\n> > :::nonsense\n> > y\nlazy\n> :::nonsense\n'), ['LP004 3:5', 'LP004 6:3']);
  });

  it('places the directives inside a callout that sits in a quote or a list item', () => {
    assert.deepStrictEqual(at('> :::note\n> text\n> :::nonsense\n> :::\n> :::\n'), ['LP003 3:3']);
    assert.deepStrictEqual(at('- :::tip\n  a\n\n  ::nonsense\n  :::\n'), ['LP003 4:3']);
    assert.deepStrictEqual(at('> :::note\n> - ::nonsense\n> :::\n'), ['LP003 2:5']);
  });

  it('gives the same text twice its two places, in quotes, items, callouts and footnotes', () => {
    // The line just before each callout's directive ends with the same text.
    assert.deepStrictEqual(at('::nonsense\n:::note\n::nonsense\n:::\n'), ['LP003 1:1', 'LP003 3:1']);
    // After a quote, a directive at the top level, with the same line in code between them.
    assert.deepStrictEqual(at('> :::nonsense\n> :::\n\n```\n:::nonsense\n```\n\n:::nonsense\n:::\n'), ['LP003 1:3', 'LP003 8:1']);
    // Footnotes, which are searched for, after the same text placed by its line, and twice.
    assert.deepStrictEqual(at('> ::nonsense\n\nText.[^1]\n\n[^1]: ::nonsense\n'), ['LP003 1:3', 'LP003 5:7']);
    assert.deepStrictEqual(at('Text.[^1][^2]\n\n[^1]: ::nonsense\n\n[^2]: ::nonsense\n'), ['LP003 3:7', 'LP003 5:7']);
    // Without front matter, the file's first line is the same as the footnote's.
    assert.deepStrictEqual(places('::nonsense\n\nText.[^1]\n\n[^1]: ::nonsense\n').slice(1), ['unit.md:1:1 error LP003', 'unit.md:5:7 error LP003']);
    assert.deepStrictEqual(at('> :::nonsense\n> :::\n> :::nonsense\n> :::\n'), ['LP003 1:3', 'LP003 3:3']);
    assert.deepStrictEqual(at('- :::nonsense\n  :::\n- :::nonsense\n  :::\n'), ['LP003 1:3', 'LP003 3:3']);
    assert.deepStrictEqual(at(':::note\n::nonsense\n::nonsense\n:::\n'), ['LP003 2:1', 'LP003 3:1']);
  });

  it('counts a tab as one column, in a quote, a list item and a callout', () => {
    assert.deepStrictEqual(at('>\t:::nonsense\n>\t:::\n'), ['LP003 1:3']);
    assert.deepStrictEqual(at('-\t:::nonsense\n\t:::\n'), ['LP003 1:3']);
    assert.deepStrictEqual(at('- a\n\n\t:::nonsense\n\t:::\n'), ['LP003 3:2']);
  });

  it('gives a file with CRLF line endings the lines and columns of the same file with LF', () => {
    const body = '```\n:::nonsense\n```\n\n> a\n> :::nonsense\n> :::\n- b\n- :::nonsense\n  :::\n';
    const expected = ['unit.md:11:3 error LP003', 'unit.md:14:3 error LP003'];
    assert.deepStrictEqual(places(FRONT_MATTER + body), expected);
    assert.deepStrictEqual(places((FRONT_MATTER + body).replace(/\n/g, '\r\n')), expected);
    // Lines ended by CR alone, as old Mac editors wrote them.
    assert.deepStrictEqual(places((FRONT_MATTER + body).replace(/\n/g, '\r')), expected);
  });

  it('counts lines from the front matter whatever its length, and from the first line without one', () => {
    const long = '---\nid: test-unit\nnumber: "1.1"\ntitle: Test unit\nsummary: A summary.\nduration: 30\n---\n';
    assert.deepStrictEqual(places(`${long}> :::nonsense\n> :::\n`), ['unit.md:8:3 error LP003']);
    assert.deepStrictEqual(places('> :::nonsense\n> :::\n').slice(1), ['unit.md:1:3 error LP003']);
    assert.deepStrictEqual(places('\uFEFF---\nid: a\nnumber: "1"\ntitle: T\n---\n- :::nonsense\n  :::\n'), ['unit.md:6:3 error LP003']);
  });

  it('places a directive on the last line of a file that does not end with a newline', () => {
    assert.deepStrictEqual(at('> a\n> ::nonsense'), ['LP003 2:3']);
    assert.deepStrictEqual(at('- a\n- ::nonsense'), ['LP003 2:3']);
    assert.deepStrictEqual(at('```\n::nonsense\n```\n\n> ::nonsense'), ['LP003 5:3']);
  });

  it('places a directive in a footnote, whose text marked rewrites, by its text', () => {
    assert.deepStrictEqual(at('Text.[^1]\n\n[^1]: ::nonsense\n\n> ::nonsense\n'), ['LP003 3:7', 'LP003 5:3']);
  });

  it('reports blocks nested too deeply at the line and column where the rest begins', () => {
    const depth = 33;
    const quotes = `${'> '.repeat(depth)}deep\n`;
    assert.deepStrictEqual(at(`\`${'> '.repeat(depth)}deep\`\n\n${quotes}`).filter((w) => w.startsWith('LP015')), [`LP015 3:${2 * 32 + 1}`]);
    // marked turns the tab after each > into spaces; a second space after each > stays in the text.
    assert.deepStrictEqual(at(`x\n\n${'>\t'.repeat(depth)}deep\n`).filter((w) => w.startsWith('LP015')), [`LP015 3:${2 * 32 + 1}`]);
    assert.deepStrictEqual(at(`x\n\n${'>  '.repeat(depth)}deep\n`).filter((w) => w.startsWith('LP015')), [`LP015 3:${3 * 32 + 1}`]);
    // Item 31 (from 0) is the 32nd block inside the unit's body.
    const items = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join('');
    assert.deepStrictEqual(at(`\`- item 31\`\n\n${items}`).filter((w) => w.startsWith('LP015')), [`LP015 ${3 + 31}:${2 * 31 + 3}`]);
  });
});

describe('how the file is read', () => {
  it('drops a byte order mark that starts the file, and keeps a U+FEFF written in the text', () => {
    const result = compileUnit(`\uFEFF${FRONT_MATTER}Zero\uFEFFwidth.\n`, 'unit.md');
    assert.deepStrictEqual(result.diagnostics, []);
    assert.deepStrictEqual(result.unit?.blocks, [{ type: 'html', html: '<p>Zero\uFEFFwidth.</p>\n' }]);
    assert.deepStrictEqual(compileBody('Zero\uFEFFwidth.\n').unit?.blocks, [{ type: 'html', html: '<p>Zero\uFEFFwidth.</p>\n' }]);
  });
});
