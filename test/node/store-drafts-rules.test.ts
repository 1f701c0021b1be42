/**
 * Drafts (the last words typed, kept in localStorage until saved) at their
 * edges: how long one lives, what counts as one, and a browser whose
 * localStorage throws.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { deleteDraft, DRAFT_TTL_DAYS, getDraft, setDraft } from '../../src/store/drafts.js';

const DAY = 24 * 60 * 60 * 1000;
const NS = 'learning-pack';
const KEY = 'p/u/a/q';
let items: Map<string, string>;

/** A localStorage as the browser has it, or one that refuses every call (storage blocked, or full). */
function useStorage(refusing = false): void {
  items = new Map();
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  (globalThis as { localStorage?: unknown }).localStorage = refusing
    ? { getItem: refuse, setItem: refuse, removeItem: refuse, key: refuse, get length() { return refuse(); } }
    : {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, String(v)),
      removeItem: (k: string) => void items.delete(k),
      key: (i: number) => [...items.keys()][i] ?? null,
      get length() { return items.size; },
    };
}

describe('drafts at their edges', () => {
  beforeEach(() => useStorage());

  it('keeps a draft for exactly its time to live, and not a moment more', () => {
    setDraft(NS, KEY, 'words');
    const at = Date.parse(getDraft(NS, KEY)!.updatedAt);
    assert.equal(getDraft(NS, KEY, at + DRAFT_TTL_DAYS * DAY)?.value, 'words');
    assert.equal(getDraft(NS, KEY, at + DRAFT_TTL_DAYS * DAY + 1), undefined);
    assert.equal(items.size, 0, 'the expired draft is removed');
  });

  it('takes a stored draft only with text and a time, and removes one that is not', () => {
    for (const text of ['{"value":1,"updatedAt":"2026-11-24T09:00:00Z"}', '{"value":"w"}', '{"updatedAt":"2026-11-24T09:00:00Z"}', 'not json', 'null', '{"value":"w","updatedAt":"2026-11-24T09:00:00Z","base":5}']) {
      items.set(`${NS}:draft:${KEY}`, text);
      assert.equal(getDraft(NS, KEY), undefined, text);
      assert.equal(items.size, 0, text);
    }
  });

  it('does nothing when asked to delete a draft that is not there', () => {
    deleteDraft(NS, KEY, 'words');
    deleteDraft(NS, KEY);
    assert.equal(items.size, 0);
  });

  it('never throws where localStorage refuses, and finds no draft there', () => {
    useStorage(true);
    assert.doesNotThrow(() => setDraft(NS, KEY, 'words'));
    assert.equal(getDraft(NS, KEY), undefined);
    assert.doesNotThrow(() => deleteDraft(NS, KEY, 'words'));
  });
});
