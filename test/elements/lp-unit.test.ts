import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/lp-unit.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import { freshNamespace, mountInline, reflectionIn, text, textareas, unitReady, unmountAll } from './helpers.js';

const UNIT_SRC = '/modules/mep-leadership/4.2-joint-practice-development.md';

async function realUnit(): Promise<{ el: LpUnit; root: ShadowRoot }> {
  const el = await fixture<LpUnit>(html`<lp-unit src=${UNIT_SRC} pack="mep-leadership" storage-namespace=${freshNamespace()}></lp-unit>`);
  const root = await unitReady(el);
  await reflectionIn(root, '4.2.1');
  return { el, root };
}

const front = (body: string) => `---
id: test-unit
number: "9.9"
title: A test unit
lang: en
---
${body}`;

describe('lp-unit', () => {
  afterEach(unmountAll);

  it('passes an accessibility audit with unit 4.2 and its activity', async () => {
    const { el } = await realUnit();
    await expect(el).to.be.accessible();
  });

  it('shows unit 4.2 with its number, title, summary and contents', async () => {
    const { root } = await realUnit();
    expect(text(root, '.number')).to.equal('Unit 4.2');
    expect(text(root, 'h1')).to.equal('Joint practice development');
    expect(text(root, '.summary')).to.not.equal('');
    const contents = [...root.querySelectorAll('nav li')].map((li) => li.textContent!.trim());
    expect(contents).to.include('What is JPD?');
    expect(contents).to.include('The problem of transfer');
    expect(contents).to.include('Activity 4.2.1: Joint practice development in your setting');
    expect(contents.at(-1)).to.equal('References');
  });

  it('shows tables, numbered lists, quotations with their citations and the activity', async () => {
    const { root } = await realUnit();
    expect(root.querySelectorAll('.content table th').length).to.be.greaterThan(1);
    const processes = [...root.querySelectorAll('.content ol')].find((ol) => ol.children.length === 10);
    expect(processes, 'the ten processes of effective JPD').to.exist;
    const cites = [...root.querySelectorAll('figure.quote cite')].map((c) => c.textContent);
    expect(cites).to.include('Hargreaves, 2012, p. 11');
    const activity = await reflectionIn(root, '4.2.1');
    expect(textareas(activity)).to.have.length(2);
  });

  it('moves to a section when its contents link is followed', async () => {
    const { root } = await realUnit();
    const link = [...root.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent === 'The problem of transfer')!;
    link.click();
    expect(root.activeElement?.textContent).to.equal('The problem of transfer');
    expect(root.activeElement?.tagName).to.equal('H2');
  });

  it('keeps the anchor of a section named like a document property', async () => {
    const el = mountInline(front('## Images\n\nText.\n\n## Forms\n\nMore.\n'));
    const root = await unitReady(el);
    const link = [...root.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent === 'Images')!;
    link.click();
    expect(root.activeElement?.textContent).to.equal('Images');
  });

  it('opens external links in a new tab that cannot reach back', async () => {
    const el = mountInline(front('See [the college](https://example.org/jpd) and [below](#references).\n'));
    const root = await unitReady(el);
    const external = root.querySelector<HTMLAnchorElement>('a[href="https://example.org/jpd"]')!;
    expect(external.target).to.equal('_blank');
    expect(external.rel).to.equal('noopener noreferrer');
    expect(root.querySelector<HTMLAnchorElement>('a[href="#references"]')!.target).to.equal('');
  });

  it('shows a clear error in place, and fires lp-error, when the unit cannot be found', async () => {
    const el = document.createElement('lp-unit');
    const failed = oneEvent(el, 'lp-error');
    el.setAttribute('src', '/modules/no-such-unit.md');
    document.body.append(el);
    try {
      expect((await failed).detail.code).to.equal('load-failed');
      const root = await unitReady(el);
      expect(text(root, '[role="alert"]')).to.contain('This unit could not be shown.');
      expect(text(root, '[role="alert"]')).to.contain('/modules/no-such-unit.md');
    } finally {
      el.remove();
    }
  });

  it('lists the author’s mistakes when the front matter is broken', async () => {
    const el = mountInline('# No front matter\n\nText.\n');
    const failed = oneEvent(el, 'lp-error');
    const root = await unitReady(el);
    expect((await failed).detail.code).to.equal('compile-failed');
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('This unit has mistakes in its source');
    expect(alert.querySelector('li code')?.textContent).to.match(/^inline:1:1 LP001/);
  });

  it('shows a broken block as an error box and still renders the rest', async () => {
    const el = mountInline(front('## Before\n\n:::nonsense\nHidden\n:::\n\n## After\n\nStill here.\n'));
    const root = await unitReady(el);
    expect(text(root, '.error-box')).to.contain('This part of the unit could not be shown.');
    expect(text(root, '.error-box')).to.contain('LP003');
    expect([...root.querySelectorAll('.content h2')].map((h) => h.textContent)).to.deep.equal(['Before', 'After']);
    expect(root.textContent).to.contain('Still here.');
  });

  it('renders a compiled unit from JSON without the Markdown compiler', async () => {
    const unit = {
      meta: { id: 'compiled', number: '1.1', title: 'Compiled', lang: 'en' },
      headings: [],
      blocks: [{ type: 'html', html: '<p>From JSON.</p>' }],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(unit)], { type: 'application/json' }));
    const el = await fixture<LpUnit>(html`<lp-unit src=${url}></lp-unit>`);
    const root = await unitReady(el);
    expect(text(root, 'h1')).to.equal('Compiled');
    expect(text(root, '.content')).to.equal('From JSON.');
    await aTimeout(0);
  });
});
