/**
 * The store where IndexedDB cannot be opened (as in Node): answers kept in
 * memory for the visit, with the same rules as on disk. Drafts run against a
 * localStorage of this file's own.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { cleanDrafts, deleteDraft, DRAFT_TTL_DAYS, draftWins, getDraft, setDraft } from '../../src/store/drafts.js';
import { deleteResponse, getResponse, listResponses, makeRecord, responseStore, ResponseStore, setResponse } from '../../src/store/responses.js';

/** A localStorage as the browser has it: strings in, strings out, keys by index. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(name: string): string | null {
    return this.items.get(name) ?? null;
  }
  setItem(name: string, value: string): void {
    this.items.set(name, String(value));
  }
  removeItem(name: string): void {
    this.items.delete(name);
  }
  names(): string[] {
    return [...this.items.keys()];
  }
}

let storage: MemoryStorage;
/** Each test starts with an empty localStorage (set in each describe, so the hook stays within this file). */
function freshStorage(): void {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
}

const DAY = 24 * 60 * 60 * 1000;
const KEY = 'p/u/a/q';

describe('drafts', () => {
  beforeEach(freshStorage);

  it('keeps a draft under its namespace and key, with the time and the answer it was typed over', () => {
    const before = Date.now();
    setDraft('ns', KEY, 'typed', '2026-11-20T10:00:00.000Z');
    assert.deepEqual(storage.names(), ['ns:draft:p/u/a/q']);
    const draft = getDraft('ns', KEY)!;
    assert.equal(draft.value, 'typed');
    assert.equal(draft.base, '2026-11-20T10:00:00.000Z');
    assert.ok(Date.parse(draft.updatedAt) >= before && Date.parse(draft.updatedAt) <= Date.now());
    setDraft('ns', KEY, 'fresh');
    assert.equal('base' in getDraft('ns', KEY)!, false);
    assert.equal(getDraft('other', KEY), undefined);
    assert.equal(getDraft('ns', 'p/u/a/other'), undefined);
  });

  it('removes a draft older than the time to live, and keeps one just inside it', () => {
    const now = Date.now();
    storage.setItem('ns:draft:old', JSON.stringify({ value: 'x', updatedAt: new Date(now - DRAFT_TTL_DAYS * DAY - 1000).toISOString() }));
    storage.setItem('ns:draft:young', JSON.stringify({ value: 'y', updatedAt: new Date(now - DRAFT_TTL_DAYS * DAY + 60_000).toISOString() }));
    assert.equal(getDraft('ns', 'old', now), undefined);
    assert.deepEqual(storage.names(), ['ns:draft:young']);
    assert.equal(getDraft('ns', 'young', now)?.value, 'y');
  });

  it('removes a malformed draft instead of reading it', () => {
    for (const text of ['not json', 'null', '{"value":1,"updatedAt":"2026-11-20T10:00:00.000Z"}', '{"value":"x"}', '{"value":"x","updatedAt":"2026-11-20T10:00:00.000Z","base":5}', '{"value":"x","updatedAt":"yesterday"}']) {
      storage.setItem('ns:draft:k', text);
      assert.equal(getDraft('ns', 'k'), undefined, text);
      assert.deepEqual(storage.names(), [], text);
    }
  });

  it('deletes a draft only while it still holds the text given, or whatever it holds when none is given', () => {
    setDraft('ns', KEY, 'newer words');
    deleteDraft('ns', KEY, 'older words');
    assert.equal(getDraft('ns', KEY)?.value, 'newer words');
    deleteDraft('ns', KEY, 'newer words');
    assert.equal(getDraft('ns', KEY), undefined);
    setDraft('ns', KEY, 'anything');
    deleteDraft('ns', KEY);
    assert.deepEqual(storage.names(), []);
  });

  it('cleans only the expired and malformed drafts of its own namespace', () => {
    const now = Date.now();
    const old = new Date(now - (DRAFT_TTL_DAYS + 1) * DAY).toISOString();
    storage.setItem('ns:draft:old', JSON.stringify({ value: 'x', updatedAt: old }));
    storage.setItem('ns:draft:bad', '{');
    storage.setItem('ns:draft:good', JSON.stringify({ value: 'x', updatedAt: new Date(now).toISOString() }));
    storage.setItem('other:draft:old', JSON.stringify({ value: 'x', updatedAt: old }));
    storage.setItem('host-setting', 'kept');
    cleanDrafts('ns', now);
    assert.deepEqual(storage.names().sort(), ['host-setting', 'ns:draft:good', 'other:draft:old']);
  });

  it('does nothing, and throws nothing, where localStorage is refused', () => {
    const refused = () => {
      throw new Error('SecurityError');
    };
    (globalThis as { localStorage?: unknown }).localStorage = { getItem: refused, setItem: refused, removeItem: refused, key: refused, get length(): number { return refused(); } };
    assert.doesNotThrow(() => setDraft('ns', KEY, 'x'));
    assert.equal(getDraft('ns', KEY), undefined);
    assert.doesNotThrow(() => deleteDraft('ns', KEY));
    assert.doesNotThrow(() => cleanDrafts('ns'));
  });

  it('lets a draft win over no saved answer only when it was not typed over one, and is not empty', () => {
    assert.equal(draftWins({ value: '', updatedAt: '2026-11-20T10:00:01.000Z' }, undefined), false);
    const saved = { value: 'same', updatedAt: '2026-11-20T10:00:00.000Z' };
    assert.equal(draftWins({ value: 'same', updatedAt: '2026-11-20T10:00:01.000Z' }, saved), false);
    assert.equal(draftWins({ value: 'other', updatedAt: saved.updatedAt }, saved), false);
  });
});

