import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duplicateProperty, MAX_IMPORT_CHARS, MAX_LABEL_CHARS, MAX_RESPONSES, MAX_VALUE_CHARS, mergeResponses, parseImport } from '../../src/store/import.js';
import { toExportFile } from '../../src/store/export.js';
import { ResponseStore, makeRecord } from '../../src/store/responses.js';

const T = '2026-11-20T09:00:00.000Z';
const entry = (over: Record<string, unknown> = {}) => ({ key: 'mep/u/4.2.1/in-place', value: 'Triads', updatedAt: T, ...over });
const file = (over: Record<string, unknown> = {}, responses: unknown[] = [entry()]) =>
  JSON.stringify({ format: 'learning-pack/responses', version: 1, exportedAt: T, responses, ...over });
const valid = file();

/** Each: [name, file text, expected problem code]. */
const malformed: [string, string, string][] = [
  ['empty file', '', 'not-json'],
  ['truncated', valid.slice(0, valid.length - 5), 'not-json'],
  ['truncated in a string', valid.slice(0, 40), 'not-json'],
  ['not JSON at all', 'Dear tutor, here are my answers', 'not-json'],
  ['JSON with a trailing comma', valid.replace(/}\]}$/, '},]}'), 'not-json'],
  ['a bare string', '"learning-pack/responses"', 'not-an-object'],
  ['null', 'null', 'not-an-object'],
  ['an array', JSON.stringify([entry()]), 'not-an-object'],
  ['another format', file({ format: 'moodle/backup' }), 'wrong-format'],
  ['no format', JSON.stringify({ version: 1, responses: [] }), 'wrong-format'],
  ['a newer version', file({ version: 2 }), 'newer-version'],
  ['version as a string', file({ version: '1' }), 'wrong-version'],
  ['version zero', file({ version: 0 }), 'wrong-version'],
  ['too large', ' '.repeat(MAX_IMPORT_CHARS + 1), 'too-large'],
  ['responses missing', JSON.stringify({ format: 'learning-pack/responses', version: 1 }), 'no-responses'],
  ['responses an object', file({ responses: { a: entry() } }), 'no-responses'],
  ['an unknown top-level property', file({ extra: true }), 'unknown-property'],
  ['__proto__ at the top', valid.replace('{"format"', '{"__proto__":{"polluted":true},"format"'), 'unknown-property'],
  ['__proto__ in an entry', file({}, [JSON.parse('{"__proto__":{"polluted":true},"key":"mep/u/a","value":"x","updatedAt":"2026-11-20T09:00:00.000Z"}')]).replace('"responses":[{', '"responses":[{"__proto__":{"polluted":true},'), 'duplicate-property'],
  ['constructor in an entry', file({}, [entry({ constructor: { prototype: { polluted: true } } })]), 'unknown-property'],
  ['duplicate property at the top', valid.replace('"version":1', '"version":1,"version":1'), 'duplicate-property'],
  ['duplicate property in an entry', valid.replace('"value":"Triads"', '"value":"Triads","value":"Other"'), 'duplicate-property'],
  ['duplicate response key', file({}, [entry(), entry({ value: 'again' })]), 'duplicate-key'],
  ['entry a string', file({}, ['mep/u/a']), 'bad-entry'],
  ['entry null', file({}, [null]), 'bad-entry'],
  ['entry an array', file({}, [[1, 2]]), 'bad-entry'],
  ['key missing', file({}, [{ value: 'x', updatedAt: T }]), 'bad-key'],
  ['key a number', file({}, [entry({ key: 42 })]), 'bad-key'],
  ['key with two parts', file({}, [entry({ key: 'mep/u' })]), 'bad-key'],
  ['key with an empty part', file({}, [entry({ key: 'mep//4.2.1/p' })]), 'bad-key'],
  ['key with five parts', file({}, [entry({ key: 'a/b/c/d/e' })]), 'bad-key'],
  ['value a number', file({}, [entry({ value: 7 })]), 'bad-value'],
  ['value null', file({}, [entry({ value: null })]), 'bad-value'],
  ['value an object', file({}, [entry({ value: { text: 'x' } })]), 'bad-value'],
  ['a huge value', file({}, [entry({ value: 'x'.repeat(MAX_VALUE_CHARS + 1) })]), 'value-too-long'],
  ['updatedAt missing', file({}, [{ key: 'mep/u/a', value: 'x' }]), 'bad-date'],
  ['updatedAt not a date', file({}, [entry({ updatedAt: 'yesterday' })]), 'bad-date'],
  ['updatedAt impossible', file({}, [entry({ updatedAt: '2026-13-45T99:00:00Z' })]), 'bad-date'],
  ['updatedAt a number', file({}, [entry({ updatedAt: 1763629200000 })]), 'bad-date'],
  ['exportedAt not a date', file({ exportedAt: 'now' }), 'bad-date'],
  ['title a number', file({}, [entry({ title: 5 })]), 'bad-label'],
  ['a huge prompt', file({}, [entry({ prompt: 'p'.repeat(5000) })]), 'bad-label'],
  ['order negative', file({}, [entry({ order: -1 })]), 'bad-label'],
  ['scale a string', file({}, [entry({ scale: 'Low|High' })]), 'bad-label'],
  ['scale of one level', file({}, [entry({ scale: ['Only'] })]), 'bad-label'],
  ['scale with an empty level', file({}, [entry({ scale: ['Low', ''] })]), 'bad-label'],
  ['scale with a number', file({}, [entry({ scale: ['Low', 2] })]), 'bad-label'],
  ['choices a string', file({}, [entry({ choices: 'a|b' })]), 'bad-label'],
  ['choices empty', file({}, [entry({ choices: [] })]), 'bad-label'],
  ['a choice without a label', file({}, [entry({ choices: [{ value: 'a' }] })]), 'bad-label'],
  ['a choice with a number for its label', file({}, [entry({ choices: [{ value: 'a', label: 1 }] })]), 'bad-label'],
  ['a choice with a property of its own', file({}, [entry({ choices: [{ value: 'a', label: 'A', constructor: { prototype: { polluted: true } } }] })]), 'bad-label'],
  ['a choice with a huge label', file({}, [entry({ choices: [{ value: 'a', label: 'l'.repeat(5000) }] })]), 'bad-label'],
  ['too many choices', file({}, [entry({ choices: Array.from({ length: 51 }, (_, i) => ({ value: String(i), label: `Option ${i}` })) })]), 'bad-label'],
  ['a bad entry after good ones', file({}, [entry({ key: 'mep/u/a/1' }), entry({ key: 'mep/u/a/2' }), entry({ key: 'mep/u/a/3', value: false })]), 'bad-value'],
];

