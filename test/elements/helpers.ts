import { waitUntil } from '@open-wc/testing';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import type { LpReflection } from '../../src/elements/lp-reflection.js';

/** A storage namespace of the test's own, so tests never see each other's answers. */
export function freshNamespace(): string {
  return `lp-test-${Math.random().toString(36).slice(2)}`;
}

/** Waits until a unit has finished loading (shown or failed). */
export async function unitReady(el: LpUnit): Promise<ShadowRoot> {
  // Both a shown unit and a failure render an <article>; loading does not.
  await waitUntil(() => el.shadowRoot?.querySelector('article'), 'unit did not finish loading', { timeout: 5000 });
  await el.updateComplete;
  return el.shadowRoot!;
}

/** The reflection for an activity id inside a unit, once its saved answers have loaded. */
export async function reflectionIn(root: ShadowRoot, id: string): Promise<LpReflection> {
  const el = root.querySelector<LpReflection>(`lp-reflection[id="ui-activity-${id}"]`);
  if (!el) throw new Error(`no activity ${id}`);
  // In any language: a box is busy until its saved answer is in.
  await waitUntil(() => textareas(el).length > 0 && textareas(el).every((t) => !t.hasAttribute('aria-busy')), 'answers did not load', { timeout: 5000 });
  return el;
}

export function textareas(el: LpReflection): HTMLTextAreaElement[] {
  return [...(el.shadowRoot?.querySelectorAll('textarea') ?? [])];
}

export function statusTexts(el: LpReflection): string[] {
  return [...(el.shadowRoot?.querySelectorAll('.ui-status') ?? [])].map((s) => s.textContent?.trim() ?? '');
}

export function text(node: ParentNode | null | undefined, selector: string): string {
  return node?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

const mounted: HTMLElement[] = [];

/** Puts an lp-unit with an inline Markdown source into the page, as an author would. */
export function mountInline(markdown: string, attrs: Record<string, string> = {}): LpUnit {
  const el = document.createElement('lp-unit');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'text/markdown';
  script.textContent = markdown;
  el.append(script);
  document.body.append(el);
  mounted.push(el);
  return el;
}

export function unmountAll(): void {
  for (const el of mounted.splice(0)) el.remove();
}

/**
 * Puts `open` in place of IndexedDB's own until the returned function is called.
 * The replacement goes on IDBFactory.prototype, not on `indexedDB`: WebKit lets
 * the `indexedDB` object's wrapper be garbage-collected and makes a new one
 * without the properties set on the old, so a replacement set there silently
 * gives way to the real IndexedDB after the next collection.
 */
export function replaceOpen(open: (this: IDBFactory, real: IDBFactory['open'], name: string, version?: number) => IDBOpenDBRequest): () => void {
  const proto = IDBFactory.prototype;
  const real = proto.open;
  const replacement = function (this: IDBFactory, name: string, version?: number) {
    return open.call(this, real, name, version);
  };
  proto.open = replacement;
  if (indexedDB.open !== replacement) {
    proto.open = real;
    throw new Error('indexedDB.open is shadowed: a test set it on indexedDB itself');
  }
  return () => (proto.open = real);
}

/**
 * IndexedDB will not open, as in a private window or a VLE's frame that blocks
 * storage: `open` throws ('throw'), or its request fires `error` a moment later
 * ('error': the engine's own request, whose creation of the database is aborted,
 * so only for a namespace with no database yet).
 */
export function refuseStorage(how: 'throw' | 'error' = 'throw'): () => void {
  return replaceOpen(function (real, name, version) {
    if (how === 'throw') throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    const request = real.call(this, name, version);
    // Registered before the caller's handlers: theirs never see the upgrade, and the request fails.
    request.addEventListener('upgradeneeded', (e) => {
      e.stopImmediatePropagation();
      request.transaction!.abort();
    });
    request.addEventListener('success', () => {
      throw new Error(`refuseStorage('error') needs a namespace with no database yet: "${name}" opened`);
    });
    return request;
  });
}

/** IndexedDB that never answers: every saved answer stays loading. */
export function hangStorage(): () => void {
  return replaceOpen(() => ({}) as IDBOpenDBRequest);
}
