// <lp-pack> in Welsh shows a unit's Welsh variant (NAME.cy.md) in its place,
// with the same answers: the variant keeps the unit's id and activity ids.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/lp-pack.js';
import type { LpPack } from '../../src/elements/lp-pack.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import { getResponse, responseStore } from '../../src/store/responses.js';
import { languageOf } from '../../src/locales/locale-controller.js';
import { freshNamespace, reflectionIn, text, textareas, unitReady } from './helpers.js';

const PACK = '/modules/mep-leadership/pack.yaml';
const KEY = 'mep-leadership/joint-practice-development/4.2.1/in-place';
const WELSH_TITLE = 'Datblygu ymarfer ar y cyd';
const ENGLISH_TITLE = 'Joint practice development';

/** The pack's shown unit once its title reads `title`. */
async function unitTitled(el: LpPack, title: string): Promise<ShadowRoot> {
  await waitUntil(() => text(el.shadowRoot?.querySelector<LpUnit>('lp-unit')?.shadowRoot, 'h1') === title, `the unit "${title}" was not shown`, { timeout: 30000 });
  return unitReady(el.shadowRoot!.querySelector<LpUnit>('lp-unit')!);
}

const entryTitles = (el: LpPack) => [...el.shadowRoot!.querySelectorAll('.ui-entry-title')].map((t) => t.textContent!.trim());

async function type(root: ShadowRoot, value: string): Promise<void> {
  const activity = await reflectionIn(root, '4.2.1');
  const field = textareas(activity)[0];
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await activity.flush();
}

describe('lp-pack in Welsh', function () {
  // Five units and their variants compiled from Markdown, twice over when the language changes.
  this.timeout(90000);

  it('shows the Welsh variant of a unit when its own lang is Welsh, and the English unit where there is none', async () => {
    const el = await fixture<LpPack>(html`<lp-pack lang="cy" src=${PACK} storage-namespace=${freshNamespace()} routing="none"></lp-pack>`);
    const unit = await unitTitled(el, WELSH_TITLE);
    expect(el.shadowRoot!.querySelector('lp-unit')!.getAttribute('src')).to.match(/4\.2-joint-practice-development\.cy\.md$/);
    expect(languageOf(unit.querySelector('h1')!)).to.equal('cy');
    const titles = entryTitles(el);
    expect(titles[0]).to.equal(`4.2 ${WELSH_TITLE}`);
    expect(titles[1]).to.equal('4.3 What the evidence says: the ten processes');
    // Each entry is marked in the language it is written in; the pack's own words are Welsh.
    const [welshEntry, englishEntry] = el.shadowRoot!.querySelectorAll('.ui-entry-title');
    expect(languageOf(welshEntry)).to.equal('cy');
    expect(languageOf(englishEntry)).to.equal('en');
    expect(languageOf(el.shadowRoot!.querySelector('.ui-state')!)).to.equal('cy');
    expect(text(el.shadowRoot, '.ui-state')).to.equal('Heb ddechrau');
    await expect(el).to.be.accessible();
  });

  it('takes Welsh from the nearest lang in the host page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy-GB">
      <lp-pack src=${PACK} storage-namespace=${freshNamespace()} routing="none"></lp-pack>
    </div>`);
    await unitTitled(wrapper.querySelector('lp-pack')!, WELSH_TITLE);
  });

  it('swaps the unit when lang changes live, keeping the answers the same in both languages', async () => {
    const ns = freshNamespace();
    const el = await fixture<LpPack>(html`<lp-pack lang="en" src=${PACK} storage-namespace=${ns} routing="none"></lp-pack>`);
    let unit = await unitTitled(el, ENGLISH_TITLE);
    await type(unit, 'Peer observation in triads.');

    el.lang = 'cy';
    unit = await unitTitled(el, WELSH_TITLE);
    let activity = await reflectionIn(unit, '4.2.1');
    await waitUntil(() => textareas(activity)[0].value === 'Peer observation in triads.', 'the English answer is not in the Welsh unit', { timeout: 5000 });
    await type(unit, 'Arsylwi mewn triawdau.');
    expect((await getResponse(KEY, responseStore(ns)))?.value).to.equal('Arsylwi mewn triawdau.');

    el.lang = 'en';
    unit = await unitTitled(el, ENGLISH_TITLE);
    expect(el.shadowRoot!.querySelector('lp-unit')!.getAttribute('src')).to.match(/4\.2-joint-practice-development\.md$/);
    activity = await reflectionIn(unit, '4.2.1');
    await waitUntil(() => textareas(activity)[0].value === 'Arsylwi mewn triawdau.', 'the Welsh answer is not in the English unit', { timeout: 5000 });
  });
});
