// No string left behind: every element rendered in Welsh, in every state we
// can reach, shows no English interface text.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/lp-unit.js';
import '../../src/elements/lp-checklist.js';
import '../../src/elements/lp-quiz.js';
import '../../src/elements/lp-progress.js';
import '../../src/elements/lp-portfolio.js';
import type { ChecklistBlock, QuizBlock } from '../../src/content/model.js';
import type { LpChecklist } from '../../src/elements/lp-checklist.js';
import type { LpQuiz } from '../../src/elements/lp-quiz.js';
import type { LpProgress } from '../../src/elements/lp-progress.js';
import type { LpPortfolio } from '../../src/elements/lp-portfolio.js';
import { useLocale } from '../../src/locales/localization.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import type { LpReflection } from '../../src/elements/lp-reflection.js';
import { freshNamespace, mountInline, statusTexts, textareas, unitReady, unmountAll } from './helpers.js';

/** The English catalogue: every source message, as a pattern with its placeholders as wildcards. */
async function englishMessages(): Promise<{ text: string; pattern: RegExp }[]> {
  const xml = new DOMParser().parseFromString(await (await fetch('/xliff/cy.xlf')).text(), 'application/xml');
  // A message of placeholders and punctuation alone, such as "${unit} (${pack})", says nothing in English.
  const sources = [...xml.querySelectorAll('trans-unit > source')].filter((source) =>
    [...source.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /\p{L}/u.test(n.textContent!)),
  );
  return sources.map((source) => {
    const parts = [...source.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '.+?'));
    return { text: source.textContent!, pattern: new RegExp(`^${parts.join('')}$`) };
  });
}

/** Words of English interface text that never occur in Welsh prose. */
const ENGLISH = /\b(the|your|you|this|that|are|and|of|not|could|answers?|words?|saved|saving|loading|unit|activity|contents|clear|keep|download(ed)?|about|minutes?|table|note|tip|important|warning|yes|got it|required|aim|limit)\b/i;

/** Names that are the same in either language ("dogfen Word"). */
const PRODUCT_NAMES = /\b(Word|Markdown|JSON|PDF)\b/g;

/** Every piece of text a learner can see or hear: text nodes and accessible names, through nested shadow roots. */
function interfaceText(root: ShadowRoot | Element): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = node.textContent!.replace(/\s+/g, ' ').trim();
      if (t && !(node.parentElement?.closest('style, script, [hidden]'))) out.push(t);
      return;
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = node.getAttribute(name);
        if (v) out.push(v);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}

async function englishLeft(root: ShadowRoot | Element, strict: boolean): Promise<string[]> {
  const catalogue = await englishMessages();
  return interfaceText(root).filter(
    (t) => catalogue.some((m) => m.pattern.test(t) || (m.text.length > 12 && t.includes(m.text))) || (strict && ENGLISH.test(t.replace(PRODUCT_NAMES, ''))),
  );
}

const WELSH_UNIT = `---
id: uned-gymraeg
number: "7.1"
title: Uned yn Gymraeg
lang: cy
summary: Crynodeb byr o'r uned.
duration: 1
objectives:
  - Deall pob rhan o'r rhyngwyneb
---
## Adran gyntaf

Paragraff byr yn Gymraeg.

| Colofn | Colofn arall |
| --- | --- |
| un | dau |

:::tip
Awgrym heb deitl.
:::

:::warning
Rhybudd heb deitl.
:::

:::quote{cite="Rhywun, 2020"}
Dyfyniad byr.
:::

:::reflection{#7.1.1 title="Myfyrio" required}
Meddyliwch am eich ysgol.

::prompt[Beth sydd ar waith?]{#ar-waith min-words=2 max-words=3}

::prompt[Beth nesaf?]{#nesaf}
:::
`;