describe('answers kept in memory when IndexedDB cannot be opened', () => {
  beforeEach(freshStorage);

  let ns = 0;
  const fresh = () => new ResponseStore(`memory-${++ns}`);

  it('says it is not persistent, and keeps, lists and deletes answers for the visit', async () => {
    const store = fresh();
    assert.equal(store.persistent, true, 'not known before the first use');
    await store.ready();
    assert.equal(store.persistent, false);
    const saved = await setResponse('p/u/a/1', 'first', store, { title: 'T', order: 1 });
    assert.deepEqual(await getResponse('p/u/a/1', store), saved);
    assert.equal(saved.title, 'T');
    await setResponse('q/u/a/2', 'second', store);
    assert.deepEqual((await listResponses(undefined, store)).map((r) => r.value), ['first', 'second']);
    assert.deepEqual((await listResponses('q', store)).map((r) => r.value), ['second']);
    await deleteResponse('p/u/a/1', store);
    assert.equal(await getResponse('p/u/a/1', store), undefined);
    assert.deepEqual((await store.list()).map((r) => r.key), ['q/u/a/2']);
  });

  it('removes the draft of an answer it deletes', async () => {
    const store = fresh();
    setDraft(store.namespace, KEY, 'typed');
    await store.delete(KEY);
    assert.equal(getDraft(store.namespace, KEY), undefined);
  });

  it('writes many answers at once', async () => {
    const store = fresh();
    await store.putMany([makeRecord('p/u/a/1', 'one'), makeRecord('p/u/a/2', 'two')]);
    await store.putMany([]);
    assert.deepEqual((await store.list()).map((r) => r.value), ['one', 'two']);
  });

  it('writes over the answer the writer last saw, and returns a newer one instead of overwriting it', async () => {
    const store = fresh();
    const first = makeRecord(KEY, 'first', {}, '2026-11-20T10:00:00.000Z');
    assert.equal(await store.putIfBase(first, undefined), undefined);
    const mine = makeRecord(KEY, 'mine', {}, '2026-11-20T10:05:00.000Z');
    assert.equal(await store.putIfBase(mine, first.updatedAt), undefined);
    assert.equal((await store.get(KEY))?.value, 'mine');
    // A page that still thinks the answer is `first` does not overwrite `mine`.
    const stale = makeRecord(KEY, 'stale', {}, '2026-11-20T10:06:00.000Z');
    assert.deepEqual(await store.putIfBase(stale, first.updatedAt), mine);
    assert.equal((await store.get(KEY))?.value, 'mine');
    // The same words are no conflict, and neither is a deleted answer.
    assert.equal(await store.putIfBase(makeRecord(KEY, 'mine', {}, '2026-11-20T10:07:00.000Z'), first.updatedAt), undefined);
    await store.delete(KEY);
    assert.equal(await store.putIfBase(stale, first.updatedAt), undefined);
    assert.equal((await store.get(KEY))?.value, 'stale');
  });

  it('runs operations in the order they were asked for, and a failed one does not stop the next', async () => {
    const store = fresh();
    const order: string[] = [];
    const put = store.put(makeRecord(KEY, 'one')).then(() => order.push('put'));
    const get = store.get(KEY).then((r) => order.push(`get ${r?.value}`));
    const bad = store.put(null as never).catch(() => order.push('failed'));
    const after = store.get(KEY).then((r) => order.push(`after ${r?.value}`));
    await Promise.all([put, get, bad, after]);
    assert.deepEqual(order, ['put', 'get one', 'failed', 'after one']);
  });

  it('gives one store per namespace, the default one included', () => {
    assert.equal(responseStore('shared'), responseStore('shared'));
    assert.notEqual(responseStore('shared'), responseStore('other'));
    assert.equal(responseStore().namespace, 'learning-pack');
  });
});