test(`${malformed.length} malformed files are each refused with a named problem, and the saved answers are unchanged`, async () => {
  assert.ok(malformed.length >= 30);
  const store = new ResponseStore('import-malformed');
  const before = makeRecord('mep/u/4.2.1/in-place', 'Saved before', {}, '2020-01-01T00:00:00.000Z');
  await store.put(before);
  for (const [name, text, code] of malformed) {
    const result = parseImport(text);
    assert.equal(result.ok, false, name);
    if (!result.ok) assert.equal(result.problem.code, code, name);
  }
  assert.deepEqual(await store.list(), [before]);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('a refused entry is named by its position and property', () => {
  const result = parseImport(file({}, [entry({ key: 'mep/u/a/1' }), entry({ key: 'mep/u/a/2', updatedAt: 'soon' })]));
  assert.deepEqual(result, { ok: false, problem: { code: 'bad-date', entry: 2, property: 'updatedAt' } });
});

test('a valid file merges, the newer answer winning, and counts what was added, updated and kept', async () => {
  const store = new ResponseStore('import-merge');
  await store.put(makeRecord('mep/u/a/older', 'mine, older', {}, '2026-01-01T00:00:00.000Z'));
  await store.put(makeRecord('mep/u/a/newer', 'mine, newer', {}, '2026-12-01T00:00:00.000Z'));
  const parsed = parseImport(
    file({}, [
      entry({ key: 'mep/u/a/older', value: 'theirs', updatedAt: '2026-06-01T00:00:00.000Z' }),
      entry({ key: 'mep/u/a/newer', value: 'theirs', updatedAt: '2026-06-01T00:00:00.000Z' }),
      entry({ key: 'mep/u/a/new', value: 'only in the file', title: 'Activity a', prompt: 'New?', order: 2 }),
    ]),
  );
  assert.ok(parsed.ok);
  const counts = await mergeResponses(parsed.records, store);
  assert.deepEqual({ added: counts.added, updated: counts.updated, kept: counts.kept }, { added: 1, updated: 1, kept: 1 });
  const values = Object.fromEntries((await store.list()).map((r) => [r.key, r.value]));
  assert.deepEqual(values, { 'mep/u/a/older': 'theirs', 'mep/u/a/newer': 'mine, newer', 'mep/u/a/new': 'only in the file' });
  assert.equal((await store.get('mep/u/a/new'))?.prompt, 'New?');
});

test('export, clear, import gives back identical records', async () => {
  const store = new ResponseStore('import-round-trip');
  const records = [
    makeRecord('mep/u/4.2.1/in-place', 'First answer\nwith a second line', { title: 'Activity 4.2.1: JPD', prompt: 'What is in place?', order: 0 }, '2026-11-20T09:00:00.000Z'),
    makeRecord('mep/u/4.2.1/further', 'Ünïcödé — “quotes” & <tags>', { title: 'Activity 4.2.1: JPD', prompt: 'What next?', order: 1 }, '2026-11-21T09:00:00.000Z'),
    makeRecord('other/v/1', 'No prompts here', {}, '2026-11-22T09:00:00.000Z'),
    makeRecord('mep/w/4.3.1/2', 'Emerging', { title: 'Activity 4.3.1', prompt: 'Trust', order: 2, scale: ['Not yet', 'Emerging'] }, '2026-11-22T09:00:00.000Z'),
    makeRecord('mep/w/4.3.2', 'a,c', { title: 'Activity 4.3.2', prompt: 'Which?', choices: [{ value: 'a', label: 'Triads' }, { value: 'b', label: 'Memos' }, { value: 'c', label: 'Coaching' }] }, '2026-11-22T09:00:00.000Z'),
    makeRecord('mep/w/4.3.1/3', 'true', { title: 'Activity 4.3.1', prompt: 'Planned together', order: 4, choices: [{ value: 'true', label: 'Ticked' }] }, '2026-11-22T09:00:00.000Z'),
  ];
  await store.putMany(records);
  const text = JSON.stringify(toExportFile(await store.list()));
  for (const r of records) await store.delete(r.key);
  assert.deepEqual(await store.list(), []);
  const parsed = parseImport(text);
  assert.ok(parsed.ok);
  assert.deepEqual(await mergeResponses(parsed.records, store).then(({ added, updated, kept }) => ({ added, updated, kept })), { added: records.length, updated: 0, kept: 0 });
  const sort = (rs: typeof records) => [...rs].sort((a, b) => a.key.localeCompare(b.key));
  assert.deepEqual(sort(await store.list()), sort(records));
});

test('each refusal names the entry and the property at fault', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['a key that is not one', { key: 'mep/u' }, 'bad-key', 'key'],
    ['a value that is not text', { value: 7 }, 'bad-value', 'value'],
    ['a value too long', { value: 'x'.repeat(MAX_VALUE_CHARS + 1) }, 'value-too-long', 'value'],
    ['an order that is not whole', { order: 1.5 }, 'bad-label', 'order'],
    ['an order that is text', { order: '2' }, 'bad-label', 'order'],
    ['a scale of 21 levels', { scale: Array.from({ length: 21 }, (_, i) => `Level ${i}`) }, 'bad-label', 'scale'],
    ['a scale level too long', { scale: ['Low', 'l'.repeat(MAX_LABEL_CHARS + 1)] }, 'bad-label', 'scale'],
    ['a choice value too long', { choices: [{ value: 'v'.repeat(MAX_LABEL_CHARS + 1), label: 'A' }] }, 'bad-label', 'choices'],
    ['a choice label too long', { choices: [{ value: 'a', label: 'l'.repeat(MAX_LABEL_CHARS + 1) }] }, 'bad-label', 'choices'],
    ['a prompt too long', { prompt: 'p'.repeat(MAX_LABEL_CHARS + 1) }, 'bad-label', 'prompt'],
  ];
  for (const [name, over, code, property] of cases) {
    assert.deepEqual(parseImport(file({}, [entry({ key: 'mep/u/a/1' }), entry(over)])), { ok: false, problem: { code, entry: 2, property } }, name);
  }
  assert.deepEqual(parseImport(file({}, [entry(), entry()])), { ok: false, problem: { code: 'duplicate-key', entry: 2, property: 'key' } });
  assert.deepEqual(parseImport(file({ exportedAt: 'soon' })), { ok: false, problem: { code: 'bad-date', entry: undefined, property: 'exportedAt' } });
});

