/**
 * A whole unit when this browser will not keep answers (IndexedDB refused, as in
 * a private window or a VLE's frame that blocks storage): every activity in it
 * says so, and what the learner types or chooses stays on screen for the visit.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/lp-unit.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import type { LpReflection } from '../../src/elements/lp-reflection.js';
import { freshNamespace, refuseStorage, statusTexts, text, textareas, unitReady } from './helpers.js';

/** Unit 4.3 has a quiz, a rated checklist with notes, and reflections. */
const UNIT = '/modules/mep-leadership/4.3-the-ten-processes.md';
const NOT_KEPT = 'This browser is not letting the page keep your answers, so they will be lost when you leave or reload it. Download a copy before you go.';
const ACTIVITIES = 'lp-reflection, lp-checklist, lp-quiz';

const activities = (root: ShadowRoot) => [...root.querySelectorAll(ACTIVITIES)];
const controls = (root: ShadowRoot) => activities(root).flatMap((a) => [...(a.shadowRoot?.querySelectorAll<HTMLElement>('textarea, input') ?? [])]);

async function unitWith(ns: string): Promise<{ unit: LpUnit; root: ShadowRoot }> {
  const unit = document.createElement('lp-unit');
  unit.setAttribute('src', UNIT);
  unit.setAttribute('pack', 'mep-leadership');
  unit.setAttribute('storage-namespace', ns);
  document.body.append(unit);
  const root = await unitReady(unit);
  await waitUntil(
    () => activities(root).length > 0 && controls(root).length > 0 && controls(root).every((c) => !c.hasAttribute('disabled') && !c.hasAttribute('aria-busy')),
    'the activities did not load',
    { timeout: 8000 },
  );
  return { unit, root };
}

for (const how of ['throw', 'error'] as const) {
  describe(`durability: a unit when IndexedDB ${how === 'throw' ? 'throws on open' : 'fails to open'}`, function () {
    this.timeout(30000);
    let restore: () => void;
    let unit: LpUnit | undefined;
    beforeEach(() => (restore = refuseStorage(how)));
    afterEach(() => {
      restore();
      unit?.remove();
    });

    it('every reflection, checklist and quiz says its answers will not be kept, and typed text stays on screen', async () => {
      const ns = freshNamespace();
      const shown = await unitWith(ns);
      unit = shown.unit;
      const { root } = shown;
      expect(root.querySelectorAll('lp-reflection').length).to.be.greaterThan(0);
      expect(root.querySelectorAll('lp-checklist').length).to.be.greaterThan(0);
      expect(root.querySelectorAll('lp-quiz').length).to.be.greaterThan(0);
      const unwarned = () => activities(root).filter((a) => text(a.shadowRoot, '.ui-warning[role="alert"] p') !== NOT_KEPT).map((a) => a.id);
      await waitUntil(() => unwarned().length === 0, 'an activity did not say its answers will not be kept', { timeout: 5000 }).catch(() => {
        throw new Error(`no warning in ${unwarned().join(', ')}`);
      });

      const reflection = root.querySelector<LpReflection>('lp-reflection')!;
      textareas(reflection)[0].focus();
      await sendKeys({ type: 'Kept for the visit' });
      textareas(reflection)[0].blur();
      await reflection.flush();
      await reflection.updateComplete;
      expect(textareas(reflection)[0].value).to.equal('Kept for the visit');
      expect(statusTexts(reflection)[0]).to.match(/^Saved/);
      const checklist = root.querySelector('lp-checklist')!.shadowRoot!;
      checklist.querySelector<HTMLInputElement>('#ui-row-0-level-1')!.click();
      const quiz = root.querySelector('lp-quiz')!.shadowRoot!;
      quiz.querySelector<HTMLInputElement>('#ui-option-b')!.click();

      // The same unit shown again in this visit keeps all three.
      unit.remove();
      ({ unit } = await unitWith(ns));
      const again = unit.shadowRoot!;
      expect(textareas(again.querySelector<LpReflection>('lp-reflection')!)[0].value).to.equal('Kept for the visit');
      await waitUntil(() => again.querySelector('lp-checklist')!.shadowRoot!.querySelector<HTMLInputElement>('#ui-row-0-level-1')?.checked, 'the rating was not kept for the visit');
      await waitUntil(() => again.querySelector('lp-quiz')!.shadowRoot!.querySelector<HTMLInputElement>('#ui-option-b')?.checked, 'the choice was not kept for the visit');
      await expect(unit).to.be.accessible();
    });
  });
}
