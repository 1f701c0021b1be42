// The script-tag embed in a host page that fights back: Bootstrap 5 (which
// Moodle's themes build on) and aggressive global rules. The elements render
// and work, and the host page's own elements are exactly as they were.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/lp-pack.js';
import type { LpPack } from '../../src/elements/lp-pack.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import { responseStore } from '../../src/store/responses.js';
import { freshNamespace, reflectionIn, textareas, unitReady } from './helpers.js';

const SHEETS = ['/node_modules/bootstrap/dist/css/bootstrap.min.css', '/test/pages/embed-hostile.css'];
const PROPERTIES = ['display', 'font-size', 'font-family', 'font-weight', 'line-height', 'color', 'background-color', 'margin-top', 'margin-bottom', 'padding-top', 'padding-left', 'border-top-width', 'border-radius'];

async function addSheets(): Promise<HTMLLinkElement[]> {
  return Promise.all(
    SHEETS.map(
      (href) =>
        new Promise<HTMLLinkElement>((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.onload = () => resolve(link);
          link.onerror = () => reject(new Error(`${href} did not load`));
          document.head.append(link);
        }),
    ),
  );
}

/** Each host element's box and computed style. */
function measure(host: HTMLElement): Record<string, unknown>[] {
  return [...host.querySelectorAll<HTMLElement>('[data-host]')].map((el) => {
    const { x, y, width, height } = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return { el: el.dataset.host, box: [x + scrollX, y + scrollY, width, height], ...Object.fromEntries(PROPERTIES.map((p) => [p, style.getPropertyValue(p)])) };
  });
}

interface Shot {
  key: string;
  width: number;
  height: number;
}

/** A screenshot of one element of this page, taken by the browser (test/screenshot-plugin.mjs). */
async function screenshot(selector: string): Promise<Shot> {
  // The region in full view: WebKit's element screenshots are cut at the viewport, and typing
  // into the pack below it scrolls the page.
  document.querySelector(selector)!.scrollIntoView({ block: 'start' });
  // Two frames: what changed has been painted.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return (await executeServerCommand('element-screenshot', { selector })) as Shot;
}

/** How many pixels differ between two screenshots (all of them when their sizes differ). */
async function differingPixels(a: Shot, b: Shot): Promise<number> {
  const diff = (await executeServerCommand('screenshot-diff', { a: a.key, b: b.key })) as { sizes: number[][]; differing: number; first: number[] | null };
  if (diff.differing) console.log(`screenshots differ: sizes ${JSON.stringify(diff.sizes)}, ${diff.differing} pixels, first at ${JSON.stringify(diff.first)}`);
  return diff.differing;
}

describe('script-tag embed in a hostile host page', () => {
  let links: HTMLLinkElement[] = [];
  before(async () => {
    links = await addSheets();
    // A scroll bar that comes with a longer page would move centred content in some browsers.
    document.documentElement.style.overflowY = 'scroll';
  });
  after(() => {
    links.forEach((l) => l.remove());
    document.documentElement.style.overflowY = '';
  });

  it('leaves the host page\'s own elements as they were, and the pack renders and works', async function () {
    // With three browsers at once on two cores, WebKit's last element screenshot has come out
    // shorter than the first (155 px, then 109) while the element's own box was unchanged; it
    // passes alone. Retried until that is understood.
    this.retries(2);
    // Three screenshots and two units on a machine that may be busy: more than the default time.
    this.timeout(60000);
    const page = await fixture<HTMLElement>(html`<div class="container">
      <div id="host-region">
        <h1 data-host="h1">Week 3</h1>
        <p class="lead" data-host="p">Read this before the seminar.</p>
        <button class="btn btn-primary" data-host="button">Host button</button>
        <label for="host-notes" class="form-label" data-host="label">Notes</label>
        <textarea id="host-notes" class="form-control" data-host="textarea"></textarea>
        <input class="form-control" aria-label="Search" data-host="input">
        <a class="btn btn-link" href="#top" data-host="a">Back to top</a>
      </div>
      <div id="slot"></div>
    </div>`);
    const before = measure(page);
    const shotBefore = await screenshot('#host-region');

    const ns = freshNamespace();
    const pack = document.createElement('lp-pack') as LpPack;
    pack.setAttribute('src', '/test/fixtures/pack/pack.yaml');
    pack.setAttribute('storage-namespace', ns);
    pack.setAttribute('routing', 'none');
    page.querySelector('#slot')!.append(pack);
    await waitUntil(() => pack.shadowRoot?.querySelector('lp-unit'), 'the pack did not load', { timeout: 10000 });
    await unitReady(pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!);

    expect(measure(page)).to.deep.equal(before);
    expect(await differingPixels(shotBefore, await screenshot('#host-region'))).to.equal(0);

    // The elements work: the learner moves to the next unit and writes an answer that is saved.
    const next = pack.shadowRoot!.querySelector<HTMLAnchorElement>('.ui-next')!;
    expect(next.getBoundingClientRect().height).to.be.greaterThan(0);
    next.click();
    await waitUntil(() => pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!.unit?.meta.id === 'practice', 'did not move on', { timeout: 5000 });
    const unit = await unitReady(pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!);
    const reflection = await reflectionIn(unit, '2.1.1');
    const box = textareas(reflection)[0];
    expect(getComputedStyle(box).display).to.not.equal('none');
    expect(box.getBoundingClientRect().height).to.be.greaterThan(30);
    box.focus();
    await sendKeys({ type: 'Despite the theme' });
    box.blur();
    await waitUntil(async () => (await responseStore(ns).list()).some((r) => r.value === 'Despite the theme'), 'not saved', { timeout: 5000 });
    // Buttons inside keep their own look: `button { all: unset }` does not reach them.
    const toggle = pack.shadowRoot!.querySelector<HTMLElement>('.ui-skip')!;
    expect(getComputedStyle(toggle).cursor === 'auto' && getComputedStyle(toggle).display === 'inline').to.equal(false);
    expect(measure(page)).to.deep.equal(before);
    expect(await differingPixels(shotBefore, await screenshot('#host-region'))).to.equal(0);
    await expect(pack).to.be.accessible();
  });
});

