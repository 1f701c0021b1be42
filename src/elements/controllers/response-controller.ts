/**
 * Keeps one saved response in step with its host, for every activity kind:
 *
 * - reads its key and namespace through getters, and re-keys (saving the old
 *   answer, loading the new) when either changes;
 * - loads when the host connects; until the saved answer is in, `ready` is
 *   false and the host keeps its field read-only, so nothing typed early can
 *   overwrite it; a failed load never lets a save through;
 * - saves as the learner types (debounced), at once on `flush()` (blur), on
 *   `pagehide` and when the page is hidden; every keystroke is also kept as a
 *   synchronous draft (store/drafts.ts) until IndexedDB has it;
 * - a failed save keeps the text, sets status `error`, and tries again by
 *   itself (and on `retry()`); a save still pending after SLOW_SAVE_MS sets
 *   `slow`;
 * - hears saves from other pages and elements (store/sync.ts): applies them
 *   when the learner has nothing unsaved and is not in the field, otherwise
 *   offers both versions (`conflict`); never writes over a newer saved answer.
 *
 * Members used by hosts: `value`, `status`, `updatedAt`, `ready`, `input(v)`,
 * `flush()`, `clear()`, `retry()`, `conflict`, `keepMine()`, `useTheirs()`,
 * `editing`, `slow`, `persistent`, `dispose()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_NAMESPACE, makeRecord, responseStore, type ResponseMeta, type ResponseRecord } from '../../store/responses.js';
import { cleanDrafts, deleteDraft, draftWins, getDraft, setDraft } from '../../store/drafts.js';
import { publish, subscribe, type ChangeMessage } from '../../store/sync.js';
import { askToPersist, type Persistence } from '../../store/durability.js';
import { emit, type ResponseChangeDetail } from '../events.js';

export type SaveStatus = 'loading' | 'load-error' | 'idle' | 'pending' | 'saving' | 'saved' | 'cleared' | 'error';

/** How long typing must pause before a save. */
export const SAVE_DELAY_MS = 600;
/** A save not finished after this long is reported as slow. */
export const SLOW_SAVE_MS = 4000;
/** Waits before trying a failed save again, then every last one. */
const RETRY_MS = [2000, 5000, 15000, 30000];

type Getter<T> = () => T;
const getter = <T>(v: T | Getter<T>): Getter<T> => (typeof v === 'function' ? (v as Getter<T>) : () => v);

const cleaned = new Set<string>();

export class ResponseController implements ReactiveController {
  value = '';
  status: SaveStatus = 'loading';
  /** When the shown answer was last saved (ISO 8601); undefined for none. */
  updatedAt?: string;
  /** Set when loading or saving failed. */
  error?: unknown;
  /** A save has been waiting for longer than SLOW_SAVE_MS. */
  slow = false;
  /** Another page saved a different answer while this one had unsaved text. */
  conflict?: { theirs: string; updatedAt: string };
  /** Set by the host while the learner is in the field: changes from elsewhere then wait. */
  editing = false;
  /** What the browser said when asked, on the learner's first words, to keep storage; undefined until then. */
  persistence?: Persistence;

