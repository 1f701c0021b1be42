/**
 * How long the browser will keep what we save. Safari (and every browser on
 * iOS, all WebKit) deletes a site's script-written storage, IndexedDB
 * included, after seven days of use without a visit, unless the storage is
 * persistent or the site is on the Home Screen.
 * https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/
 */

/** WebKit-based and not Chromium (whose user agents, Edge's too, all name Chrome/, or Android for its WebView): Safari on macOS, every iOS browser, WebKitGTK. */
export function isWebKitBased(userAgent: string): boolean {
  return /AppleWebKit/.test(userAgent) && !/Chrome\/|Android/.test(userAgent);
}

/**
 * True when answers may be cleared after a week away: a WebKit browser that
 * did not grant persistent storage. Asks for it once (WebKit decides without
 * a prompt); never asks other browsers, where Firefox would prompt.
 */
export async function mayBeClearedAfterAWeek(nav: Navigator = navigator): Promise<boolean> {
  if (!isWebKitBased(nav.userAgent)) return false;
  const storage = nav.storage;
  if (!storage?.persisted) return true;
  try {
    if (await storage.persisted()) return false;
    return !(await storage.persist?.());
  } catch {
    return true;
  }
}

export type Persistence = 'granted' | 'refused' | 'unknown';

/**
 * Asks for storage the browser will not evict, where asking shows no prompt
 * (Chromium and WebKit decide by themselves). Firefox would interrupt the
 * learner with a permission prompt, so it is never asked there.
 */
export async function requestPersistence(nav: Navigator): Promise<Persistence> {
  const storage = nav.storage;
  if (!storage?.persisted || !storage.persist) return 'unknown';
  if (await storage.persisted()) return 'granted';
  if (/Firefox\//.test(nav.userAgent)) return 'unknown';
  return (await storage.persist()) ? 'granted' : 'refused';
}

let asked: Promise<Persistence> | undefined;

/** {@link requestPersistence}, once per page; 'unknown' if the browser fails to answer. */
export function askToPersist(nav: Navigator = navigator): Promise<Persistence> {
  asked ??= requestPersistence(nav).catch((): Persistence => 'unknown');
  return asked;
}