/** Every element down a chain of shadow roots: `a >> b` is `b` in `a`'s shadow root. */
function deep(root: ParentNode, path: string): HTMLElement {
  let node: ParentNode = root;
  const steps = path.split(' >> ');
  steps.forEach((selector, i) => {
    const found = node.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`no ${selector} in ${steps.slice(0, i).join(' >> ') || 'the page'}`);
    node = i < steps.length - 1 ? found.shadowRoot! : found;
  });
  return node as HTMLElement;
}

/** Text the learner reads and writes in, down the pack's shadow roots. */
const TEXT = {
  packTitle: '.ui-pack-title',
  part: '.ui-part',
  entry: '.ui-entry-title',
  next: '.ui-next',
  unitTitle: 'lp-unit >> h1',
  body: 'lp-unit >> article p',
  activityTitle: 'lp-unit >> lp-reflection >> h2',
  saves: 'lp-unit >> lp-reflection >> .ui-saves',
  label: 'lp-unit >> lp-reflection >> label',
  answer: 'lp-unit >> lp-reflection >> textarea',
  count: 'lp-unit >> lp-reflection >> .ui-count',
};

function typeScale(pack: LpPack): Record<string, { fontSize: string; size: [number, number] }> {
  return Object.fromEntries(
    Object.entries(TEXT).map(([name, path]) => {
      const el = deep(pack.shadowRoot!, path);
      const { width, height } = el.getBoundingClientRect();
      return [name, { fontSize: getComputedStyle(el).fontSize, size: [width, height] }];
    }),
  );
}

describe('host font rules', () => {
  it('leave the type and layout of the elements as they are: `* { font-size: 10px !important }` does not shrink them', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
    const pack = document.createElement('lp-pack') as LpPack;
    pack.setAttribute('src', '/test/fixtures/pack/pack.yaml');
    pack.setAttribute('storage-namespace', freshNamespace());
    pack.setAttribute('routing', 'none');
    page.append(pack);
    await waitUntil(() => pack.shadowRoot?.querySelector('lp-unit'), 'the pack did not load', { timeout: 10000 });
    await reflectionIn(await unitReady(pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!), '1.1.1');
    const own = typeScale(pack);
    // The sizes the elements have always had on a page of 16px.
    expect(parseFloat(own.body.fontSize)).to.be.closeTo(17, 0.01);
    expect(parseFloat(own.label.fontSize)).to.be.closeTo(16.8, 0.01);
    expect(parseFloat(own.answer.fontSize)).to.be.closeTo(16, 0.01);

    const rule = document.createElement('style');
    rule.textContent = '* { font-size: 10px !important; }';
    document.head.append(rule);
    try {
      expect(getComputedStyle(page).fontSize).to.equal('10px');
      const hostile = typeScale(pack);
      expect(parseFloat(hostile.label.fontSize)).to.be.at.least(14);
      expect(parseFloat(hostile.body.fontSize)).to.be.at.least(14);
      expect(hostile).to.deep.equal(own);
    } finally {
      rule.remove();
    }
  });
});
