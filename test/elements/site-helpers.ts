// Opening the built documentation site (dist/site/, npm run docs) from a
// browser test: each page in a frame, served under the strict policy (see
// web-test-runner.config.mjs), with axe run in the page itself.

export interface Declaration {
  tagName: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
interface AxeResult {
  violations: { id: string; nodes: { target: unknown }[] }[];
}
type FrameWindow = Window & typeof globalThis & { axe?: { run(context: Document): Promise<AxeResult> } };

export const SITE = '/dist/site/';
/** docs/*.md: a new guide belongs in the site's nav, and here. */
export const GUIDES = ['authoring', 'course', 'embedding', 'cli', 'storage', 'accessibility', 'security', 'performance', 'testing'];
const frames: HTMLIFrameElement[] = [];

/** The elements of custom-elements.json; fails when the site is not built. */
export async function manifestElements(): Promise<Declaration[]> {
  const response = await fetch(`${SITE}index.html`);
  if (!response.ok) throw new Error('dist/site/ is not built: run npm run build (or npm run docs)');
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: (Declaration & { customElement?: boolean })[] }[] };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

/** Removes the frames a test opened. */
export function closeFrames(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** Opens a page of the site in a frame and returns its window once loaded. */
export async function open(page: string): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.title = page;
  frame.width = '1024';
  frame.height = '900';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = SITE + page;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}

/** axe, run in the page itself (it reads shadow roots); every rule, every violation listed. */
export async function violations(win: FrameWindow): Promise<string[]> {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    win.document.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run(win.document);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

export const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What each element's live example shows once it works. */
export const rendered: Record<string, (root: ShadowRoot) => boolean> = {
  'lp-unit': (root) => words(root.querySelector('h1')) === 'A unit on the documentation site' && !!root.querySelector('lp-reflection')?.shadowRoot?.querySelector('textarea'),
  'lp-reflection': (root) => words(root.querySelector('label')).includes('What would you like to remember from this page?') && !!root.querySelector('textarea'),
  'lp-checklist': (root) => words(root).includes('Before you publish a unit') && root.querySelectorAll('[part~="row"]').length === 3,
  'lp-quiz': (root) => words(root).includes('keeps two courses') && root.querySelectorAll('[part~="option"]').length === 3,
  'lp-pack': (root) => words(root.querySelector('[part~="contents"]')).includes('How this learning pack works'),
  'lp-progress': (root) => words(root).includes('2 of 5 units complete'),
  'lp-portfolio': (root) => words(root.querySelector('h2')) === 'Your answers',
};

export const apiNames = (doc: Document, id: string) => [...doc.querySelectorAll(`table[data-api="${id}"] tbody th`)].map((th) => words(th));

