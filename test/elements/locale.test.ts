import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ReflectionBlock } from '../../src/content/model.js';
import '../../src/elements/lp-unit.js';
import '../../src/elements/lp-reflection.js';
import type { LpReflection } from '../../src/elements/lp-reflection.js';
import { formatDate, formatNumber } from '../../src/locales/format.js';
import { currentLocale } from '../../src/locales/localization.js';
import { languageOf } from '../../src/locales/locale-controller.js';
import { freshNamespace, mountInline, statusTexts, text, textareas, unitReady, unmountAll } from './helpers.js';

const block: ReflectionBlock = {
  type: 'reflection',
  id: '4.2.1',
  title: 'Datblygu ymarfer ar y cyd yn eich lleoliad chi',
  required: true,
  introHtml: '<p>Meddyliwch am ysgol rydych chi’n ei hadnabod yn dda.</p>',
  prompts: [{ id: 'in-place', html: 'Beth sydd eisoes ar waith?', text: 'Beth sydd eisoes ar waith?', maxWords: 5 }],
  line: 1,
};

async function reflection(lang?: string): Promise<LpReflection> {
  const el = await fixture<LpReflection>(html`<lp-reflection lang=${lang ?? ''} .block=${block} pack="p" unit="u"
    storage-namespace=${freshNamespace()}></lp-reflection>`);
  if (!lang) el.removeAttribute('lang');
  await waitUntil(() => textareas(el).length > 0 && !statusTexts(el).some((s) => /^(Loading|Wrthi)/.test(s)), 'answers did not load', { timeout: 5000 });
  return el;
}

async function type(el: LpReflection, value: string): Promise<void> {
  const field = textareas(el)[0];
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
}

const heading = (el: LpReflection) => text(el.shadowRoot, 'h2');
const welsh = (el: LpReflection) => waitUntil(() => heading(el).startsWith('Gweithgaredd'), 'the Welsh interface did not appear', { timeout: 5000 });
const english = (el: LpReflection) => waitUntil(() => heading(el).startsWith('Activity'), 'the English interface did not come back', { timeout: 5000 });

