/**
 * The elements most pages never use are loaded when one first appears: the
 * bundle holds `<lp-unit>` and `<lp-reflection>`, and a page with a pack, a
 * portfolio, a checklist or a quiz fetches that element's chunk as soon as the
 * tag is in the document (or in an element's shadow root, through `load()`).
 * Until then the tag is an unknown element; it upgrades when its chunk arrives.
 */
const chunks: Record<string, () => Promise<unknown>> = {
  // Literal imports, so the bundler and the dev server can follow them.
  'lp-pack': () => import('./lp-pack.js'),
  'lp-progress': () => import('./lp-progress.js'),
  'lp-portfolio': () => import('./lp-portfolio.js'),
  'lp-checklist': () => import('./lp-checklist.js'),
  'lp-quiz': () => import('./lp-quiz.js'),
};
const selector = Object.keys(chunks).join(',');
const requested = new Set<string>();

/** Loads the chunk of a lazily defined element; resolves once it is defined. */
export function load(tag: string): Promise<unknown> {
  const chunk = chunks[tag];
  if (!chunk || customElements.get(tag)) return Promise.resolve();
  if (!requested.has(tag)) {
    requested.add(tag);
    chunk().catch((e: unknown) => {
      requested.delete(tag);
      console.error(`learning-pack: <${tag}> could not be loaded`, e);
    });
  }
  return customElements.whenDefined(tag);
}

/** Loads every lazily defined element used under `root`. */
export function discover(root: ParentNode): void {
  if (root instanceof Element && root.localName in chunks) void load(root.localName);
  for (const el of root.querySelectorAll(selector)) void load(el.localName);
}

/** Watches the page for the lazily defined elements, once. */
export function watch(doc: Document = document): void {
  discover(doc);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  }).observe(doc.documentElement, { childList: true, subtree: true });
}