async function activityIn(root: ShadowRoot): Promise<LpReflection> {
  const el = root.querySelector<LpReflection>('lp-reflection')!;
  await waitUntil(() => textareas(el).length > 0 && statusTexts(el).every((s) => !/^(Loading|Wrthi'n llwytho)/.test(s)), 'answers did not load', { timeout: 5000 });
  return el;
}

async function welshUnit(): Promise<{ unit: LpUnit; root: ShadowRoot; activity: LpReflection }> {
  const unit = mountInline(WELSH_UNIT, { lang: 'cy', pack: 'prawf', 'storage-namespace': freshNamespace() });
  const root = await unitReady(unit);
  await waitUntil(() => root.querySelector('nav h2')?.textContent === 'Cynnwys', 'the unit did not turn Welsh', { timeout: 5000 });
  const activity = await activityIn(root);
  await waitUntil(() => activity.shadowRoot!.querySelector('h2')?.textContent?.startsWith('Gweithgaredd'), 'the activity did not turn Welsh', { timeout: 5000 });
  return { unit, root, activity };
}

describe('no English left in the Welsh interface', () => {
  afterEach(unmountAll);

  it('the catalogue patterns find English interface text when it is there', async () => {
    // The check itself: an English unit shows catalogue strings and English words.
    const unit = mountInline(WELSH_UNIT, { lang: 'en', 'storage-namespace': freshNamespace() });
    const root = await unitReady(unit);
    await activityIn(root);
    const left = await englishLeft(root, false);
    expect(left).to.include.members(['Contents', 'Unit 7.1', 'Your answers', 'Tip', 'Warning']);
  });

  it('a Welsh unit, empty', async () => {
    const { root } = await welshUnit();
    expect(await englishLeft(root, true)).to.deep.equal([]);
  });

  it('a Welsh unit with an answer over the limit, saved, and the clear confirmation open', async () => {
    const { root, activity } = await welshUnit();
    const field = textareas(activity)[0];
    field.value = 'un dau tri pedwar pump';
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await activity.flush();
    await activity.updateComplete;
    activity.shadowRoot!.querySelector<HTMLButtonElement>('.ui-clear')!.click();
    await activity.updateComplete;
    expect(activity.shadowRoot!.querySelector('.ui-confirm')).to.exist;
    const seen = interfaceText(root);
    expect(seen).to.include('2 air dros y terfyn.');
    expect(seen.some((t) => t.startsWith("Wedi'i gadw yn y porwr hwn"))).to.equal(true, seen.join(' | '));
    expect(await englishLeft(root, true)).to.deep.equal([]);
  });

  it('a unit that cannot be found, and a broken block', async () => {
    const missing = await fixture<LpUnit>(html`<lp-unit lang="cy" src="/dim-ffeil/uned.md"></lp-unit>`);
    await unitReady(missing);
    await waitUntil(() => missing.shadowRoot!.textContent!.includes('Nid oedd modd'), 'no Welsh error', { timeout: 5000 });
    expect(await englishLeft(missing.shadowRoot!, true)).to.deep.equal([]);
    const broken = mountInline('---\nid: x\nnumber: "1"\ntitle: Uned\nlang: cy\n---\n:::reflection\n:::\n', { lang: 'cy' });
    const root = await unitReady(broken);
    await waitUntil(() => root.textContent!.includes('Nid oedd modd'), 'no Welsh error', { timeout: 5000 });
    expect(await englishLeft(root, false)).to.deep.equal([]);
  });

  it('unit 4.2 in Welsh shows no English catalogue string', async () => {
    const unit = await fixture<LpUnit>(html`<lp-unit lang="cy" src="/modules/mep-leadership/4.2-joint-practice-development.cy.md"
      pack="mep-leadership" storage-namespace=${freshNamespace()}></lp-unit>`);
    const root = await unitReady(unit);
    await activityIn(root);
    await waitUntil(() => root.querySelector('nav h2')?.textContent === 'Cynnwys', 'the unit did not turn Welsh', { timeout: 5000 });
    expect(await englishLeft(root, false)).to.deep.equal([]);
  });
});

const WELSH_CHECKLIST: ChecklistBlock = {
  type: 'checklist',
  id: '7.1.2',
  title: 'Archwiliad',
  required: false,
  introHtml: '<p>Graddiwch eich ysgol.</p>',
  scale: ['Ddim eto', 'Yn dechrau', 'Wedi ymsefydlu'],
  notes: true,
  rows: [
    { id: '1', html: 'Amser cynllunio ar y cyd', text: 'Amser cynllunio ar y cyd' },
    { id: '2', html: 'Arsylwi gwersi', text: 'Arsylwi gwersi' },
  ],
  line: 1,
};

const WELSH_TICKS: ChecklistBlock = { ...WELSH_CHECKLIST, id: '7.1.3', scale: undefined, notes: false };

const WELSH_QUIZ: QuizBlock = {
  type: 'quiz',
  id: '7.1.4',
  title: 'Cwis',
  required: false,
  stemHtml: '<p>Pa un sy\'n gywir?</p>',
  multiple: false,
  options: [
    { id: 'a', html: 'Hwn', text: 'Hwn', correct: true },
    { id: 'b', html: 'Llall', text: 'Llall', correct: false },
  ],
  feedbackHtml: '<p>Esboniad byr.</p>',
  line: 1,
};

describe('no English left in a Welsh element standing alone', () => {
  // The interface language is one per page: start each test from English, so only the element's own lang can turn it Welsh.
  beforeEach(() => useLocale('en'));

  it('a checklist of ratings, and one of ticks', async () => {
    for (const block of [WELSH_CHECKLIST, WELSH_TICKS]) {
      const el = await fixture<LpChecklist>(html`<lp-checklist lang="cy" .block=${block} pack="prawf" unit="uned"
        storage-namespace=${freshNamespace()}></lp-checklist>`);
      await waitUntil(() => el.shadowRoot!.querySelector('h2')?.textContent?.startsWith('Gweithgaredd'), 'the checklist did not turn Welsh', { timeout: 5000 });
      await waitUntil(() => el.shadowRoot!.querySelector('.ui-summary')?.textContent, 'the checklist did not load', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('.ui-summary')!.textContent).to.match(/^0 o 2 wedi'u (graddio|ticio)$/);
      expect(await englishLeft(el.shadowRoot!, true)).to.deep.equal([]);
    }
  });

  it('a quiz, before and after a wrong answer', async () => {
    const el = await fixture<LpQuiz>(html`<lp-quiz lang="cy" .block=${WELSH_QUIZ} pack="prawf" unit="uned"
      storage-namespace=${freshNamespace()}></lp-quiz>`);
    await waitUntil(() => el.shadowRoot!.querySelector('h2')?.textContent?.startsWith('Gweithgaredd'), 'the quiz did not turn Welsh', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLInputElement>('input[value="b"]') && !el.shadowRoot!.querySelector<HTMLInputElement>('input[value="b"]')!.disabled, 'the quiz did not load', { timeout: 5000 });
    expect(await englishLeft(el.shadowRoot!, true)).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="b"]')!.click();
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Gwirio'))!.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Ddim yn hollol.'), 'no Welsh feedback', { timeout: 5000 });
    expect(await englishLeft(el.shadowRoot!, true)).to.deep.equal([]);
  });

  it('a progress bar says its count in Welsh', async () => {
    const el = await fixture<LpProgress>(html`<lp-progress lang="cy" completed="1" total="3"></lp-progress>`);
    await waitUntil(() => interfaceText(el.shadowRoot!).join(' ').includes('Cynnydd'), 'the progress bar did not turn Welsh', { timeout: 5000 });
    await el.updateComplete;
    const bar = el.shadowRoot!.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuetext')).to.equal("1 o 3 uned wedi'u cwblhau");
    expect(await englishLeft(el.shadowRoot!, true)).to.deep.equal([]);
  });

  it('an empty portfolio', async () => {
    const el = await fixture<LpPortfolio>(html`<lp-portfolio lang="cy" storage-namespace=${freshNamespace()}></lp-portfolio>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Does dim atebion'), 'the portfolio did not turn Welsh', { timeout: 5000 });
    expect(await englishLeft(el.shadowRoot!, true)).to.deep.equal([]);
  });
});
