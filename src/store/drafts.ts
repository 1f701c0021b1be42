/**
 * A synchronous copy of text not yet saved to IndexedDB. A tab closed or
 * reloaded straight after typing ends before an IndexedDB write started in
 * `pagehide` can commit; localStorage writes at once, so the last words typed
 * survive and are moved into IndexedDB on the next visit.
 *
 * Drafts live in the host site's localStorage, so they are kept small and
 * short-lived: a draft is removed once IndexedDB has its text, when its answer
 * is cleared, and after DRAFT_TTL_DAYS in any case. Each draft remembers the
 * saved answer it was typed over (`base`), so a draft over an answer that has
 * since been deleted (in another tab, or from the portfolio) never brings that
 * answer back.
 */
export interface Draft {
  value: string;
  updatedAt: string;
  /** `updatedAt` of the saved answer the text was typed over; absent for a box that had none. */
  base?: string;
}

export const DRAFT_TTL_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

const prefix = (namespace: string) => `${namespace}:draft:`;
const draftKey = (namespace: string, key: string) => prefix(namespace) + key;

export function setDraft(namespace: string, key: string, value: string, base?: string): void {
  try {
    const draft: Draft = { value, updatedAt: new Date().toISOString() };
    if (base) draft.base = base;
    localStorage.setItem(draftKey(namespace, key), JSON.stringify(draft));
  } catch {
    // Storage full or refused: IndexedDB is still the real save.
  }
}

function parse(text: string | null): Draft | undefined {
  try {
    const d = JSON.parse(text ?? 'null') as Draft | null;
    if (!d || typeof d.value !== 'string' || typeof d.updatedAt !== 'string') return undefined;
    if (d.base !== undefined && typeof d.base !== 'string') return undefined;
    return d;
  } catch {
    return undefined;
  }
}

function expired(draft: Draft, now: number): boolean {
  const t = Date.parse(draft.updatedAt);
  return !Number.isFinite(t) || now - t > DRAFT_TTL_DAYS * DAY_MS;
}

/** The draft for a key, unless it is malformed or expired (both are removed). */
export function getDraft(namespace: string, key: string, now = Date.now()): Draft | undefined {
  try {
    const text = localStorage.getItem(draftKey(namespace, key));
    if (text === null) return undefined;
    const draft = parse(text);
    if (!draft || expired(draft, now)) {
      localStorage.removeItem(draftKey(namespace, key));
      return undefined;
    }
    return draft;
  } catch {
    return undefined;
  }
}

/** Removes the draft, if it still holds `value` (a newer draft is left alone). */
export function deleteDraft(namespace: string, key: string, value?: string): void {
  try {
    if (value === undefined || getDraft(namespace, key)?.value === value) localStorage.removeItem(draftKey(namespace, key));
  } catch {
    // Nothing to remove.
  }
}

/** Removes every expired or malformed draft of a namespace. */
export function cleanDrafts(namespace: string, now = Date.now()): void {
  try {
    const start = prefix(namespace);
    const stale: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (!name?.startsWith(start)) continue;
      const draft = parse(localStorage.getItem(name));
      if (!draft || expired(draft, now)) stale.push(name);
    }
    for (const name of stale) localStorage.removeItem(name);
  } catch {
    // localStorage refused: there is nothing of ours in it.
  }
}

/**
 * Whether a draft holds newer words than the saved answer: it must be newer
 * than the record, and when there is no record it must not have been typed
 * over one (that answer was deleted since).
 */
export function draftWins(draft: Draft, record: { value: string; updatedAt: string } | undefined): boolean {
  if (record) return draft.value !== record.value && draft.updatedAt > record.updatedAt;
  return draft.base === undefined && draft.value !== '';
}
