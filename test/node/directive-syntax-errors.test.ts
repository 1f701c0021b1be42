/**
 * What an author is told about a directive line's attributes, with the
 * column of the mistake, and what is not a mistake at all.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDirectiveLine } from '../../src/content/directive-syntax.js';

describe('mistakes in a directive line', () => {
  it('lets trailing spaces and tabs pass', () => {
    assert.deepStrictEqual(parseDirectiveLine(':::note  \t'), { colons: 3, name: 'note', attributes: [] });
  });

  it('reads attributes apart by tabs as by spaces', () => {
    assert.deepStrictEqual(parseDirectiveLine(':::note{#a\t.b}')!.attributes, [{ key: 'id', value: 'a', index: 8 }, { key: 'class', value: 'b', index: 11 }]);
  });

  it('says what must follow # and .', () => {
    assert.deepStrictEqual(parseDirectiveLine(':::note{# }')!.syntaxError, { message: '"#" must be followed by an id', index: 8 });
    assert.deepStrictEqual(parseDirectiveLine(':::note{. }')!.syntaxError, { message: '"." must be followed by a class name', index: 8 });
  });

  it('names a character that cannot start an attribute, and a missing value', () => {
    assert.deepStrictEqual(parseDirectiveLine(':::note{=x}')!.syntaxError, { message: 'unexpected "=" in the attributes', index: 8 });
    assert.deepStrictEqual(parseDirectiveLine(':::note{k=}')!.syntaxError, { message: 'a value must follow "="', index: 10 });
  });

  it('quotes text after the directive at its column', () => {
    assert.deepStrictEqual(parseDirectiveLine(':::note   x y ')!.syntaxError, { message: 'unexpected text after the directive: "x y"', index: 10 });
  });
});
