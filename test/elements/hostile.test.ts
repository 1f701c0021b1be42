/**
 * Hostile units in a host page: whatever a unit holds, the host page keeps its
 * own surface, its tab, its focus and its script.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/lp-unit.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import type { Unit } from '../../src/content/model.js';
import { heavyAndNoisy, mathOverlay, overlaySvg, topLayer } from '../hostile/inputs.js';
import { freshNamespace, mountInline, unitReady, unmountAll } from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown[];
  }
}

/** Every element under a root, through nested shadow roots. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'background', 'data', 'srcdoc', 'values', 'to', 'from'];

/** Handlers and script URLs left in the rendered unit. */
function scriptLeft(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of deepElements(root)) {
    if (['script', 'iframe', 'object', 'embed', 'style', 'link', 'base', 'meta', 'form'].includes(el.localName)) found.push(el.localName);
    for (const attr of el.attributes) {
      const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (attr.name.startsWith('on') || (URL_ATTRIBUTES.includes(attr.name) && /^(javascript|vbscript):/.test(value))) found.push(`${el.localName}[${attr.name}]`);
    }
  }
  return found;
}

const mounted: HTMLElement[] = [];
let hostBefore: HTMLElement;
let clicks: EventTarget[] = [];
const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };

/** Records where a click lands and stops it, so a test page is never navigated away. */
function recordClick(e: MouseEvent): void {
  clicks.push(e.composedPath()[0]);
  e.preventDefault();
}

beforeEach(() => {
  window.__pwned = [];
  window.alert = window.confirm = window.prompt = window.print = ((...args: unknown[]) => {
    window.__pwned!.push(args);
    return null;
  }) as never;
  hostBefore = document.createElement('p');
  hostBefore.textContent = 'The host page’s own text, above the unit.';
  Object.assign(hostBefore.style, { margin: '0', padding: '40px 0', font: '16px sans-serif' });
  document.body.prepend(hostBefore);
  clicks = [];
  window.addEventListener('click', recordClick);
});

afterEach(async () => {
  Object.assign(window, originals);
  window.removeEventListener('click', recordClick);
  hostBefore.remove();
  for (const el of mounted.splice(0)) el.remove();
  unmountAll();
  await resetMouse();
});

/** What the host page must still be after any unit has rendered. */
async function expectHostPageIntact(unit: LpUnit): Promise<void> {
  await aTimeout(200);
  expect(window.__pwned, 'script ran in the host page').to.deep.equal([]);
  expect(scriptLeft(unit.shadowRoot!)).to.deep.equal([]);
  expect(document.activeElement === document.body, 'the unit took the focus').to.equal(true);
  const box = hostBefore.getBoundingClientRect();
  for (const [x, y] of [[box.left + 5, box.top + 5], [box.left + box.width / 2, box.top + box.height / 2], [box.right - 5, box.bottom - 5]]) {
    const hit = document.elementFromPoint(x, y);
    expect(hit === hostBefore, `the host page at ${x},${y} is covered by ${hit?.localName}`).to.equal(true);
  }
}

/** Serves a compiled unit as a compromised content host would. */
function mountCompiled(unit: Unit): LpUnit {
  const el = document.createElement('lp-unit');
  el.setAttribute('storage-namespace', freshNamespace());
  el.src = URL.createObjectURL(new Blob([JSON.stringify(unit)], { type: 'application/json' }));
  document.body.append(el);
  mounted.push(el);
  return el;
}

