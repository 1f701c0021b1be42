/**
 * Saved responses in IndexedDB, one idb-keyval store per storage namespace
 * (SPEC §5). No DOM and no lit: plain values in, plain values out.
 */
import { createStore, get, set, del, entries, type UseStore } from 'idb-keyval';
import { parseKey } from './keys.js';

export const DEFAULT_NAMESPACE = 'learning-pack';

/** A saved response as stored (SPEC §5). */
export interface ResponseRecord {
  key: string;
  pack: string;
  unit: string;
  activity: string;
  item?: string;
  value: string;
  /** ISO 8601. */
  updatedAt: string;
  contentVersion?: string;
}

const stores = new Map<string, UseStore>();

/** The store for a namespace: database `<namespace>`, object store `responses`. */
export function responseStore(namespace = DEFAULT_NAMESPACE): UseStore {
  let store = stores.get(namespace);
  if (!store) {
    store = createStore(namespace, 'responses');
    stores.set(namespace, store);
  }
  return store;
}

export async function getResponse(key: string, store = responseStore()): Promise<ResponseRecord | undefined> {
  return get<ResponseRecord>(key, store);
}

/** Saves a value under a key and returns the record written. */
export async function setResponse(
  key: string,
  value: string,
  store = responseStore(),
  contentVersion?: string,
): Promise<ResponseRecord> {
  const parts = parseKey(key);
  if (!parts) throw new TypeError(`Not a response key: "${key}" (expected pack/unit/activity[/item])`);
  const record: ResponseRecord = { key, ...parts, value, updatedAt: new Date().toISOString() };
  if (contentVersion) record.contentVersion = contentVersion;
  await set(key, record, store);
  return record;
}

export async function deleteResponse(key: string, store = responseStore()): Promise<void> {
  await del(key, store);
}

/** Every record in a store, optionally only one pack's. */
export async function listResponses(pack?: string, store = responseStore()): Promise<ResponseRecord[]> {
  const all = await entries<string, ResponseRecord>(store);
  return all.map(([, r]) => r).filter((r) => !pack || r.pack === pack);
}
