/**
 * What an author is told about a front matter they got wrong: the exact
 * line and column, and the author's own text quoted back, so the mistake can
 * be found and mended without knowing YAML.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileUnit } from '../../src/content/compile.js';
import type { Diagnostic } from '../../src/content/model.js';

/** Each problem as `CODE line:column message`. */
function problems(frontMatter: string): string[] {
  return compileUnit(`---\n${frontMatter}\n---\n\nText.\n`, 'u.md').diagnostics.map((d: Diagnostic) => `${d.code} ${d.line}:${d.column} ${d.message}`);
}

const BASE = 'id: a\nnumber: "1"\ntitle: T';

describe('front matter messages', () => {
  it('asks for fields, one per line, when the front matter is a list or a plain value', () => {
    for (const yaml of ['- id: a', 'just some words']) {
      assert.deepEqual(problems(yaml), ['LP002 1:1 the front matter must be fields such as id: …, title: …, one per line'], yaml);
    }
  });

  it('leaves out a duration that is not a positive number, saying what it should be', () => {
    for (const [value, quoted] of [['0', '0'], ['-5', '-5'], ['.nan', '.nan'], ['.inf', '.inf'], ['"40"', '40']]) {
      const result = compileUnit(`---\n${BASE}\nduration: ${value}\n---\n`, 'u.md');
      assert.equal(result.unit?.meta.duration, undefined, value);
      assert.deepEqual(result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`),
        [`LP002 5:1 "duration" must be a positive number of minutes, like duration: 40, not "${quoted}"`], value);
    }
    assert.equal(compileUnit(`---\n${BASE}\nduration: 0.5\n---\n`, 'u.md').unit?.meta.duration, 0.5);
  });

  it('quotes back an unquoted number or title, from the author\'s own line', () => {
    assert.deepEqual(problems('id: a\nnumber: 4.10\ntitle: T'),
      ['LP002 3:1 "number" must be text in quotes: number: "4.10" (unquoted, YAML reads it as a number, so 4.10 would become 4.1)']);
    assert.deepEqual(problems('id: a\nnumber: "1"\ntitle: true # a comment'),
      ['LP002 4:1 "title" must be text in quotes: title: "true" (unquoted, YAML reads it as boolean)']);
  });

  it('gives an example when the bad value is on lines of its own', () => {
    assert.deepEqual(problems('id: a\nnumber: "1"\ntitle:\n  - one\n  - two'),
      ['LP002 4:1 "title" must be text in quotes, like title: "Joint practice development" (unquoted, YAML reads it as a list)']);
    assert.deepEqual(problems('id: a\nnumber: "1"\ntitle:\n  a: b'),
      ['LP002 4:1 "title" must be text in quotes, like title: "Joint practice development" (unquoted, YAML reads it as a set of fields)']);
  });

  it('quotes a bad id or language without its quotes', () => {
    assert.deepEqual(problems('id: "Bad Id"\nnumber: "1"\ntitle: T'),
      ['LP002 2:1 "id" must be lowercase letters, digits and single hyphens, like joint-practice-development, not "Bad Id"']);
    assert.deepEqual(problems(`${BASE}\nlang: 'english'`), ['LP002 5:1 "lang" must be a language tag such as en or cy, not "english"']);
    assert.deepEqual(problems(`${BASE}\nlang: "e"`), ['LP002 5:1 "lang" must be a language tag such as en or cy, not "e"']);
  });

  it('finds a field\'s line however its key is written: quoted, or with spaces before the colon', () => {
    assert.deepEqual(problems('id: a\nnumber: "1"\ntitle: T\n"lang": 1x'), ['LP002 5:1 "lang" must be a language tag such as en or cy, not "1x"']);
    assert.deepEqual(problems("id: a\nnumber: \"1\"\ntitle: T\n'lang'  : 1x"), ['LP002 5:1 "lang" must be a language tag such as en or cy, not "1x"']);
    assert.deepEqual(problems('id: a\nnumber: "1"\ntitle: T\nlang:\t1x'), ['LP002 5:1 "lang" must be a language tag such as en or cy, not "1x"']);
  });

  it('takes a comment after a space or a tab, not a # inside a word', () => {
    assert.deepEqual(problems(`${BASE}\nlang: x1\t# why`), ['LP002 5:1 "lang" must be a language tag such as en or cy, not "x1"']);
    assert.deepEqual(problems(`${BASE}\nlang: "x#1"`), ['LP002 5:1 "lang" must be a language tag such as en or cy, not "x#1"']);
    assert.deepEqual(problems(`${BASE}\nlang: "x#1" # why`), ['LP002 5:1 "lang" must be a language tag such as en or cy, not "x#1"']);
    assert.deepEqual(problems(`${BASE}\nlang: "#1"`), ['LP002 5:1 "lang" must be a language tag such as en or cy, not "#1"']);
  });

  it('says where a YAML anchor is, quoting its line trimmed', () => {
    assert.deepEqual(problems(`${BASE}\nsummary:   &s   Some text   `),
      ['LP002 5:12 the front matter uses a YAML anchor or alias (& or *), which units do not allow: write each value out in full ("summary:   &s   Some text")']);
  });

  it('puts a YAML mistake at its line and column, with a hint when a colon needs quotes', () => {
    assert.deepEqual(problems('id: a\nnumber: "1"\ntitle: Leading: learning and more'),
      ['LP002 4:15 invalid YAML in the front matter: bad indentation of a mapping entry (a value containing ": " must be in quotes: title: "Leading: learning and more")']);
    assert.deepEqual(problems('id: a\nnumber: "1"\ntitle: "unclosed'), [problems('id: a\nnumber: "1"\ntitle: "unclosed')[0]!]);
    const [unclosed] = problems('id: a\nnumber: "1"\ntitle: "unclosed');
    assert.match(unclosed!, /^LP002 [45]:\d+ invalid YAML in the front matter: /);
    assert.doesNotMatch(unclosed!, /must be in quotes/);
  });
});
