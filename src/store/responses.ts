/**
 * Saved responses in IndexedDB, one idb-keyval store per storage namespace
 * (SPEC §5). No DOM and no lit: plain values in, plain values out.
 *
 * Every operation on a namespace runs in order through one queue, so a read
 * never overtakes a write started before it (an element moved on the page
 * reads what it has just saved). When IndexedDB cannot be opened (private
 * mode, storage blocked in a third-party iframe, a browser setting), the store
 * keeps answers in memory for the session and says so through `persistent`.
 */
import { get, set, del, entries, setMany, type UseStore } from 'idb-keyval';
import { parseKey } from './keys.js';
import { deleteDraft } from './drafts.js';

export const DEFAULT_NAMESPACE = 'learning-pack';

/** The shape records are written in. Older records are migrated when read. */
export const SCHEMA_VERSION = 2;

/** One answer a learner could give, as saved (`value`: a quiz option's id, `"true"` for a tick) and as it reads (`label`). */
export interface Choice {
  value: string;
  label: string;
}

/** The longest title, prompt, level or choice label a record keeps; longer ones are cut (an import refuses them). */
export const MAX_LABEL_CHARS = 2_000;
/** More choices than any question offers. */
export const MAX_CHOICES = 50;

/** A saved response as stored (SPEC §5), with what a portfolio needs to show it without its unit. */
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
  schemaVersion: number;
  /** The activity's title as shown ("Activity 4.2.1: Joint practice development"). */
  title?: string;
  /** The prompt's plain text. */
  prompt?: string;
  /** The prompt's position in its activity, for page order. */
  order?: number;
  /** For a checklist row rated on a scale: the scale's levels, in order, so a portfolio can chart the ratings. */
  scale?: string[];
  /** For a quiz or a ticked row: what each saved value reads as, so a portfolio shows "Peer observation", not "b". */
  choices?: Choice[];
}

/** What a writer may tell the store about the question an answer belongs to. */
export interface ResponseMeta {
  title?: string;
  prompt?: string;
  order?: number;
  scale?: string[];
  choices?: Choice[];
  contentVersion?: string;
}

/** A scale as a record may carry it: two or more levels, each a non-empty string. */
export function isScale(v: unknown): v is string[] {
  return Array.isArray(v) && v.length >= 2 && v.every((l) => typeof l === 'string' && l !== '');
}

/** Choices as a record may carry them: one or more, each a value and a label, both strings. */
export function isChoices(v: unknown): v is Choice[] {
  return (
    Array.isArray(v) &&
    v.length >= 1 &&
    v.length <= MAX_CHOICES &&
    v.every((c) => !!c && typeof c === 'object' && typeof c.value === 'string' && typeof c.label === 'string' && Object.keys(c).length === 2)
  );
}

const clip = (text: string) => (text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text);

/**
 * Brings a stored record of any earlier schema to the current one; undefined
 * for something that is not a record. Version 1 (no `schemaVersion`) had no
 * title, prompt or order, and took its parts from a key that could drop empty
 * parts; version 2 re-reads the parts from the key and refuses a key that does
 * not have three or four valid parts.
 */
export function migrate(stored: unknown): ResponseRecord | undefined {
  if (!stored || typeof stored !== 'object') return undefined;
  const r = stored as Partial<ResponseRecord> & Record<string, unknown>;
  const version = r.schemaVersion === undefined ? 1 : r.schemaVersion;
  if (typeof version !== 'number' || version > SCHEMA_VERSION) return undefined;
  if (typeof r.value !== 'string' || typeof r.updatedAt !== 'string') return undefined;
  const parts = parseKey(r.key);
  if (!parts) return undefined;
  const record: ResponseRecord = { key: r.key!, ...parts, value: r.value, updatedAt: r.updatedAt, schemaVersion: SCHEMA_VERSION };
  if (typeof r.contentVersion === 'string') record.contentVersion = r.contentVersion;
  if (version >= 2) {
    if (typeof r.title === 'string') record.title = r.title;
    if (typeof r.prompt === 'string') record.prompt = r.prompt;
    if (Number.isFinite(r.order)) record.order = r.order;
    if (isScale(r.scale)) record.scale = [...r.scale];
    if (isChoices(r.choices)) record.choices = r.choices.map(({ value, label }) => ({ value, label }));
  }
  return record;
}

/** Builds the record for a value; throws for a key that is not `pack/unit/activity[/item]`. */
export function makeRecord(key: string, value: string, meta: ResponseMeta = {}, updatedAt = new Date().toISOString()): ResponseRecord {
  const parts = parseKey(key);
  if (!parts) throw new TypeError(`Not a response key: "${key}" (expected pack/unit/activity[/item])`);
  const record: ResponseRecord = { key, ...parts, value, updatedAt, schemaVersion: SCHEMA_VERSION };
  if (meta.title !== undefined) record.title = clip(meta.title);
  if (meta.prompt !== undefined) record.prompt = clip(meta.prompt);
  if (meta.order !== undefined) record.order = meta.order;
  if (meta.scale !== undefined) record.scale = [...meta.scale];
  if (meta.choices !== undefined) record.choices = meta.choices.slice(0, MAX_CHOICES).map(({ value, label }) => ({ value, label: clip(label) }));
  if (meta.contentVersion) record.contentVersion = meta.contentVersion;
  return record;
}