describe('interface language', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
    unmountAll();
  });

  it('is English when nothing on the page says otherwise', async () => {
    const el = await reflection();
    expect(heading(el)).to.equal(`Activity 4.2.1: ${block.title}`);
    expect(text(el.shadowRoot, '.ui-eyebrow')).to.equal('Required activity');
  });

  it('is Welsh for an element with lang="cy", and changes back live when lang changes', async () => {
    const el = await reflection('cy');
    await welsh(el);
    expect(heading(el)).to.equal(`Gweithgaredd 4.2.1: ${block.title}`);
    expect(text(el.shadowRoot, '.ui-eyebrow')).to.equal('Gweithgaredd gorfodol');
    expect(text(el.shadowRoot, '.ui-hint')).to.equal('Peidiwch ag ysgrifennu mwy na 5 gair.');
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal("Clirio'r ateb");
    el.lang = 'en';
    await english(el);
    expect(text(el.shadowRoot, '.ui-eyebrow')).to.equal('Required activity');
  });

  it('ends in the language asked for last, even when it changes while Welsh is still loading', async () => {
    const el = document.createElement('lp-reflection');
    el.block = block;
    el.pack = 'p';
    el.unit = 'u';
    el.storageNamespace = freshNamespace();
    el.lang = 'cy';
    document.body.append(el);
    el.lang = 'en';
    try {
      await waitUntil(() => textareas(el).length > 0, 'not rendered', { timeout: 5000 });
      await aTimeout(500);
      expect(currentLocale()).to.equal('en');
      expect(heading(el)).to.match(/^Activity/);
    } finally {
      el.remove();
    }
  });

  it('follows <html lang> when the element has none, including a regional tag such as cy-GB', async () => {
    document.documentElement.lang = 'cy-GB';
    const el = await reflection();
    await welsh(el);
    document.documentElement.lang = 'en-GB';
    await english(el);
  });

  it('finds the nearest lang across a shadow root of the host page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><div></div></div>`);
    const inner = wrapper.firstElementChild!;
    const shadow = inner.attachShadow({ mode: 'open' });
    const el = document.createElement('lp-reflection');
    el.block = block;
    el.pack = 'p';
    el.unit = 'u';
    el.storageNamespace = freshNamespace();
    shadow.append(el);
    expect(languageOf(el)).to.equal('cy');
    await welsh(el);
    wrapper.lang = 'en';
    await english(el);
    // A lang set inside the shadow root is nearer still.
    const box = document.createElement('div');
    box.lang = 'cy';
    shadow.append(box);
    box.append(el);
    await welsh(el);
  });

  it('lets <html lang> decide when two elements ask for different languages', async () => {
    document.documentElement.lang = 'en';
    const cy = await reflection('cy');
    const en = await reflection('en');
    await english(cy);
    expect(heading(en)).to.match(/^Activity/);
    document.documentElement.lang = 'cy';
    await welsh(cy);
    await welsh(en);
    // Once the English element leaves, the remaining one has its way.
    document.documentElement.lang = 'en';
    await english(cy);
    en.remove();
    await welsh(cy);
  });

  it('says each of the six Welsh plural forms of a word count as a whole message', async () => {
    const el = await reflection('cy');
    await welsh(el);
    const cases: [number, string][] = [
      [0, '0 gair.'],
      [1, '1 gair.'],
      [2, '2 air.'],
      [3, '3 gair.'],
      [6, '6 gair.'],
      [20, '20 gair.'],
    ];
    const rules = new Intl.PluralRules('cy');
    expect(cases.map(([n]) => rules.select(n))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    for (const [n, expected] of cases) {
      await type(el, Array.from({ length: n }, () => 'gair').join(' '));
      expect(text(el.shadowRoot, '.ui-count span'), `${n} words`).to.equal(expected);
    }
    // 20 words against a limit of 5: the count and the excess read as two sentences.
    expect(text(el.shadowRoot, '.ui-count')).to.equal('20 gair. 15 gair dros y terfyn.');
    await type(el, 'un dau tri pedwar pump chwech saith');
    expect(text(el.shadowRoot, '.ui-over')).to.equal('2 air dros y terfyn.');
  });

  it('formats numbers and dates in the interface language', async () => {
    const el = await reflection('cy');
    await welsh(el);
    expect(currentLocale()).to.equal('cy');
    // Where the browser has Welsh date names they are used; where not, British English (never US order).
    const welshDates = Intl.DateTimeFormat.supportedLocalesOf('cy').length > 0;
    expect(formatDate(new Date(2026, 10, 23))).to.equal(welshDates ? '23 Tachwedd 2026' : '23 November 2026');
    expect(formatNumber(1234)).to.equal('1,234');
    el.lang = 'en';
    await english(el);
    expect(formatDate(new Date(2026, 10, 23))).to.equal('23 November 2026');
  });

  it('shows a whole unit in Welsh: number, duration, contents and its activity', async () => {
    const unit = mountInline(
      `---
id: uned-prawf
number: "9.9"
title: Uned brawf
lang: cy
duration: 2
---
## Adran gyntaf

| Colofn | Colofn arall |
| --- | --- |
| un | dau |

:::reflection{#9.9.1 title="Myfyrio"}
::prompt[Beth sydd ar waith?]{#in-place}
:::
`,
      { lang: 'cy', 'storage-namespace': freshNamespace() },
    );
    const root = await unitReady(unit);
    await waitUntil(() => text(root, 'nav h2') === 'Cynnwys', 'the unit did not turn Welsh', { timeout: 5000 });
    expect(text(root, '.ui-number')).to.equal('Uned 9.9');
    expect(text(root, '.ui-facts')).to.equal('Tua 2 funud');
    expect(root.querySelector('.lp-table')!.getAttribute('aria-label')).to.equal('Tabl: Adran gyntaf');
    const activity = root.querySelector<LpReflection>('lp-reflection')!;
    await waitUntil(() => text(activity.shadowRoot, 'h2') === 'Gweithgaredd 9.9.1: Myfyrio', 'the activity did not turn Welsh', { timeout: 5000 });
    expect(text(root, '.ui-your-answers h2')).to.equal('Eich atebion');
    await expect(unit).to.be.accessible();
  });
});