  private readonly keyOf: Getter<string | undefined>;
  private readonly namespaceOf: Getter<string>;
  private readonly metaOf: Getter<ResponseMeta>;
  /** The key and namespace loaded, `namespace\nkey`. */
  private current?: { key: string; namespace: string };
  private loaded = false;
  private dirty = false;
  private timer?: ReturnType<typeof setTimeout>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private slowTimer?: ReturnType<typeof setTimeout>;
  private retries = 0;
  private writing: Promise<void> = Promise.resolve();
  private pendingWrites = 0;
  private loads = 0;
  private unsubscribe?: () => void;
  private held?: ChangeMessage;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    key: string | undefined | Getter<string | undefined>,
    namespace: string | Getter<string> = DEFAULT_NAMESPACE,
    meta: ResponseMeta | Getter<ResponseMeta> = {},
  ) {
    this.keyOf = getter(key);
    this.namespaceOf = getter(namespace);
    this.metaOf = getter(meta);
    host.addController(this);
  }

  /** The key this controller keeps; undefined before the host can name one. */
  get key(): string | undefined {
    return this.current?.key ?? this.keyOf();
  }

  /** True once the saved answer has been read: only then may the learner edit. */
  get ready(): boolean {
    return this.loaded;
  }

  /** False when answers are only kept in memory for this visit. */
  get persistent(): boolean {
    return this.current ? responseStore(this.current.namespace).persistent : true;
  }

  /** Whether another place (the LMS of a SCORM package) keeps a copy of the answers. */
  get mirrored(): boolean {
    return this.current ? responseStore(this.current.namespace).mirrored : false;
  }

  hostConnected(): void {
    this.connected = true;
    window.addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.rekey(true);
  }

  hostUpdate(): void {
    this.rekey(false);
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.retryTimer);
    void this.flush();
  }

  /** Stops for good: saves what is unsaved, removes every listener, and leaves the host. */
  dispose(): Promise<void> {
    const done = this.flush();
    this.hostDisconnected();
    this.host.removeController(this);
    return done;
  }

  /** The learner changed the text: keep it, and save soon. */
  input(value: string): void {
    this.value = value;
    this.dirty = true;
    if (!this.loaded) return;
    if (!this.persistence) {
      this.persistence = 'unknown';
      void askToPersist().then((p) => {
        this.persistence = p;
        this.host.requestUpdate();
      });
    }
    this.status = 'pending';
    const c = this.current;
    if (c) setDraft(c.namespace, c.key, value, this.updatedAt);
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flushNow, SAVE_DELAY_MS);
    this.host.requestUpdate();
  }

  /** Saves now if anything is unsaved; resolves when the write has finished. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const c = this.current;
    // Never save before the saved answer is known: that would overwrite it.
    if (!this.dirty || !this.loaded || !c || this.conflict) return this.writing;
    this.dirty = false;
    const value = this.value;
    const base = this.updatedAt;
    this.status = 'saving';
    this.pendingWrites++;
    clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(() => {
      this.slow = true;
      this.host.requestUpdate();
    }, SLOW_SAVE_MS);
    this.host.requestUpdate();
    // The base is read when this write starts, not now: a write still in flight (the previous choice, a
    // moment ago) moves it on, and against the old base this one would look like another page's change.
    this.writing = this.writing.then(() => {
      const here = this.current?.key === c.key && this.current.namespace === c.namespace;
      return this.write(c.namespace, c.key, value, here ? this.updatedAt : base);
    });
    return this.writing;
  }

  /** Tries a failed save (or load) again now. */
  retry(): Promise<void> {
    clearTimeout(this.retryTimer);
    if (!this.loaded) {
      this.rekey(true);
      return Promise.resolve();
    }
    this.dirty = true;
    return this.flush();
  }

  /** Deletes the saved answer and empties the field. */
  async clear(): Promise<void> {
    clearTimeout(this.timer);
    const c = this.current;
    if (!c || !this.loaded) return;
    this.dirty = false;
    this.conflict = undefined;
    this.value = '';
    this.host.requestUpdate();
    try {
      await this.writing;
      deleteDraft(c.namespace, c.key);
      await responseStore(c.namespace).delete(c.key);
      this.status = 'cleared';
      this.updatedAt = undefined;
      const updatedAt = new Date().toISOString();
      publish(c.namespace, { key: c.key, value: '', updatedAt, deleted: true }, this.onChange);
      emit<ResponseChangeDetail>(this.host, 'lp-response-change', { key: c.key, value: '', updatedAt });
    } catch (e) {
      this.fail('clear-failed', e);
    }
    this.host.requestUpdate();
  }

  /** In a conflict: keep this page's text, saving it over the other. */
  keepMine(): Promise<void> {
    if (!this.conflict) return this.writing;
    this.updatedAt = this.conflict.updatedAt;
    this.conflict = undefined;
    this.dirty = true;
    return this.flush();
  }

  /** In a conflict: take the other page's text. */
  useTheirs(): void {
    if (!this.conflict) return;
    this.value = this.conflict.theirs;
    this.updatedAt = this.conflict.updatedAt;
    this.conflict = undefined;
    this.dirty = false;
    this.status = 'idle';
    const c = this.current;
    if (c) deleteDraft(c.namespace, c.key);
    this.host.requestUpdate();
  }

  /** The learner left the field: apply a change from elsewhere that waited. */
  set focused(focused: boolean) {
    this.editing = focused;
    if (!focused && this.held) {
      const held = this.held;
      this.held = undefined;
      this.onChange(held);
    }
  }

  private readonly flushNow = (): void => void this.flush();

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  private readonly onChange = (m: ChangeMessage): void => {
    const c = this.current;
    if (!c || m.key !== c.key || !this.loaded) return;
    if (!m.deleted && this.updatedAt && m.updatedAt <= this.updatedAt) return;
    if (m.value === this.value) {
      this.updatedAt = m.deleted ? undefined : m.updatedAt;
      return;
    }
    if (this.dirty || this.pendingWrites > 0 || this.status === 'error') {
      if (!m.deleted) this.conflict = { theirs: m.value, updatedAt: m.updatedAt };
      this.host.requestUpdate();
      return;
    }
    if (this.editing) {
      // Never change the text under the learner's cursor; apply it when they leave.
      this.held = m;
      return;
    }
    this.value = m.value;
    this.updatedAt = m.deleted ? undefined : m.updatedAt;
    this.status = m.deleted ? 'cleared' : 'idle';
    this.host.requestUpdate();
  };

  /** Loads the answer for the current key and namespace when they changed (or when `force`). */
  private rekey(force: boolean): void {
    const key = this.keyOf();
    const namespace = this.namespaceOf();
    const old = this.current;
    if (!force && old?.key === key && old?.namespace === namespace) return;
    if (old && (old.key !== key || old.namespace !== namespace)) {
      // Save what was typed under the old key before moving on.
      void this.flush();
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      this.dirty = false;
      this.value = '';
      this.updatedAt = undefined;
      this.conflict = undefined;
    }
    this.current = key ? { key, namespace } : undefined;
    if (!this.current || !this.connected) return;
    if (!this.unsubscribe) this.unsubscribe = subscribe(namespace, this.onChange);
    void this.load(this.current);
  }

  private async load(c: { key: string; namespace: string }): Promise<void> {
    const load = ++this.loads;
    this.loaded = false;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      // Waits for any write this page started on the namespace (store queue).
      await this.writing;
      const record = await responseStore(c.namespace).get(c.key);
      // Drafts (localStorage) are first touched here, after the box is on screen:
      // the first read of localStorage in a page waits for the browser to load it.
      if (!cleaned.has(c.namespace)) {
        cleaned.add(c.namespace);
        cleanDrafts(c.namespace);
      }
      if (load !== this.loads) return;
      const typedWhileLoading = this.dirty ? this.value : undefined;
      this.value = record?.value ?? '';
      this.updatedAt = record?.updatedAt;
      this.status = 'idle';
      this.loaded = true;
      this.dirty = false;
      const draft = getDraft(c.namespace, c.key);
      if (draft && draftWins(draft, record)) {
        // The last visit ended before its final words reached IndexedDB.
        this.value = draft.value;
        this.dirty = true;
        void this.flush();
      } else if (draft) {
        deleteDraft(c.namespace, c.key, draft.value);
      }
      if (typedWhileLoading !== undefined && typedWhileLoading !== this.value) {
        // Something set the value before the saved one arrived: let the learner choose.
        if (record) this.conflict = { theirs: record.value, updatedAt: record.updatedAt };
        this.value = typedWhileLoading;
        this.dirty = true;
        if (!record) void this.flush();
      }
    } catch (e) {
      if (load !== this.loads) return;
      this.status = 'load-error';
      this.fail('load-failed', e);
    }
    this.host.requestUpdate();
  }

  private async write(namespace: string, key: string, value: string, base: string | undefined): Promise<void> {
    let record: ResponseRecord;
    let newer: ResponseRecord | undefined;
    try {
      record = makeRecord(key, value, this.metaOf());
      newer = await responseStore(namespace).putIfBase(record, base);
    } catch (e) {
      this.settle();
      if (this.current?.key !== key || this.current.namespace !== namespace) return;
      // Keep the text and its draft; try again by itself, and on the next keystroke, blur or "Try again".
      this.dirty = true;
      this.fail('save-failed', e);
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => void this.retry(), RETRY_MS[Math.min(this.retries++, RETRY_MS.length - 1)]);
      this.host.requestUpdate();
      return;
    }
    this.settle();
    this.retries = 0;
    const here = this.current?.key === key && this.current.namespace === namespace;
    if (newer) {
      // Another page saved a newer answer since this one loaded: show both, overwrite neither.
      if (here) {
        this.conflict = { theirs: newer.value, updatedAt: newer.updatedAt };
        this.dirty = true;
        this.status = 'pending';
        this.host.requestUpdate();
      }
      return;
    }
    deleteDraft(namespace, key, value);
    publish(namespace, { key, value, updatedAt: record.updatedAt }, this.onChange);
    if (here) {
      this.updatedAt = record.updatedAt;
      this.error = undefined;
      if (!this.dirty) this.status = 'saved';
    }
    emit<ResponseChangeDetail>(this.host, 'lp-response-change', { key, value, updatedAt: record.updatedAt });
    this.host.requestUpdate();
  }

  private settle(): void {
    if (--this.pendingWrites === 0) {
      clearTimeout(this.slowTimer);
      this.slow = false;
    }
  }

  private fail(code: string, e: unknown): void {
    if (code !== 'load-failed') this.status = 'error';
    this.error = e;
    emit(this.host, 'lp-error', { code, message: e instanceof Error ? e.message : String(e) });
  }
}