const OBJECT_STORE = 'responses';

/** The answers of one storage namespace. */
export class ResponseStore {
  /** False once IndexedDB could not be opened: answers then live in memory until the page is left. */
  persistent = true;
  /** True while another place keeps a copy of every answer written here (a SCORM package's LMS, in its suspend data). */
  mirrored = false;
  private memory?: Map<string, ResponseRecord>;
  private dbp?: Promise<IDBDatabase>;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly idb: UseStore = (mode, callback) => this.open().then((db) => callback(db.transaction(OBJECT_STORE, mode).objectStore(OBJECT_STORE)));

  constructor(readonly namespace: string) {}

  /** Resolves once the store knows whether it can use IndexedDB. */
  async ready(): Promise<void> {
    await this.run(async () => undefined);
  }

  get(key: string): Promise<ResponseRecord | undefined> {
    return this.run(async (memory) => migrate(memory ? memory.get(key) : await get(key, this.idb)));
  }

  put(record: ResponseRecord): Promise<void> {
    return this.run(async (memory) => {
      if (memory) memory.set(record.key, record);
      else await set(record.key, record, this.idb);
    });
  }

  /**
   * Writes a record only if the saved answer is still the one the writer last
   * saw (`base`: its updatedAt, or undefined for none), checked and written in
   * one transaction. Resolves to the newer record found instead, when there is
   * one, so a page left open with old text never overwrites a newer answer.
   * An answer deleted since does not block the write.
   */
  putIfBase(record: ResponseRecord, base: string | undefined): Promise<ResponseRecord | undefined> {
    return this.run(async (memory) => {
      const newer = (current: ResponseRecord | undefined) => (current && current.updatedAt !== base && current.value !== record.value ? current : undefined);
      if (memory) {
        const found = newer(migrate(memory.get(record.key)));
        if (!found) memory.set(record.key, record);
        return found;
      }
      return this.idb('readwrite', (store) => {
        const request = store.get(record.key);
        let found: ResponseRecord | undefined;
        let failure: unknown;
        request.onsuccess = () => {
          found = newer(migrate(request.result));
          try {
            if (!found) store.put(record, record.key);
          } catch (e) {
            // QuotaExceededError and the like: report that, not the abort it causes.
            failure = e;
            store.transaction.abort();
          }
        };
        return new Promise<ResponseRecord | undefined>((resolve, reject) => {
          store.transaction.oncomplete = () => resolve(found);
          store.transaction.onerror = store.transaction.onabort = () => reject(failure ?? store.transaction.error ?? request.error);
        });
      });
    });
  }

  putMany(records: ResponseRecord[]): Promise<void> {
    return this.run(async (memory) => {
      if (memory) for (const r of records) memory.set(r.key, r);
      else if (records.length) await setMany(records.map((r) => [r.key, r]), this.idb);
    });
  }

  delete(key: string): Promise<void> {
    return this.run(async (memory) => {
      if (memory) memory.delete(key);
      else await del(key, this.idb);
      deleteDraft(this.namespace, key);
    });
  }

  /** Every readable record, migrated; optionally one pack's. */
  list(pack?: string): Promise<ResponseRecord[]> {
    return this.run(async (memory) => {
      const stored = memory ? [...memory.values()] : (await entries<string, unknown>(this.idb)).map(([, r]) => r);
      return stored.map(migrate).filter((r): r is ResponseRecord => !!r && (!pack || r.pack === pack));
    });
  }

  /** Runs an operation after every earlier one on this namespace has settled. */
  private run<T>(op: (memory: Map<string, ResponseRecord> | undefined) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      if (!this.memory) {
        try {
          await this.open();
        } catch {
          // IndexedDB cannot be opened here: keep answers for this session only.
          this.persistent = false;
          this.memory = new Map();
        }
      }
      return op(this.memory);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private open(): Promise<IDBDatabase> {
    if (!this.dbp) {
      this.dbp = new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(this.namespace);
        request.onupgradeneeded = () => request.result.createObjectStore(OBJECT_STORE);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      });
      this.dbp.then(
        // Safari sometimes closes the connection; open it again next time.
        (db) => (db.onclose = () => (this.dbp = undefined)),
        () => (this.dbp = undefined),
      );
    }
    return this.dbp;
  }
}

const stores = new Map<string, ResponseStore>();

/** The store for a namespace: database `<namespace>`, object store `responses`. */
export function responseStore(namespace = DEFAULT_NAMESPACE): ResponseStore {
  let store = stores.get(namespace);
  if (!store) {
    store = new ResponseStore(namespace);
    stores.set(namespace, store);
  }
  return store;
}

export function getResponse(key: string, store = responseStore()): Promise<ResponseRecord | undefined> {
  return store.get(key);
}

/** Saves a value under a key and returns the record written. */
export async function setResponse(key: string, value: string, store = responseStore(), meta: ResponseMeta = {}): Promise<ResponseRecord> {
  const record = makeRecord(key, value, meta);
  await store.put(record);
  return record;
}

export function deleteResponse(key: string, store = responseStore()): Promise<void> {
  return store.delete(key);
}

/** Every record in a store, optionally only one pack's. */
export function listResponses(pack?: string, store = responseStore()): Promise<ResponseRecord[]> {
  return store.list(pack);
}
