import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/lp-unit.js';
import { DEAD_HREFS, ESCAPING_HREFS, escapingLinks, ownIdsInIntro } from '../hostile/inputs.js';
import { freshNamespace, mountInline, reflectionIn, textareas, unitReady, unmountAll } from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown[];
  }
}

const front = `---
id: hostile
number: "0.1"
title: Hostile unit
lang: en
---
`;

/** Every element under a root, through nested shadow roots. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'background', 'data', 'srcdoc'];
/** Where a data: URL would be a document the learner could open, not just a picture or a sound. */
const NAVIGABLE = ['a', 'area', 'iframe', 'frame', 'object', 'embed', 'form', 'base'];

function dangerousAttributes(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of deepElements(root)) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      const scriptUrl = /^(javascript|vbscript):/.test(value);
      const dataDocument = value.startsWith('data:') && NAVIGABLE.includes(el.localName);
      if (name.startsWith('on') || (URL_ATTRIBUTES.includes(name) && (scriptUrl || dataDocument))) {
        found.push(`${el.localName}[${name}=${attr.value.slice(0, 40)}]`);
      }
    }
  }
  return found;
}

describe('author HTML is sanitised', () => {
  let sentinel: HTMLElement;
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };

  beforeEach(() => {
    window.__pwned = [];
    window.alert = window.confirm = window.prompt = window.print = ((...args: unknown[]) => {
      window.__pwned!.push(args);
      return null;
    }) as never;
    sentinel = document.createElement('p');
    sentinel.id = 'host-sentinel';
    sentinel.textContent = 'The host page';
    Object.assign(sentinel.style, { position: 'fixed', top: '0', left: '0', margin: '0', width: '200px', height: '40px', color: 'rgb(0, 0, 128)', zIndex: '1' });
    document.body.prepend(sentinel);
  });

  afterEach(() => {
    Object.assign(window, originals);
    sentinel.remove();
    unmountAll();
  });

  function expectHostUntouched(root: ShadowRoot): void {
    expect(window.__pwned, 'script ran').to.deep.equal([]);
    expect(dangerousAttributes(root)).to.deep.equal([]);
    expect(deepElements(root).filter((e) => ['script', 'iframe', 'style', 'object', 'embed', 'form', 'base', 'meta', 'link'].includes(e.localName))
      .map((e) => e.localName)).to.deep.equal([]);
    expect(getComputedStyle(document.body).display).to.not.equal('none');
    expect(getComputedStyle(sentinel).color).to.equal('rgb(0, 0, 128)');
    expect(document.elementFromPoint(100, 20)).to.equal(sentinel);
  }

  it('runs none of script, event handlers, javascript: and data: links, iframes, svg onload or style', async () => {
    const el = mountInline(`${front}
Before.

<script>window.__pwned.push('script')</script>

<img src="x" onerror="window.__pwned.push('img')">

[a javascript link](javascript:window.__pwned.push('js-link')) and [a data link](data:text/html,<script>alert(1)</script>)

<a href="javascript:window.__pwned.push('a')">raw link</a> <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">raw data link</a>

<iframe src="javascript:parent.__pwned.push('iframe')"></iframe>

<svg onload="window.__pwned.push('svg')"><circle r="5"></circle></svg>

<style>body { display: none } #host-sentinel { color: red !important } * { color: red }</style>

<div style="position:fixed;inset:0;z-index:99999;background:white">cover</div>

<input type="text" autofocus onfocus="window.__pwned.push('input')"> <input type="checkbox" onclick="window.__pwned.push('box')">

- [x] a ticked task
- [ ] an open task

After.
`);
    const root = await unitReady(el);
    await aTimeout(300);
    expectHostUntouched(root);
    expect(root.textContent).to.contain('Before.');
    expect(root.textContent).to.contain('After.');
    const inputs = [...root.querySelectorAll('input')];
    expect(inputs.map((i) => [i.type, i.disabled])).to.deep.equal([['checkbox', true], ['checkbox', true], ['checkbox', true]]);
    expect(inputs.map((i) => i.checked)).to.deep.equal([false, true, false]);
    const links = [...root.querySelectorAll('a')].filter((a) => /link/.test(a.textContent ?? ''));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(links.map(() => null));
  });

  it('runs none of DOMPurify’s 223 hostile payloads and keeps the host page uncovered', async () => {
    const { payloads } = (await (await fetch('/test/fixtures/dompurify-fixtures.json')).json()) as { payloads: { title: string; payload: string }[] };
    expect(payloads).to.have.length(223);
    const body = payloads.map((p) => `<div>${p.payload}</div>`).join('\n\n');
    const el = mountInline(`${front}\nStart of the payloads.\n\n${body}\n\nEnd of the payloads.\n`);
    const root = await unitReady(el);
    await aTimeout(500);
    expectHostUntouched(root);
    expect(root.textContent).to.contain('Start of the payloads.');
  });
});

