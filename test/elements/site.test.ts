// The documentation site's home and element pages as a reader opens them:
// each live example working, the API tables filled from custom-elements.json,
// and no axe violation on the page.
import { expect, waitUntil } from '@open-wc/testing';
import { type Declaration, closeFrames, manifestElements, open, violations, words, rendered, apiNames, SITE } from './site-helpers.js';

let elements: Declaration[] = [];
before(async () => {
  elements = await manifestElements();
});
afterEach(closeFrames);

describe('documentation site: home and elements', function () {
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

  it('pages hold no inline script or style, so the strict policy allows all of them', async () => {
    for (const page of ['index.html', ...Object.keys(rendered).map((t) => `${t}.html`)]) {
      const html = await (await fetch(SITE + page)).text();
      expect(html, page).to.not.match(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, page).to.not.match(/<style|\sstyle=/);
    }
  });
});
