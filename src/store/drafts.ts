/**
 * A synchronous copy of text not yet saved to IndexedDB. A tab closed or
 * reloaded straight after typing ends before an IndexedDB write started in
 * `pagehide` can commit; localStorage writes at once, so the last words typed
 * survive and are moved into IndexedDB on the next visit.
 */
export interface Draft {
  value: string;
  updatedAt: string;
}

const draftKey = (namespace: string, key: string) => `${namespace}:draft:${key}`;

export function setDraft(namespace: string, key: string, value: string): void {
  try {
    localStorage.setItem(draftKey(namespace, key), JSON.stringify({ value, updatedAt: new Date().toISOString() }));
  } catch {
    // Storage full or refused: IndexedDB is still the real save.
  }
}

export function getDraft(namespace: string, key: string): Draft | undefined {
  try {
    const draft = JSON.parse(localStorage.getItem(draftKey(namespace, key)) ?? 'null') as Draft | null;
    return draft && typeof draft.value === 'string' && typeof draft.updatedAt === 'string' ? draft : undefined;
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
