/**
 * What a backup file may hold, to the letter: the edges of each rule an
 * import applies, each refusal naming the entry and the property at fault.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { duplicateProperty, MAX_LABEL_CHARS, parseImport } from '../../src/store/import.js';

const T = '2026-11-20T09:00:00.000Z';
const entry = (over: Record<string, unknown> = {}) => ({ key: 'mep/u/4.2.1/in-place', value: 'Triads', updatedAt: T, ...over });
const file = (over: Record<string, unknown> = {}, responses: unknown[] = [entry()]) =>
  JSON.stringify({ format: 'learning-pack/responses', version: 1, exportedAt: T, responses, ...over });

/** The refusal as `code entry property`, or 'ok'. */
function verdict(text: string): string {
  const parsed = parseImport(text);
  return parsed.ok ? 'ok' : [parsed.problem.code, parsed.problem.entry, parsed.problem.property].filter((p) => p !== undefined).join(' ');
}

describe('the rules of a backup file', () => {
  it('takes a date only when it is the whole text', () => {
    assert.equal(verdict(file({}, [entry({ updatedAt: `x${T}` })])), 'bad-date 1 updatedAt');
    assert.equal(verdict(file({}, [entry({ updatedAt: `${T}x` })])), 'bad-date 1 updatedAt');
    assert.equal(verdict(file({ exportedAt: `${T} ` })), 'bad-date exportedAt');
  });

  it('refuses a version written as text, even one that looks newer, as a wrong version', () => {
    assert.equal(verdict(file({ version: '3' })), 'wrong-version');
    assert.equal(verdict(file({ version: 1.5 })), 'wrong-version');
    assert.equal(verdict(file({ version: 2 })), 'newer-version');
  });

  it('refuses a key that is not text', () => {
    assert.equal(verdict(file({}, [entry({ key: 5 })])), 'bad-key 1 key');
    assert.equal(verdict(file({}, [entry({ key: ['mep', 'u', 'a'] })])), 'bad-key 1 key');
  });

  it('takes an order only as a whole number from 0', () => {
    for (const order of [0, 3]) assert.equal(verdict(file({}, [entry({ order })])), 'ok', String(order));
    for (const order of [-1, 1.5, '2', null]) assert.equal(verdict(file({}, [entry({ order })])), 'bad-label 1 order', String(order));
  });

  it('refuses choices when any one of them is too long', () => {
    const short = { value: 'a', label: 'Short' };
    assert.equal(verdict(file({}, [entry({ choices: [short] })])), 'ok');
    assert.equal(verdict(file({}, [entry({ choices: [short, { value: 'b', label: 'x'.repeat(MAX_LABEL_CHARS + 1) }] })])), 'bad-label 1 choices');
    assert.equal(verdict(file({}, [entry({ choices: [{ value: 'v'.repeat(MAX_LABEL_CHARS + 1), label: 'L' }, short] })])), 'bad-label 1 choices');
  });

  it('refuses an entry that is a list, not fields', () => {
    assert.equal(verdict(file({}, [entry(), ['mep/u/a/b', 'x', T]])), 'bad-entry 2');
  });
});

describe('repeated properties', () => {
  it('finds a name repeated after a list inside the same object', () => {
    assert.equal(duplicateProperty('{"a":[1,{"b":1}],"a":2}'), 'a');
    assert.equal(duplicateProperty('{"responses":[{"key":"k"},{"key":"k"}],"format":"f","format":"f"}'), 'format');
    assert.equal(verdict(`{"format":"learning-pack/responses","version":1,"responses":[],"version":1}`), 'duplicate-property version');
  });

  it('does not take a text value, or a text inside a list, for a property name', () => {
    assert.equal(duplicateProperty('{"a":"a"}'), undefined);
    assert.equal(duplicateProperty('{"a":["a","a"]}'), undefined);
    assert.equal(duplicateProperty('["a","a"]'), undefined);
    assert.equal(duplicateProperty('{"a":{"b":1},"b":2}'), undefined);
    assert.equal(duplicateProperty('{"x":[{"a":1}],"a":2}'), undefined);
  });
});