/** Where following a link would take the learner: nowhere, this tab or a new tab that cannot reach back. */
function destination(link: Element): { url?: URL; newTab: boolean; noopener: boolean } {
  const href = link.getAttribute('href') ?? link.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
  const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
  const newTab = link.getAttribute('target') === '_blank';
  return { url: href === null ? undefined : new URL(href, document.baseURI), newTab, noopener: rel.includes('noopener') && rel.includes('noreferrer') };
}

describe('links in author HTML', () => {
  afterEach(unmountAll);

  it('sends no link to another site in the host tab, whatever its spelling or element', async () => {
    const root = await unitReady(mountInline(escapingLinks()));
    const links = [...root.querySelectorAll('a, area')];
    expect(links.length).to.be.greaterThan(40);
    const leaks = links
      .map((link) => ({ link, ...destination(link) }))
      .filter(({ url, newTab, noopener }) => url && url.origin !== location.origin && !(newTab && noopener && /^https?:$/.test(url.protocol)) && url.protocol !== 'mailto:')
      .map(({ link, url }) => `${link.localName} ${link.textContent || link.getAttribute('alt')} → ${url}`);
    expect(leaks).to.deep.equal([]);
    // Each escaping spelling still reaches its site, in a new tab, as HTML, SVG and xlink links and as an area.
    for (const [i] of ESCAPING_HREFS.entries()) {
      for (const link of [...links].filter((l) => [`html link ${i}`, `svg link ${i}`, `xlink ${i}`, `area ${i}`].includes((l.textContent || l.getAttribute('alt'))!))) {
        const { url, newTab } = destination(link);
        expect(url?.hostname, `${link.localName} ${i}`).to.equal('attacker.example');
        expect(newTab).to.equal(true);
      }
    }
    // Script, data and other schemes are not followed at all.
    for (const [j] of DEAD_HREFS.entries()) {
      const i = ESCAPING_HREFS.length + j;
      const dead = links.filter((l) => [`html link ${i}`, `svg link ${i}`, `xlink ${i}`, `area ${i}`].includes((l.textContent || l.getAttribute('alt'))!));
      expect(dead).to.have.length(4);
      expect(dead.map((l) => destination(l).url?.href)).to.deep.equal([undefined, undefined, undefined, undefined]);
    }
  });

  it('keeps links within the page in the same tab, and mail links', async () => {
    const root = await unitReady(mountInline(escapingLinks()));
    const byText = (t: string) => [...root.querySelectorAll('a')].find((a) => a.textContent === t)!;
    for (const [text, path] of [['a fragment', '#links'], ['a page here', 'other-page.html']]) {
      const { url, newTab } = destination(byText(text));
      expect(url?.origin, text).to.equal(location.origin);
      expect(byText(text).getAttribute('href')).to.equal(path);
      expect(newTab).to.equal(false);
    }
    expect(destination(byText('mail')).url?.href).to.equal('mailto:tutor@example.ac.uk');
    expect(destination(byText('a Markdown link'))).to.include({ newTab: true, noopener: true });
  });
});

describe('author HTML and the elements’ own ids', () => {
  afterEach(unmountAll);

  it('keeps the answer box’s label, its description and the focus after "Clear answer" the element’s own', async () => {
    const root = await unitReady(mountInline(ownIdsInIntro(), { 'storage-namespace': freshNamespace() }));
    const reflection = await reflectionIn(root, '1.1.1');
    const shadow = reflection.shadowRoot!;
    const [field] = textareas(reflection);
    expect([...field.labels!].map((l) => l.textContent!.trim())).to.deep.equal(['Your view over the word limit']);
    expect(field.id.startsWith('ui-') && shadow.getElementById(field.id) === field, 'the box keeps its own id').to.equal(true);
    const description = field.getAttribute('aria-describedby')!.split(' ').map((id) => shadow.getElementById(id)?.textContent?.trim());
    expect(description.slice(0, 2)).to.deep.equal(['Write no more than 50 words.', '0 words.']);
    expect(shadow.querySelectorAll('.ui-visually-hidden, .ui-error-box')).to.have.length(1); // the element's own live region
    expect(!!shadow.querySelector('.lp-kept'), 'other classes kept').to.equal(true);
    const author = ':is(.ui-intro, label) ';
    expect(!!shadow.querySelector(['[id^="ui-"]', '[href^="#ui-"]', '[for^="ui-"]', '[aria-labelledby*="ui-"]', '[aria-describedby*="ui-"]', '[class*="ui-"]'].map((s) => author + s).join()), 'references to own ids').to.equal(false);
    expect(shadow.querySelector('.ui-intro [aria-describedby]')?.getAttribute('aria-describedby')).to.equal('ok');

    field.value = 'An answer';
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await reflection.updateComplete;
    [...shadow.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Clear answer')!.click();
    await waitUntil(() => shadow.activeElement, 'nothing took the focus');
    expect(shadow.activeElement!.localName).to.equal('button');
    expect(shadow.activeElement!.textContent!.trim()).to.equal('Keep my answer');
  });
});