test('what is just within each limit is taken', () => {
  const within = [
    entry({ key: 'mep/u/a/1', value: 'x'.repeat(MAX_VALUE_CHARS) }),
    entry({ key: 'mep/u/a/2', scale: Array.from({ length: 20 }, (_, i) => (i ? `Level ${i}` : 'l'.repeat(MAX_LABEL_CHARS))) }),
    entry({ key: 'mep/u/a/3', choices: [{ value: 'v'.repeat(MAX_LABEL_CHARS), label: 'l'.repeat(MAX_LABEL_CHARS) }] }),
    entry({ key: 'mep/u/a/4', order: 0, prompt: 'p'.repeat(MAX_LABEL_CHARS) }),
  ];
  const parsed = parseImport(file({}, within));
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problem));
  assert.equal(parsed.records.length, 4);
  // The whole file at the size limit, padded with white space JSON allows.
  const padded = valid + ' '.repeat(MAX_IMPORT_CHARS - valid.length);
  assert.equal(padded.length, MAX_IMPORT_CHARS);
  assert.equal(parseImport(padded).ok, true);
});

test('as many answers as the limit allows are taken, and one more is refused', () => {
  const many = (n: number) => file({}, Array.from({ length: n }, (_, i) => entry({ key: `mep/u/a/${i}`, value: 'x' })));
  const at = parseImport(many(MAX_RESPONSES));
  assert.ok(at.ok);
  assert.equal(at.records.length, MAX_RESPONSES);
  assert.deepEqual(parseImport(many(MAX_RESPONSES + 1)), { ok: false, problem: { code: 'too-many', entry: undefined, property: undefined } });
});

