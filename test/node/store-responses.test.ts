/**
 * Saved responses as records: what `makeRecord` writes, what `migrate` reads
 * back from whatever is stored, and how a store (in memory here: Node has no
 * IndexedDB) lists, filters and deletes them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isChoices,
  isScale,
  listResponses,
  makeRecord,
  MAX_CHOICES,
  MAX_LABEL_CHARS,
  migrate,
  ResponseStore,
  SCHEMA_VERSION,
  setResponse,
} from '../../src/store/responses.js';

const AT = '2026-11-20T10:00:00.000Z';
let ns = 0;
const fresh = () => new ResponseStore(`responses-${++ns}`);
const choices = (n: number) => Array.from({ length: n }, (_, i) => ({ value: `v${i}`, label: `Label ${i}` }));

describe('makeRecord', () => {
  it('writes the key, its parts, the value, the time and the schema, and nothing the writer did not give', () => {
    assert.deepEqual(makeRecord('p/u/a/q', 'words', {}, AT), {
      key: 'p/u/a/q', pack: 'p', unit: 'u', activity: 'a', item: 'q', value: 'words', updatedAt: AT, schemaVersion: SCHEMA_VERSION,
    });
    const quiz = makeRecord('p/u/a', 'b', {}, AT);
    assert.equal('item' in quiz, false);
    assert.equal(quiz.activity, 'a');
    assert.equal(SCHEMA_VERSION, 2);
  });

  it('stamps the current time when none is given', () => {
    const before = Date.now();
    const at = Date.parse(makeRecord('p/u/a', 'x').updatedAt);
    assert.ok(at >= before && at <= Date.now());
  });

  it('refuses a key that is not pack/unit/activity[/item], naming it', () => {
    for (const key of ['p/u', 'p//a/q', 'p/u/a/q/r', '', 'p/u/a /q']) {
      assert.throws(() => makeRecord(key, 'x'), (e: Error) => e instanceof TypeError && e.message.includes(`"${key}"`), key);
    }
  });

  it('keeps what the writer tells about the question', () => {
    const scale = ['Never', 'Sometimes', 'Always'];
    const record = makeRecord('p/u/a/1', 'Always', { title: 'Activity 1', prompt: 'How often?', order: 0, scale, choices: [{ value: 'true', label: 'Done' }], contentVersion: 'v3' }, AT);
    assert.deepEqual(record, {
      key: 'p/u/a/1', pack: 'p', unit: 'u', activity: 'a', item: '1', value: 'Always', updatedAt: AT, schemaVersion: 2,
      title: 'Activity 1', prompt: 'How often?', order: 0, scale: ['Never', 'Sometimes', 'Always'], choices: [{ value: 'true', label: 'Done' }], contentVersion: 'v3',
    });
    scale.push('Changed later');
    assert.deepEqual(record.scale, ['Never', 'Sometimes', 'Always'], 'the record keeps its own copy of the scale');
  });

  it('leaves out an empty content version', () => {
    assert.equal('contentVersion' in makeRecord('p/u/a', 'x', { contentVersion: '' }), false);
  });

  it('keeps a title, prompt or label of the longest length whole, and cuts a longer one', () => {
    const longest = 'x'.repeat(MAX_LABEL_CHARS);
    const over = 'y'.repeat(MAX_LABEL_CHARS + 1);
    const kept = makeRecord('p/u/a', 'v0', { title: longest, prompt: longest, choices: [{ value: 'v0', label: longest }] });
    assert.equal(kept.title, longest);
    assert.equal(kept.prompt, longest);
    assert.equal(kept.choices![0]!.label, longest);
    const cut = makeRecord('p/u/a', 'v0', { title: over, prompt: over, choices: [{ value: 'v0', label: over }] });
    const expected = `${'y'.repeat(MAX_LABEL_CHARS - 1)}…`;
    assert.equal(cut.title, expected);
    assert.equal(cut.prompt, expected);
    assert.equal(cut.choices![0]!.label, expected);
    assert.equal(expected.length, MAX_LABEL_CHARS);
  });

  it('keeps at most the first fifty choices, each only as a value and a label', () => {
    const record = makeRecord('p/u/a', 'v0', { choices: choices(MAX_CHOICES + 1) });
    assert.deepEqual(record.choices, choices(MAX_CHOICES));
    const extra = makeRecord('p/u/a', 'a', { choices: [{ value: 'a', label: 'A', secret: 'x' } as never] });
    assert.deepEqual(extra.choices, [{ value: 'a', label: 'A' }]);
  });
});

describe('isScale and isChoices', () => {
  it('takes a scale of two or more non-empty levels', () => {
    assert.equal(isScale(['A', 'B']), true);
    assert.equal(isScale(['A']), false);
    assert.equal(isScale(['A', '']), false);
    assert.equal(isScale(['A', 2]), false);
    assert.equal(isScale('A|B'), false);
  });

  it('takes one to fifty choices, each exactly a value and a label, both text', () => {
    assert.equal(isChoices(choices(1)), true);
    assert.equal(isChoices(choices(MAX_CHOICES)), true);
    assert.equal(isChoices(choices(MAX_CHOICES + 1)), false);
    assert.equal(isChoices([]), false);
    const good = { value: 'a', label: 'A' };
    for (const bad of [null, 5, 'a', { value: 1, label: 'A' }, { value: 'a', label: 1 }, { value: 'a' }, { value: 'a', label: 'A', extra: '' }, Object.assign(() => undefined, good)]) {
      assert.equal(isChoices([good, bad]), false, JSON.stringify(bad) ?? String(bad));
    }
  });
});

describe('migrate', () => {
  const stored = (extra: Record<string, unknown> = {}) => ({ key: 'p/u/a/q', value: 'words', updatedAt: AT, schemaVersion: 2, ...extra });

  it('reads a current record as it was written', () => {
    const record = makeRecord('p/u/a/q', 'words', { title: 'T', prompt: 'P', order: 2, scale: ['A', 'B'], choices: [{ value: 'a', label: 'A' }], contentVersion: 'v1' }, AT);
    assert.deepEqual(migrate(JSON.parse(JSON.stringify(record))), record);
  });

  it('reads nothing from what is not a record', () => {
    for (const junk of [null, undefined, 0, '', 'p/u/a/q', true, Object.assign(() => undefined, stored())]) {
      assert.equal(migrate(junk), undefined, String(junk));
    }
  });

  it('refuses a record of a later schema, or one with no value, time or valid key', () => {
    assert.equal(migrate(stored({ schemaVersion: 3 })), undefined);
    assert.equal(migrate(stored({ schemaVersion: '2' })), undefined);
    assert.equal(migrate(stored({ value: undefined })), undefined);
    assert.equal(migrate(stored({ value: 5 })), undefined);
    assert.equal(migrate(stored({ updatedAt: undefined })), undefined);
    assert.equal(migrate(stored({ updatedAt: Date.parse(AT) })), undefined);
    assert.equal(migrate(stored({ key: 'p/u' })), undefined);
    assert.equal(migrate(stored({ key: 'p//a/q' })), undefined);
  });

  it('takes the parts from the key, not from the stored fields', () => {
    const record = migrate(stored({ pack: 'other', unit: 'x', activity: 'y', item: 'z' }))!;
    assert.deepEqual([record.pack, record.unit, record.activity, record.item], ['p', 'u', 'a', 'q']);
  });

  it('brings a version 1 record up to date, keeping its content version and dropping what version 1 did not have', () => {
    const v1 = { key: 'p/u/a/q', value: 'old words', updatedAt: AT, contentVersion: 'v1', title: 'T', order: 1 };
    assert.deepEqual(migrate(v1), { key: 'p/u/a/q', pack: 'p', unit: 'u', activity: 'a', item: 'q', value: 'old words', updatedAt: AT, contentVersion: 'v1', schemaVersion: 2 });
    assert.equal('contentVersion' in migrate({ ...v1, contentVersion: 3 })!, false);
  });

  it('keeps only well-formed extras of a version 2 record', () => {
    const record = migrate(stored({ title: 1, prompt: null, order: '3', scale: ['A', ''], choices: [{ value: 'a' }] }))!;
    for (const field of ['title', 'prompt', 'order', 'scale', 'choices']) assert.equal(field in record, false, field);
    for (const order of [NaN, Infinity, -Infinity]) assert.equal('order' in migrate(stored({ order }))!, false, String(order));
    assert.equal(migrate(stored({ order: 0 }))!.order, 0);
    const copied = migrate(stored({ choices: [{ value: 'a', label: 'A' }] }))!;
    assert.deepEqual(copied.choices, [{ value: 'a', label: 'A' }]);
  });
});

describe('a store of responses', () => {
  it('is not mirrored elsewhere unless told so', () => {
    assert.equal(fresh().mirrored, false);
  });

  it('keeps each namespace apart', async () => {
    const a = fresh();
    const b = fresh();
    await setResponse('p/u/a/q', 'in a', a);
    assert.equal(await b.get('p/u/a/q'), undefined);
    assert.deepEqual(await b.list(), []);
    assert.equal((await a.get('p/u/a/q'))?.value, 'in a');
  });

  it('lists in the order first written, one pack at a time, and skips what it cannot read', async () => {
    const store = fresh();
    await setResponse('p/u/a/2', 'two', store);
    await setResponse('q/u/a/1', 'other pack', store);
    await setResponse('p/u/a/1', 'one', store);
    await store.put({ key: 'p/u/a/3', value: 7 } as never);
    await setResponse('p/u/a/2', 'two again', store);
    assert.deepEqual((await listResponses('p', store)).map((r) => r.value), ['two again', 'one']);
    assert.deepEqual((await listResponses(undefined, store)).map((r) => r.key), ['p/u/a/2', 'q/u/a/1', 'p/u/a/1']);
    assert.deepEqual(await listResponses('none', store), []);
    assert.equal(await store.get('p/u/a/3'), undefined);
  });

  it('deletes one answer and leaves the others', async () => {
    const store = fresh();
    await store.putMany([makeRecord('p/u/a/1', 'one'), makeRecord('p/u/a/2', 'two')]);
    await store.delete('p/u/a/1');
    await store.delete('p/u/a/never-saved');
    assert.deepEqual((await store.list()).map((r) => r.key), ['p/u/a/2']);
  });
});
