// WCAG 2.2 A and AA by axe, light and dark, for every element while its saved
// answers are loading and when this browser will not keep them (IndexedDB
// cannot be opened), in each state of unit 4.3's activities; and the whole demo
// pack, unit by unit. Dark is the learner's setting (prefers-color-scheme)
// where the engine's driver can emulate it, else a host page that declares
// color-scheme: dark. One test file per language and scheme (a11y-states-en-dark…)
// keeps each within the runner's time for a file in the slower engines.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/lp-unit.js';
import '../../src/elements/lp-pack.js';
import '../../src/elements/lp-portfolio.js';
import '../../src/elements/lp-checklist.js';
import '../../src/elements/lp-quiz.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import type { LpPack } from '../../src/elements/lp-pack.js';
import { freshNamespace, hangStorage, refuseStorage, unitReady } from './helpers.js';

const WCAG = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
/** Unit 4.3 has every kind of activity: a quiz, a rated checklist with notes, and reflections. */
const UNIT = '/modules/mep-leadership/4.3-the-ten-processes.md';
const PACK = '/test/fixtures/pack/pack.yaml';

export type Lang = 'en' | 'cy';
export type Scheme = 'light' | 'dark';

/** Relative luminance of an rgb() colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Asks the browser for the learner's scheme; false where the engine's driver cannot. */
async function prefer(scheme: Scheme): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme: scheme });
    return true;
  } catch {
    return false;
  }
}

/** A page area in the language and scheme, as a host page would give it. */
async function host(lang: Lang, scheme: Scheme, emulated: boolean): Promise<HTMLDivElement> {
  // With the learner's setting emulated the page declares both schemes; otherwise it declares its own.
  const declared = emulated ? 'light dark' : scheme;
  return fixture<HTMLDivElement>(html`<div lang=${lang} style="color-scheme: ${declared}; background: Canvas; color: CanvasText"></div>`);
}

function add<T extends HTMLElement>(parent: HTMLElement, tag: string, attrs: Record<string, string>): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  parent.append(el);
  return el;
}

/** Every answer control of a unit's activities, in their shadow roots. */
function controls(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll('lp-reflection, lp-checklist, lp-quiz')].flatMap((a) => [
    ...(a.shadowRoot?.querySelectorAll<HTMLElement>('textarea, input') ?? []),
  ]);
}

const activitiesShown = (root: ShadowRoot) =>
  root.querySelectorAll('lp-reflection, lp-checklist, lp-quiz').length > 0 &&
  [...root.querySelectorAll('lp-reflection, lp-checklist, lp-quiz')].every((a) => a.shadowRoot?.querySelector('h2'));

const isWelsh = (root: ShadowRoot | null | undefined) => root?.querySelector('#ui-contents-heading')?.textContent === 'Cynnwys';

async function inLanguage(lang: Lang, unitRoot: ShadowRoot): Promise<void> {
  if (lang === 'cy') await waitUntil(() => isWelsh(unitRoot), 'the interface is not Welsh', { timeout: 5000 });
}

