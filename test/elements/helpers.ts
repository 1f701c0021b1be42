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
