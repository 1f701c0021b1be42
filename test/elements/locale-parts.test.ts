// Language of parts (WCAG 3.1.2): when the interface and the content are in
// different languages, each rendered node says which language it is in, so a
// screen reader speaks the course in its language and the buttons in theirs.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/lp-unit.js';
import '../../src/elements/lp-checklist.js';
import '../../src/elements/lp-quiz.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import { languageOf } from '../../src/locales/locale-controller.js';
import { freshNamespace, reflectionIn, unitReady } from './helpers.js';

const CY_42 = '/modules/mep-leadership/4.2-joint-practice-development.cy.md';
const EN_43 = '/modules/mep-leadership/4.3-the-ten-processes.md';

/** The node carrying a text, in a root: the innermost element whose own text is it. */
function nodeWith(root: ParentNode, selector: string, wanted: string | RegExp): Element {
  const found = [...root.querySelectorAll(selector)].find((e) => {
    const t = e.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return typeof wanted === 'string' ? t === wanted : wanted.test(t);
  });
  if (!found) throw new Error(`no ${selector} reading ${wanted}`);
  return found;
}

/** The language a node is in, as a screen reader or spelling checker works it out. */
const lang = (node: Element) => languageOf(node);

async function unitIn(wrapperLang: string, src: string, attrs: { lang?: string } = {}): Promise<LpUnit> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${wrapperLang}>
    <lp-unit src=${src} pack="mep-leadership" storage-namespace=${freshNamespace()}></lp-unit>
  </div>`);
  const el = wrapper.querySelector('lp-unit')!;
  if (attrs.lang) el.lang = attrs.lang;
  return el;
}

describe('language of parts', function () {
  // Units compiled from Markdown, and axe over them: slow in WebKit.
  this.timeout(40000);
  it('marks a Welsh unit as Welsh and the English interface around it as English', async () => {
    const el = await unitIn('en', CY_42);
    const root = await unitReady(el);
    await waitUntil(() => root.querySelector('#ui-contents-heading')?.textContent === 'Contents', 'the interface is not English', { timeout: 5000 });

    expect(lang(root.querySelector('h1')!)).to.equal('cy');
    expect(lang(root.querySelector('.ui-content p')!)).to.equal('cy');
    expect(lang(root.querySelector('#ui-contents-heading')!)).to.equal('en');
    expect(lang(root.querySelector('.ui-skip')!)).to.equal('en');
    expect(lang(root.querySelector('.ui-number')!)).to.equal('en');
    expect(lang(root.querySelector('.ui-your-answers h2')!)).to.equal('en');
    // The contents entry of the activity: "Activity 4.2.1: " in English, its Welsh title in Welsh.
    const entry = root.querySelector('nav a[href="#ui-activity-4.2.1"] > span')!;
    expect(lang(entry)).to.equal('en');
    expect(lang(entry.querySelector('span')!)).to.equal('cy');
    expect(entry.querySelector('span')!.textContent).to.equal('Datblygu ymarfer ar y cyd yn eich lleoliad chi');

    const activity = (await reflectionIn(root, '4.2.1')).shadowRoot!;
    const heading = activity.querySelector('h2')!;
    expect(heading.textContent!.trim()).to.match(/^Activity 4\.2\.1: /);
    expect(lang(heading)).to.equal('en');
    expect(lang(heading.querySelector('span')!)).to.equal('cy');
    expect(lang(activity.querySelector('.ui-intro')!)).to.equal('cy');
    expect(lang(activity.querySelector('.ui-saves')!)).to.equal('en');
    expect(lang(activity.querySelector('label')!)).to.equal('cy');
    // The learner writes in the course's language: spelling is checked in Welsh.
    expect(lang(activity.querySelector('textarea')!)).to.equal('cy');
    expect(lang(nodeWith(activity, 'button', 'Clear answer'))).to.equal('en');
    expect(lang(activity.querySelector('.ui-count')!)).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('marks an English unit as English and the Welsh interface around it as Welsh, in every activity kind', async function () {
    this.timeout(30000);
    const el = await unitIn('en', EN_43, { lang: 'cy' });
    const root = await unitReady(el);
    await waitUntil(() => root.querySelector('#ui-contents-heading')?.textContent === 'Cynnwys', 'the interface is not Welsh', { timeout: 5000 });
    expect(lang(root.querySelector('article')!)).to.equal('en');
    expect(lang(root.querySelector('h1')!)).to.equal('en');
    expect(lang(root.querySelector('#ui-contents-heading')!)).to.equal('cy');

    const quizEl = root.querySelector('lp-quiz[id="ui-activity-4.3.1"]')!;
    await waitUntil(() => quizEl.shadowRoot?.querySelector('input:not([disabled])'), 'the quiz did not load', { timeout: 5000 });
    const quiz = quizEl.shadowRoot!;
    expect(lang(quiz.querySelector('h2')!)).to.equal('cy');
    expect(quiz.querySelector('h2 span')!.textContent).to.equal('The strongest foundation');
    expect(lang(quiz.querySelector('h2 span')!)).to.equal('en');
    expect(lang(quiz.querySelector('legend')!)).to.equal('en');
    expect(lang(nodeWith(quiz, 'label span', 'Building on existing relationships and networks'))).to.equal('en');
    expect(lang(quiz.querySelector('#ui-check')!)).to.equal('cy');
    (quiz.querySelector('#ui-option-b') as HTMLInputElement).click();
    (quiz.querySelector('#ui-check') as HTMLButtonElement).click();
    await waitUntil(() => quiz.querySelector('.ui-feedback'), 'no feedback');
    expect(lang(quiz.querySelector('.ui-verdict')!)).to.equal('cy');
    expect(lang(quiz.querySelector('.ui-feedback')!)).to.equal('en');

    const checklistEl = root.querySelector('lp-checklist[id="ui-activity-4.3.2"]')!;
    await waitUntil(() => checklistEl.shadowRoot?.querySelector('input:not([disabled])'), 'the checklist did not load', { timeout: 5000 });
    const checklist = checklistEl.shadowRoot!;
    expect(lang(checklist.querySelector('h2')!)).to.equal('cy');
    expect(lang(checklist.querySelector('h2 span')!)).to.equal('en');
    expect(lang(checklist.querySelector('.ui-intro')!)).to.equal('en');
    expect(lang(checklist.querySelector('legend')!)).to.equal('en');
    expect(lang(nodeWith(checklist, '.ui-level span', 'Established'))).to.equal('en');
    expect(lang(checklist.querySelector('label[for="ui-note-0"]')!)).to.equal('cy');
    expect(lang(checklist.querySelector('#ui-note-0')!)).to.equal('en');
    expect(lang(checklist.querySelector('.ui-summary')!)).to.equal('cy');
    expect(lang(checklist.querySelector('#ui-clear')!)).to.equal('cy');
    await expect(el).to.be.accessible();
  });

  it('has the interface and the content in Welsh when the page and the unit are both Welsh', async () => {
    const el = await unitIn('cy', CY_42);
    const root = await unitReady(el);
    await waitUntil(() => root.querySelector('#ui-contents-heading')?.textContent === 'Cynnwys', 'the interface is not Welsh', { timeout: 5000 });
    const activity = (await reflectionIn(root, '4.2.1')).shadowRoot!;
    for (const node of [activity.querySelector('h2')!, activity.querySelector('label')!, activity.querySelector('.ui-saves')!, root.querySelector('h1')!]) {
      expect(lang(node)).to.equal('cy');
    }
  });
});