/** Every element and state of unit 4.3, the portfolio and a pack, in `lang` and `scheme`. */
export function auditStates(lang: Lang, scheme: Scheme): void {
  describe(`axe, ${lang}, ${scheme}: storage unavailable and loading`, function () {
    this.timeout(150000);
    let emulated = false;
    beforeEach(async () => {
      emulated = scheme === 'dark' && (await prefer('dark'));
    });
    afterEach(async () => {
      if (emulated) await prefer('light');
    });

    it('every element when this browser will not keep answers', async () => {
      const page = await host(lang, scheme, emulated);
      const restore = refuseStorage();
      try {
        const ns = freshNamespace();
        const unit = add<LpUnit>(page, 'lp-unit', { src: UNIT, pack: 'mep-leadership', 'storage-namespace': ns });
        const root = await unitReady(unit);
        await inLanguage(lang, root);
        await waitUntil(() => activitiesShown(root) && controls(root).every((c) => !c.hasAttribute('disabled') && !c.hasAttribute('aria-busy')), 'the activities did not load', { timeout: 8000 });
        // Each reflection says plainly that its answers will not be kept.
        const warned = () => [...root.querySelectorAll('lp-reflection')].every((r) => r.shadowRoot!.querySelector('.ui-warning[role="alert"]'));
        await waitUntil(warned, 'a reflection did not say its answers will not be kept', { timeout: 5000 });
        expect(luminance(getComputedStyle(unit).backgroundColor) < 0.2).to.equal(scheme === 'dark');
        await expect(unit).to.be.accessible(WCAG);

        const portfolio = add(page, 'lp-portfolio', { 'storage-namespace': ns });
        await waitUntil(() => portfolio.shadowRoot?.querySelector('h2'), 'the portfolio did not show', { timeout: 5000 });
        await expect(portfolio).to.be.accessible(WCAG);

        const pack = add<LpPack>(page, 'lp-pack', { src: PACK, 'storage-namespace': freshNamespace(), routing: 'none' });
        await waitUntil(() => pack.shadowRoot?.querySelector('lp-unit')?.shadowRoot?.querySelector('article'), 'the pack did not show', { timeout: 8000 });
        const packUnit = pack.shadowRoot!.querySelector('lp-unit')!.shadowRoot!;
        await inLanguage(lang, packUnit);
        await waitUntil(() => activitiesShown(packUnit) && controls(packUnit).every((c) => !c.hasAttribute('aria-busy')), 'the pack’s unit did not load', { timeout: 8000 });
        await expect(pack).to.be.accessible(WCAG);
      } finally {
        restore();
      }
    });

    it('unit 4.3: a quiz answered wrong and right, a rated checklist with its chart, a failed save, clearing, read-only', async () => {
      const page = await host(lang, scheme, emulated);
      const ns = freshNamespace();
      const unit = add<LpUnit>(page, 'lp-unit', { src: UNIT, pack: 'mep-leadership', 'storage-namespace': ns });
      const root = await unitReady(unit);
      await inLanguage(lang, root);
      await waitUntil(() => activitiesShown(root) && controls(root).every((c) => !c.hasAttribute('disabled') && !c.hasAttribute('aria-busy')), 'the activities did not load', { timeout: 8000 });
      const quiz = root.querySelector('lp-quiz')!.shadowRoot!;
      const checkQuiz = async (option: string) => {
        quiz.querySelector<HTMLInputElement>(`#ui-option-${option}`)!.click();
        quiz.querySelector<HTMLButtonElement>('#ui-check')!.click();
        await waitUntil(() => quiz.querySelector('.ui-verdict'), 'no verdict');
      };
      await checkQuiz('a');
      expect(quiz.querySelector('.ui-wrong')).to.exist;
      await expect(unit).to.be.accessible(WCAG);
      await checkQuiz('b');
      expect(quiz.querySelector('.ui-right')).to.exist;

      const checklistEl = root.querySelector('lp-checklist')!;
      const checklist = checklistEl.shadowRoot!;
      for (const [row, level] of [[0, 1], [1, 2], [2, 3]]) checklist.querySelector<HTMLInputElement>(`#ui-row-${row}-level-${level}`)!.click();
      const note = checklist.querySelector<HTMLTextAreaElement>('#ui-note-0')!;
      note.value = 'Minutes of the cluster meeting';
      note.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await waitUntil(() => checklist.querySelector('.ui-chart'), 'no chart');
      await expect(unit).to.be.accessible(WCAG);

      // A rating that cannot be saved: the checklist says so.
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        checklist.querySelector<HTMLInputElement>('#ui-row-3-level-0')!.click();
        await waitUntil(() => checklist.querySelector('.ui-status.ui-error')?.textContent?.trim(), 'the failed save was not shown', { timeout: 5000 });
      } finally {
        IDBObjectStore.prototype.put = put;
      }
      await expect(unit).to.be.accessible(WCAG);

      checklist.querySelector<HTMLButtonElement>('#ui-clear')!.click();
      await waitUntil(() => checklist.querySelector('#ui-confirm-clear'), 'no confirmation');
      await expect(unit).to.be.accessible(WCAG);
      checklist.querySelector<HTMLButtonElement>('#ui-cancel-clear')!.click();

      const readonly = add<LpUnit>(page, 'lp-unit', { src: UNIT, pack: 'mep-leadership', 'storage-namespace': ns, readonly: '' });
      const readonlyRoot = await unitReady(readonly);
      await inLanguage(lang, readonlyRoot);
      await waitUntil(() => activitiesShown(readonlyRoot) && controls(readonlyRoot).every((c) => !c.hasAttribute('aria-busy')), 'the read-only unit did not load', { timeout: 8000 });
      await expect(readonly).to.be.accessible(WCAG);
    });

    it('every element while the saved answers are loading', async () => {
      const page = await host(lang, scheme, emulated);
      const restore = hangStorage();
      try {
        // Before anything has arrived: the unit and the pack say they are loading.
        const early = add<LpUnit>(page, 'lp-unit', { src: UNIT, 'storage-namespace': freshNamespace() });
        const earlyPack = add<LpPack>(page, 'lp-pack', { src: PACK, 'storage-namespace': freshNamespace(), routing: 'none' });
        await early.updateComplete;
        await earlyPack.updateComplete;
        expect(early.shadowRoot!.querySelector('.ui-loading[role="status"]')).to.exist;
        expect(earlyPack.shadowRoot!.querySelector('.ui-loading[role="status"]')).to.exist;
        await expect(page).to.be.accessible(WCAG);
        early.remove();
        earlyPack.remove();

        // The unit is in; its answers are not: every box and choice waits, saying so.
        const unit = add<LpUnit>(page, 'lp-unit', { src: UNIT, pack: 'mep-leadership', 'storage-namespace': freshNamespace() });
        const root = await unitReady(unit);
        await inLanguage(lang, root);
        await waitUntil(() => activitiesShown(root), 'the activities did not render', { timeout: 8000 });
        const boxes = [...root.querySelectorAll('lp-reflection')].flatMap((r) => [...r.shadowRoot!.querySelectorAll('textarea')]);
        expect(boxes.length).to.be.greaterThan(0);
        for (const box of boxes) expect(box.getAttribute('aria-busy')).to.equal('true');
        const choices = [...root.querySelectorAll('lp-checklist, lp-quiz')].flatMap((a) => [...a.shadowRoot!.querySelectorAll('input')]);
        for (const choice of choices) expect(choice.disabled).to.equal(true);
        await expect(unit).to.be.accessible(WCAG);

        const portfolio = add(page, 'lp-portfolio', { 'storage-namespace': freshNamespace() });
        await waitUntil(() => portfolio.shadowRoot?.querySelector('[role="status"]'), 'the portfolio did not say it is loading', { timeout: 5000 });
        await expect(portfolio).to.be.accessible(WCAG);
      } finally {
        restore();
      }
    });
  });
}

