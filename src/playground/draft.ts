/**
 * The playground's draft: the text in the editor, kept in the browser under
 * the same rules as a learner's answer (SPEC §5): a record in IndexedDB in a
 * storage namespace of its own, and a synchronous localStorage copy written
 * when the page is hidden, so the last words typed survive a closed tab.
 */
import { deleteDraft, draftWins, getDraft, setDraft } from '../store/drafts.js';
import { responseKey } from '../store/keys.js';
import { responseStore, setResponse, type ResponseStore } from '../store/responses.js';

/** Where drafts are kept: apart from every learner's answers. */
export const DRAFT_NAMESPACE = 'playground-drafts';
/** Where answers typed into the preview are kept. */
export const PREVIEW_NAMESPACE = 'playground';
/** The pack id of the preview's answers. */
export const PREVIEW_PACK = 'playground';

const KEY = responseKey({ pack: 'playground', unit: 'draft', activity: 'source' });

export class DraftStore {
  private readonly store: ResponseStore;
  private lastSaved?: string;

  constructor(readonly namespace = DRAFT_NAMESPACE) {
    this.store = responseStore(namespace);
  }

  /** False when the browser keeps nothing: the draft lives only as long as the page. */
  get persistent(): boolean {
    return this.store.persistent;
  }

  /** The saved draft, or undefined when there is none. The newer of the record and the page-hide copy wins. */
  async load(): Promise<string | undefined> {
    const record = await this.store.get(KEY);
    const copy = getDraft(this.namespace, KEY);
    if (copy && draftWins(copy, record)) return copy.value;
    return record?.value;
  }

  /** Saves the text; rejects when it could not be saved. */
  async save(text: string): Promise<void> {
    await setResponse(KEY, text, this.store, { title: 'Playground draft' });
    this.lastSaved = text;
    deleteDraft(this.namespace, KEY, text);
  }

  /** A synchronous copy for a page being hidden or closed, when the text is newer than the last save. */
  keep(text: string): void {
    if (text !== this.lastSaved) setDraft(this.namespace, KEY, text);
  }
}
