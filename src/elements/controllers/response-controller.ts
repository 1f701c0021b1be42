/**
 * Keeps one saved response in step with its host: loads it when the host
 * connects, saves as the learner types (debounced), and flushes at once on
 * blur, on `pagehide` and when the page is hidden, since a tab closed on a
 * phone may never get another chance. Every keystroke is also kept as a
 * synchronous draft (see store/drafts.ts) until IndexedDB has it. If saving
 * fails, the text stays in memory (and on screen) and the status says so.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deleteResponse, getResponse, responseStore, setResponse, type ResponseRecord } from '../../store/responses.js';
import { deleteDraft, getDraft, setDraft } from '../../store/drafts.js';
import { emit, type ResponseChangeDetail } from '../events.js';

export type SaveStatus = 'loading' | 'idle' | 'pending' | 'saving' | 'saved' | 'cleared' | 'error';

/** How long typing must pause before a save. */
export const SAVE_DELAY_MS = 600;

export class ResponseController implements ReactiveController {
  value = '';
  status: SaveStatus = 'loading';
  updatedAt?: string;
  /** Set when loading or saving failed. */
  error?: unknown;

  private timer?: ReturnType<typeof setTimeout>;
  private dirty = false;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly key: string,
    private readonly namespace: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.onVisibility);
    void this.load();
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.flush();
  }

  /** The learner changed the text: keep it, and save soon. */
  input(value: string): void {
    this.value = value;
    this.dirty = true;
    this.status = 'pending';
    setDraft(this.namespace(), this.key, value);
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flushNow, SAVE_DELAY_MS);
    this.host.requestUpdate();
  }

  /** Saves now if anything is unsaved; resolves when the write has finished. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.dirty) return this.writing;
    this.dirty = false;
    const value = this.value;
    this.status = 'saving';
    this.host.requestUpdate();
    this.writing = this.writing.then(() => this.write(value));
    return this.writing;
  }

  /** Deletes the saved answer and empties the field. */
  async clear(): Promise<void> {
    clearTimeout(this.timer);
    this.dirty = false;
    this.value = '';
    this.host.requestUpdate();
    try {
      await this.writing;
      deleteDraft(this.namespace(), this.key);
      await deleteResponse(this.key, this.store());
      this.status = 'cleared';
      this.updatedAt = new Date().toISOString();
      emit<ResponseChangeDetail>(this.host, 'lp-response-change', { key: this.key, value: '', updatedAt: this.updatedAt });
    } catch (e) {
      this.fail('clear-failed', e);
    }
    this.host.requestUpdate();
  }

  private readonly flushNow = (): void => void this.flush();

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  private async load(): Promise<void> {
    this.status = 'loading';
    try {
      const record = await getResponse(this.key, this.store());
      // Text typed while the saved answer was loading wins over the older copy.
      if (!this.dirty && this.status === 'loading') {
        this.value = record?.value ?? '';
        this.updatedAt = record?.updatedAt;
        this.status = 'idle';
        const draft = getDraft(this.namespace(), this.key);
        if (draft && draft.value !== this.value && (!record || draft.updatedAt > record.updatedAt)) {
          // The last visit ended before its final words reached IndexedDB.
          this.value = draft.value;
          this.dirty = true;
          void this.flush();
        }
      }
    } catch (e) {
      this.fail('load-failed', e);
    }
    this.host.requestUpdate();
  }

  private async write(value: string): Promise<void> {
    let record: ResponseRecord;
    try {
      record = await setResponse(this.key, value, this.store());
    } catch (e) {
      // Keep the text so the next keystroke or blur tries again.
      this.dirty = true;
      this.fail('save-failed', e);
      this.host.requestUpdate();
      return;
    }
    this.updatedAt = record.updatedAt;
    deleteDraft(this.namespace(), this.key, value);
    if (!this.dirty) this.status = 'saved';
    emit<ResponseChangeDetail>(this.host, 'lp-response-change', { key: this.key, value, updatedAt: record.updatedAt });
    this.host.requestUpdate();
  }

  private store() {
    return responseStore(this.namespace());
  }

  private fail(code: string, e: unknown): void {
    this.status = 'error';
    this.error = e;
    emit(this.host, 'lp-error', { code, message: e instanceof Error ? e.message : String(e) });
  }
}