/** The demo's course as the demo page shows it (demo/index.html), with its pack switcher. */
const DEMO_PACK = '/modules/mep-leadership/pack.yaml';
const DEMO_CATALOGUE = '/demo/packs.json';

/** Every unit of the demo pack in `lang` and `scheme`. */
export function auditDemoPack(lang: Lang, scheme: Scheme): void {
  describe(`axe, ${lang}, ${scheme}: the whole demo pack`, function () {
    let emulated = false;
    beforeEach(async () => {
      emulated = scheme === 'dark' && (await prefer('dark'));
    });
    afterEach(async () => {
      if (emulated) await prefer('light');
    });

    it('has no violations in any of its units, with the contents open and the pack switcher shown', async function () {
      this.timeout(170000);
      const page = await host(lang, scheme, emulated);
      const pack = add<LpPack>(page, 'lp-pack', { src: DEMO_PACK, packs: DEMO_CATALOGUE, 'storage-namespace': freshNamespace(), routing: 'none' });
      await waitUntil(() => pack.shadowRoot?.querySelectorAll('.ui-entry a').length, 'the demo pack did not load', { timeout: 15000 });
      const root = pack.shadowRoot!;
      root.querySelector('details.ui-contents')!.setAttribute('open', '');
      const links = () => [...root.querySelectorAll<HTMLAnchorElement>('.ui-entry a')];
      expect(links().length).to.equal(5);
      for (let i = 0; i < links().length; i++) {
        const number = links()[i].querySelector('.ui-entry-title')!.textContent!.trim().split(' ')[0];
        links()[i].click();
        const unitEl = () => root.querySelector<LpUnit>('lp-unit');
        await waitUntil(() => unitEl()?.unit?.meta.number === number, `unit ${number} was not shown`, { timeout: 15000 });
        const unitRoot = await unitReady(unitEl()!);
        await inLanguage(lang, unitRoot);
        await waitUntil(() => controls(unitRoot).every((c) => !c.hasAttribute('disabled') && !c.hasAttribute('aria-busy')), `the activities of ${number} did not load`, { timeout: 8000 });
        if (lang === 'cy' && number === '4.2') expect(unitRoot.querySelector('h1')!.textContent).to.equal('Datblygu ymarfer ar y cyd');
        if (i === 0) {
          root.querySelector<HTMLButtonElement>('.ui-switcher button[aria-controls]')!.click();
          await pack.updateComplete;
        }
        await expect(pack, `unit ${number}`).to.be.accessible(WCAG);
      }
    });
  });
}
