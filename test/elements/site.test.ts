// The documentation site as a reader opens it: each built page of dist/site/
// (npm run docs) in a frame, served under the strict policy, with its live
// example working, its API tables filled from custom-elements.json, and no
// axe violation on the page.
import { expect, waitUntil } from '@open-wc/testing';

interface Declaration {
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

const SITE = '/dist/site/';
/** docs/*.md: a new guide belongs in the site's nav, and here. */
const GUIDES = ['authoring', 'course', 'embedding', 'cli', 'storage', 'accessibility', 'security', 'performance'];
let elements: Declaration[] = [];
const frames: HTMLIFrameElement[] = [];

before(async () => {
  const response = await fetch(`${SITE}index.html`);
  if (!response.ok) throw new Error('dist/site/ is not built: run npm run build (or npm run docs)');
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: (Declaration & { customElement?: boolean })[] }[] };
  elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
});

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens a page of the site in a frame and returns its window once loaded. */
async function open(page: string): Promise<FrameWindow> {
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
async function violations(win: FrameWindow): Promise<string[]> {
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

const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What each element's live example shows once it works. */
const rendered: Record<string, (root: ShadowRoot) => boolean> = {
  'lp-unit': (root) => words(root.querySelector('h1')) === 'A unit on the documentation site' && !!root.querySelector('lp-reflection')?.shadowRoot?.querySelector('textarea'),
  'lp-reflection': (root) => words(root.querySelector('label')).includes('What would you like to remember from this page?') && !!root.querySelector('textarea'),
  'lp-checklist': (root) => words(root).includes('Before you publish a unit') && root.querySelectorAll('[part~="row"]').length === 3,
  'lp-quiz': (root) => words(root).includes('keeps two courses') && root.querySelectorAll('[part~="option"]').length === 3,
  'lp-pack': (root) => words(root.querySelector('[part~="contents"]')).includes('How this learning pack works'),
  'lp-progress': (root) => words(root).includes('2 of 5 units complete'),
  'lp-portfolio': (root) => words(root.querySelector('h2')) === 'Your answers',
};

const apiNames = (doc: Document, id: string) => [...doc.querySelectorAll(`table[data-api="${id}"] tbody th`)].map((th) => words(th));

describe('documentation site', function () {
  // Whole pages with axe over every shadow root: slower than one element's test.
  this.timeout(60000);
  it('has a page with a working example for every element of custom-elements.json', async () => {
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal(Object.keys(rendered).sort());
  });

  for (const tag of Object.keys(rendered)) {
    it(`<${tag}>: the live example renders, the API tables come from the manifest, and axe passes`, async () => {
      const win = await open(`${tag}.html`);
      const doc = win.document;
      expect(words(doc.querySelector('h1'))).to.equal(`<${tag}>`);

      const example = doc.querySelector(`.example-live ${tag}`);
      await waitUntil(() => example?.shadowRoot && rendered[tag](example.shadowRoot), `the <${tag}> example did not render`, { timeout: 10000 });
      expect(example!.shadowRoot!.querySelector('.ui-error-box')).to.equal(null);

      const el = elements.find((e) => e.tagName === tag)!;
      expect(apiNames(doc, 'attributes')).to.deep.equal((el.attributes ?? []).map((a) => a.name));
      expect(apiNames(doc, 'events')).to.deep.equal((el.events ?? []).map((e) => e.name));
      expect(apiNames(doc, 'parts')).to.deep.equal((el.cssParts ?? []).map((p) => p.name));
      expect(apiNames(doc, 'css-properties')).to.deep.equal((el.cssProperties ?? []).map((p) => p.name));
      expect(apiNames(doc, 'css-properties')).to.include('--lp-color-accent');

      expect(await violations(win)).to.deep.equal([]);
    });
  }

  it('the home page shows a unit working, links every page and the playground, and axe passes', async () => {
    const win = await open('index.html');
    const doc = win.document;
    const unit = doc.querySelector('.example-live lp-unit');
    await waitUntil(() => unit?.shadowRoot && rendered['lp-unit'](unit.shadowRoot), 'the unit did not render', { timeout: 10000 });
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => [words(a), a.getAttribute('href')]);
    expect(links).to.deep.include(['Playground', 'playground.html']);
    for (const tag of Object.keys(rendered)) expect(links).to.deep.include([`<${tag}>`, `${tag}.html`]);
    expect(await violations(win)).to.deep.equal([]);
  });

  it('the nav lists every guide of docs/*.md', async () => {
    const home = await open('index.html');
    const guides = [...home.document.querySelectorAll<HTMLAnchorElement>('[aria-labelledby="nav-guides"] a')].map((a) => a.getAttribute('href'));
    expect(guides).to.have.members(GUIDES.map((g) => `${g}.html`));
  });

  for (const guide of GUIDES) {
    it(`the ${guide} guide is rendered from docs/${guide}.md, and axe passes`, async () => {
      const win = await open(`${guide}.html`);
      expect(words(win.document.querySelector('main h1'))).to.not.equal('');
      expect(win.document.querySelectorAll('main h2').length).to.be.greaterThan(0);
      expect(await violations(win)).to.deep.equal([]);
    });
  }

  it('pages hold no inline script or style, so the strict policy allows all of them', async () => {
    for (const page of ['index.html', ...Object.keys(rendered).map((t) => `${t}.html`)]) {
      const html = await (await fetch(SITE + page)).text();
      expect(html, page).to.not.match(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, page).to.not.match(/<style|\sstyle=/);
    }
  });
});
