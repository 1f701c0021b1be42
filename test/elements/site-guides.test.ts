// The documentation site's guides, rendered from docs/*.md: each one in the
// nav, with its headings, and no axe violation on its page.
import { expect } from '@open-wc/testing';
import { closeFrames, manifestElements, open, violations, words, GUIDES } from './site-helpers.js';

before(manifestElements);
afterEach(closeFrames);

describe('documentation site: guides', function () {
  // Whole pages with axe: slower than one element's test.
  this.timeout(60000);

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

});
