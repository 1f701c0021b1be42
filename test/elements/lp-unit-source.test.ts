// <lp-unit>'s `source` property: a unit's Markdown handed over as text, as
// the playground's live preview does.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/lp-unit.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import { freshNamespace, text, unitReady } from './helpers.js';

const unit = (title: string, body = 'Some text.') => `---
id: source-unit
number: "7.1"
title: ${title}
lang: en
---

${body}
`;

describe('lp-unit source property', () => {
  it('shows the unit given as text, and passes an accessibility audit', async () => {
    const el = await fixture<LpUnit>(html`<lp-unit pack="source-test" storage-namespace=${freshNamespace()} .source=${unit('Given as text')}></lp-unit>`);
    const root = await unitReady(el);
    expect(text(root, 'h1')).to.equal('Given as text');
    await expect(el).to.be.accessible();
  });

  it('replaces the unit when the text changes, keeping the last one on screen until the new one is ready', async () => {
    const el = await fixture<LpUnit>(html`<lp-unit pack="source-test" storage-namespace=${freshNamespace()} .source=${unit('First')}></lp-unit>`);
    const root = await unitReady(el);
    const article = root.querySelector('article');
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(root.querySelector('article h1')?.textContent ?? 'no unit'));
    watch.observe(root, { childList: true, subtree: true, characterData: true });
    el.source = unit('Second', ':::tip\nA tip.\n:::');
    await waitUntil(() => text(root, 'h1') === 'Second', 'the new text is not shown', { timeout: 5000 });
    watch.disconnect();
    expect(seen).to.not.include('no unit');
    // The same article is kept, so the reader's place in it is too.
    expect(root.querySelector('article')).to.equal(article);
    expect(text(root, 'aside.lp-callout-tip')).to.contain('A tip.');
  });

  it('shows an error box for text that cannot be compiled', async () => {
    const el = await fixture<LpUnit>(html`<lp-unit pack="source-test" storage-namespace=${freshNamespace()} .source=${'No front matter here.'}></lp-unit>`);
    const root = await unitReady(el);
    expect(text(root, '.ui-error-box')).to.contain('LP001');
  });
});
