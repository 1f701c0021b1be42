/**
 * Checklists and quizzes when IndexedDB cannot be opened (private mode,
 * storage blocked in a VLE's iframe): the choices are kept for the visit, the
 * learner is told plainly they will not be kept, and can download them.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { QuizBlock } from '../../src/content/model.js';
import '../../src/elements/lp-checklist.js';
import '../../src/elements/lp-quiz.js';
import type { LpChecklist } from '../../src/elements/lp-checklist.js';
import type { LpQuiz } from '../../src/elements/lp-quiz.js';
import { freshNamespace, refuseStorage, text } from './helpers.js';
import { selfAudit } from './sample-blocks.js';

const question: QuizBlock = {
  type: 'quiz',
  id: '4.3.1',
  title: 'The strongest foundation',
  required: false,
  stemHtml: '<p>Which is the most effective strategy for JPD?</p>',
  multiple: false,
  options: [
    { id: 'a', html: 'Clearly articulated aims', text: 'Clearly articulated aims', correct: false },
    { id: 'b', html: 'Building on existing relationships', text: 'Building on existing relationships', correct: true },
  ],
  line: 1,
};

const NOT_KEPT = 'This browser is not letting the page keep your answers, so they will be lost when you leave or reload it. Download a copy before you go.';

/**
 * The JSON file the next download would save, read from the Blob handed to the browser.
 * The download link's click is held back: a real download opens the browser's own
 * downloads panel (Firefox), which takes the focus from every later test's page.
 */
function nextDownload(): Promise<{ responses: { key: string; value: string; prompt?: string; title?: string }[] }> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) click.call(this);
    else HTMLAnchorElement.prototype.click = click;
  };
  return new Promise((resolve) => {
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      URL.createObjectURL = create;
      void (blob as Blob).text().then((t) => resolve(JSON.parse(t)));
      return create.call(URL, blob);
    };
  });
}

describe('durability: choices when this browser will not keep them', () => {
  let restore: () => void;
  beforeEach(() => (restore = refuseStorage()));
  afterEach(() => restore());

  it('a checklist keeps its ratings for the visit, says they will not be kept, and downloads them', async () => {
    const el = await fixture<LpChecklist>(html`<lp-checklist .block=${selfAudit} pack="mep-leadership" unit="the-ten-processes"
      storage-namespace=${freshNamespace()}></lp-checklist>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no message about answers not being kept', { timeout: 5000 });
    expect(text(el.shadowRoot, '.ui-warning[role="alert"] p')).to.equal(NOT_KEPT);
    const saved = oneEvent(el, 'lp-response-change');
    el.shadowRoot!.querySelector<HTMLInputElement>('#ui-row-1-level-2')!.click();
    await saved;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#ui-row-1-level-2')!.checked).to.equal(true);
    expect(text(el.shadowRoot, '.ui-summary')).to.equal('1 of 2 rated');
    const file = nextDownload();
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Download my answers')!.click();
    const { responses } = await file;
    expect(responses.find((r) => r.key === 'mep-leadership/the-ten-processes/4.3.2/2')).to.include({ value: 'Established', prompt: 'Developing trust' });
    await expect(el).to.be.accessible();
  });

  it('a quiz keeps its choice for the visit, says it will not be kept, and downloads it', async () => {
    const el = await fixture<LpQuiz>(html`<lp-quiz .block=${question} pack="mep-leadership" unit="the-ten-processes"
      storage-namespace=${freshNamespace()}></lp-quiz>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no message about answers not being kept', { timeout: 5000 });
    expect(text(el.shadowRoot, '.ui-warning[role="alert"] p')).to.equal(NOT_KEPT);
    const saved = oneEvent(el, 'lp-response-change');
    el.shadowRoot!.querySelector<HTMLInputElement>('#ui-option-b')!.click();
    await saved;
    const file = nextDownload();
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Download my answers')!.click();
    const { responses } = await file;
    expect(responses).to.have.length(1);
    expect(responses[0]).to.include({ key: 'mep-leadership/the-ten-processes/4.3.1', value: 'b', title: 'Activity 4.3.1: The strongest foundation' });
    await expect(el).to.be.accessible();
  });
});