test('dates are taken only as ISO 8601 with a time zone', () => {
  const good = ['2026-11-20T09:00Z', '2026-11-20T09:00:00Z', '2026-11-20T09:00:00.1Z', '2026-11-20T09:00:00.123456789Z', '2026-11-20T09:00:00+01:00', '2026-11-20T09:00-05:30'];
  const bad = [
    'x2026-11-20T09:00:00Z', '2026-11-20T09:00:00Zx', '2026-11-20T09:00:00', '2026-11-20 09:00:00Z', '2026-11-20T09:00:00.Z',
    '2026-11-20T09:00:00.1234567890Z', '2026-11-20T09:00:00+1:00', '2026-11-20T09:00:00+01:0', '2026-11-20T09:00:00*01:00',
    '2026-11-20T09:00:00+ab:00', '2026-11-20T09:00:00+01:ab', '2026-11-20T9:00:00Z', '26-11-20T09:00:00Z', '2026-11-20T09:00:0Z',
  ];
  for (const updatedAt of good) assert.equal(parseImport(file({}, [entry({ updatedAt })])).ok, true, updatedAt);
  for (const updatedAt of bad) {
    assert.deepEqual(parseImport(file({}, [entry({ updatedAt })])), { ok: false, problem: { code: 'bad-date', entry: 1, property: 'updatedAt' } }, updatedAt);
  }
});

test('a version is newer only as a whole number above this one', () => {
  assert.equal((parseImport(file({ version: 2 })) as { problem: { code: string } }).problem.code, 'newer-version');
  assert.equal((parseImport(file({ version: 1.5 })) as { problem: { code: string } }).problem.code, 'wrong-version');
});

test('a property repeated under an escaped name, or in a nested object, is found', () => {
  assert.deepEqual(parseImport('{"format":"learning-pack/responses","version":1,"responses":[{"key":"mep/u/a","value":"x","value":"y","updatedAt":"2026-11-20T09:00:00Z"}]}'),
    { ok: false, problem: { code: 'duplicate-property', entry: undefined, property: 'value' } });
  assert.equal(duplicateProperty('{"a\\"b":1,"a\\"b":2}'), 'a"b');
  assert.equal(duplicateProperty('{"a":[{"b":1},{"b":1}],"c":{"d":1,"e":"{\\"d\\":1}"}}'), undefined);
  assert.equal(duplicateProperty('{"a":{"b":1,"b":2}}'), 'b');
  assert.equal(duplicateProperty('[{"a":1},{"a":1}]'), undefined);
  assert.equal(duplicateProperty('{"a":1,"b":[1,"a"],"a":2}'), 'a');
});

test('an answer with the same time as the saved one keeps the saved one', async () => {
  const store = new ResponseStore('import-same-time');
  await store.put(makeRecord('mep/u/a/1', 'mine', {}, T));
  const parsed = parseImport(file({}, [entry({ key: 'mep/u/a/1', value: 'theirs' })]));
  assert.ok(parsed.ok);
  const counts = await mergeResponses(parsed.records, store);
  assert.deepEqual([counts.added, counts.updated, counts.kept, counts.written.length], [0, 0, 1, 0]);
  assert.equal((await store.get('mep/u/a/1'))?.value, 'mine');
});