describe('a hostile unit in a host page', () => {
  it('cannot paint over the host page: a click beside the unit reaches the host, not a link', async () => {
    const el = mountInline(overlaySvg());
    await unitReady(el);
    await expectHostPageIntact(el);
    const box = hostBefore.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => clicks.length > 0, 'the click did not arrive');
    expect(clicks.map((t) => (t instanceof Element ? t.localName : (t as Node).nodeName))).to.deep.equal(['p']);
    expect(clicks[0] === hostBefore, 'the click went into the unit').to.equal(true);
    expect(location.pathname).to.not.contain('login');
  });

  it('keeps the SVG inside its own box', async () => {
    const root = await unitReady(mountInline(overlaySvg()));
    const svg = root.querySelector('svg')!;
    const rect = root.querySelector('rect')!.getBoundingClientRect();
    const box = svg.getBoundingClientRect();
    expect(box.width).to.be.at.most(21);
    expect(svg.hasAttribute('overflow') || svg.hasAttribute('transform')).to.equal(false);
    // The rectangle is larger than its picture, and is clipped to it where the learner can see.
    expect(rect.width).to.be.greaterThan(box.width);
    const inside = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(inside === el(root) || inside === root.host).to.equal(true);
    const outside = document.elementFromPoint(box.right + 40, box.top + box.height / 2);
    expect(root.host.contains(outside) || outside === root.host).to.equal(true);
    expect(outside?.localName).to.not.equal('rect');
  });

  it('cannot paint over the host page with MathML either', async () => {
    const el = mountInline(mathOverlay());
    await unitReady(el);
    await expectHostPageIntact(el);
  });

  it('cannot reach the top layer', async () => {
    const el = mountInline(topLayer());
    const root = await unitReady(el);
    const all = deepElements(root);
    expect(all.filter((e) => e.localName === 'dialog' || e.hasAttribute('popover') || e.hasAttribute('popovertarget')).map((e) => e.localName)).to.deep.equal([]);
    expect(root.textContent).to.contain('After.');
    await expectHostPageIntact(el);
  });

  it('plays nothing by itself and runs no SVG animation or filter chain', async () => {
    const el = mountInline(heavyAndNoisy());
    const root = await unitReady(el);
    const media = [...root.querySelectorAll('audio, video')] as HTMLMediaElement[];
    expect(media.map((m) => [m.localName, m.autoplay, m.loop])).to.deep.equal([['audio', false, false], ['video', false, false]]);
    const heavy = deepElements(root).filter((e) => /^(animate|set$|filter$|fe[A-Z])/.test(e.localName) || e.hasAttribute('filter'));
    expect(heavy.map((e) => e.localName)).to.deep.equal([]);
    expect(root.textContent).to.contain('After.');
    await expectHostPageIntact(el);
  });

  describe('DOMPurify’s payloads in every place author HTML goes', () => {
    let payloads: string[] = [];

    before(async () => {
      const corpus = (await (await fetch('/test/fixtures/dompurify-fixtures.json')).json()) as { payloads: { payload: string }[] };
      payloads = corpus.payloads.map((p) => p.payload);
    });

    /** The corpus in `n` pieces. */
    function pieces(n: number): string[] {
      const size = Math.ceil(payloads.length / n);
      return Array.from({ length: n }, (_, i) => payloads.slice(i * size, (i + 1) * size).map((p) => `<div>${p}</div>`).join(''));
    }

    it('in callout bodies and quotations', async () => {
      const [a, b] = pieces(2);
      const el = mountCompiled({
        meta: { id: 'callouts', number: '0.1', title: 'Hostile callouts', lang: 'en' },
        headings: [],
        blocks: [
          // Callouts reach the element as HTML blocks written by the compiler.
          { type: 'html', html: `<aside class="lp-callout lp-callout-warning"><p>Warning body.</p>${a}</aside>` },
          { type: 'html', html: `<figure class="lp-callout lp-callout-quote"><blockquote><p>Quoted.</p>${b}</blockquote><figcaption>Someone</figcaption></figure>` },
          { type: 'html', html: '<p>After the callouts.</p>' },
        ],
      });
      const root = await unitReady(el);
      expect(root.textContent).to.contain('Warning body.');
      expect(root.textContent).to.contain('After the callouts.');
      await expectHostPageIntact(el);
    });

    it('in a reflection’s intro and its prompts’ labels', async () => {
      const labels = pieces(6);
      const el = mountCompiled({
        meta: { id: 'reflection', number: '0.1', title: 'Hostile reflection', lang: 'en' },
        headings: [],
        blocks: [
          {
            type: 'reflection',
            id: '0.1.1',
            required: false,
            line: 1,
            introHtml: `<p>The intro.</p>${payloads.map((p) => `<div>${p}</div>`).join('')}`,
            prompts: labels.map((html, i) => ({ id: `p${i}`, html: `Prompt ${i} ${html}`, text: `Prompt ${i}` })),
          },
        ],
      });
      const root = await unitReady(el);
      const reflection = root.querySelector('lp-reflection')!;
      await waitUntil(() => reflection.shadowRoot?.querySelectorAll('textarea').length === labels.length, 'the answer boxes did not render', { timeout: 5000 });
      expect(reflection.shadowRoot!.textContent).to.contain('The intro.');
      await expectHostPageIntact(el);
    });

    it('in Markdown callouts, intros and labels', async () => {
      const payload = `<img src="x" onerror="window.__pwned.push(this.alt)" alt="P">`;
      const el = mountInline(`---
id: md
number: "0.1"
title: Hostile Markdown
lang: en
---

:::note
${payload.replace('"P"', '"note"')} <svg><a href="javascript:window.__pwned.push('svg')"><text>x</text></a></svg>
:::

:::quote{cite="x"}
${payload.replace('"P"', '"quote"')}
:::

:::reflection{#0.1.1}
${payload.replace('"P"', '"intro"')} <math><mtext><table><mglyph><style><img src=x onerror="window.__pwned.push('mxss')">
::prompt[Label ${payload.replace('"P"', '"label"')}]{#p}
:::
`, { 'storage-namespace': freshNamespace() });
      const root = await unitReady(el);
      await waitUntil(() => root.querySelector('lp-reflection')?.shadowRoot?.querySelector('textarea'), 'the answer box did not render', { timeout: 5000 });
      expect(root.querySelector('lp-reflection')!.shadowRoot!.querySelector('label')!.textContent).to.contain('Label');
      await expectHostPageIntact(el);
    });
  });
});

function el(root: ShadowRoot): Element {
  return root.host;
}
