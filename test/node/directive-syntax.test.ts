import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startsWithColons } from '../../src/content/directive-tokens.js';
import { parseDirectiveLine } from '../../src/content/directive-syntax.js';

describe('directive line', () => {
  it('reads an id with dots as one id', () => {
    assert.deepStrictEqual(parseDirectiveLine(':::reflection{#4.2.1}'), {
      colons: 3, name: 'reflection', attributes: [{ key: 'id', value: '4.2.1', index: 14 }],
    });
  });

  it('reads quoted values with spaces, bare keys, classes and unquoted values', () => {
    const line = parseDirectiveLine(`:::quote{cite="Hargreaves, 2012" .wide required title='A "quoted" title' min-words=20}`);
    assert.deepStrictEqual(line?.attributes.map(({ key, value }) => [key, value]), [
      ['cite', 'Hargreaves, 2012'], ['class', 'wide'], ['required', true], ['title', 'A "quoted" title'], ['min-words', '20'],
    ]);
    assert.equal(line?.syntaxError, undefined);
  });

  it('needs a space before a class: .x straight after an id is part of the id', () => {
    assert.deepStrictEqual(parseDirectiveLine(':::note{#a.b .c}')?.attributes.map((a) => [a.key, a.value]), [['id', 'a.b'], ['class', 'c']]);
  });

  it('reads a leaf with a label holding brackets and a link', () => {
    const line = parseDirectiveLine('::prompt[See [the paper](https://x.org/a) \\] now]{#p min-words=5 max-words="300"}');
    assert.equal(line?.label, 'See [the paper](https://x.org/a) \\] now');
    assert.deepStrictEqual(line?.attributes.map((a) => [a.key, a.value]), [['id', 'p'], ['min-words', '5'], ['max-words', '300']]);
    assert.equal(line?.syntaxError, undefined);
  });

  it('is not a directive without a name, or when a name runs into other text', () => {
    assert.equal(parseDirectiveLine(':::'), undefined);
    assert.equal(parseDirectiveLine('::std::vector'), undefined);
    assert.equal(parseDirectiveLine('::: note'), undefined);
  });

  it('reports the position of a syntax error and keeps what came before', () => {
    assert.deepStrictEqual(parseDirectiveLine(':::note{title="open}'), {
      colons: 3, name: 'note', attributes: [],
      syntaxError: { message: 'the " that starts this value is never closed', index: 14 },
    });
    assert.deepStrictEqual(parseDirectiveLine(':::note{#a'), {
      colons: 3, name: 'note', attributes: [{ key: 'id', value: 'a', index: 8 }],
      syntaxError: { message: 'the { of the attributes has no closing }', index: 7 },
    });
    assert.deepStrictEqual(parseDirectiveLine('::prompt[x]{#p} extra')?.syntaxError, { message: 'unexpected text after the directive: "extra"', index: 16 });
    assert.deepStrictEqual(parseDirectiveLine('::prompt[x')?.syntaxError, { message: 'the [ of the label has no closing ]', index: 8 });
    assert.deepStrictEqual(parseDirectiveLine(':::note{# x}')?.syntaxError, { message: '"#" must be followed by an id', index: 8 });
    assert.deepStrictEqual(parseDirectiveLine(':::note{a=}')?.syntaxError, { message: 'a value must follow "="', index: 10 });
  });
});

describe('the quick test for a directive line', () => {
  it('takes up to three spaces, then at least the colons asked for', () => {
    for (const src of [':::note', ' :::note', '   :::note', '::::note', ':::']) assert.equal(startsWithColons(src, 3), true, JSON.stringify(src));
    for (const src of ['    :::note', '::note', ': ::note', '\t:::note', 'x:::note', '', '  ', ' ::']) assert.equal(startsWithColons(src, 3), false, JSON.stringify(src));
    assert.equal(startsWithColons('::badge', 2), true);
    assert.equal(startsWithColons('   ::badge', 2), true);
    assert.equal(startsWithColons(':badge', 2), false);
  });
});
