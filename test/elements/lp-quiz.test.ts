import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QuizBlock } from '../../src/content/model.js';
import '../../src/elements/lp-quiz.js';
import type { LpQuiz } from '../../src/elements/lp-quiz.js';
import { getResponse, responseStore } from '../../src/store/responses.js';
import { freshNamespace, text } from './helpers.js';
import { several } from './sample-blocks.js';

const single: QuizBlock = {
  type: 'quiz',
  id: '4.5.3',
  title: 'Not-invented-here',
  required: false,
  stemHtml: '<p>Which barrier is it when people are <em>unwilling</em> to reach out to others?</p>',
  multiple: false,
  options: [
    { id: 'a', html: 'The not-invented-here barrier', text: 'The not-invented-here barrier', correct: true },
    { id: 'b', html: 'The hoarding barrier', text: 'The hoarding barrier', correct: false },
    { id: 'c', html: 'The search barrier', text: 'The search barrier', correct: false },
  ],
  feedbackHtml: '<p>Not-invented-here is about <strong>unwillingness</strong> to reach out.</p>',
  line: 1,
};

const KEY = 'mep-leadership/disciplined-collaboration/4.5.3';

async function render(block: QuizBlock, ns = freshNamespace(), readonly = false): Promise<LpQuiz> {
  const el = await fixture<LpQuiz>(html`<lp-quiz .block=${block} pack="mep-leadership" unit="disciplined-collaboration"
    storage-namespace=${ns} ?readonly=${readonly}></lp-quiz>`);
  // Until the saved choice is in, the options take none.
  await waitUntil(() => options(el).length > 0 && (readonly || options(el).every((o) => !o.disabled)), 'the question was not shown', { timeout: 5000 });
  return el;
}

function options(el: LpQuiz): HTMLInputElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLInputElement>('input') ?? [])];
}

function button(el: LpQuiz, id: string): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`#${id}`)!;
}

function result(el: LpQuiz): string {
  return text(el.shadowRoot, '#ui-result');
}

async function choose(el: LpQuiz, id: string): Promise<void> {
  const saved = oneEvent(el, 'lp-response-change');
  el.shadowRoot!.querySelector<HTMLInputElement>(`#ui-option-${id}`)!.click();
  await saved;
  await el.updateComplete;
}

async function check(el: LpQuiz): Promise<void> {
  button(el, 'ui-check').click();
  await el.updateComplete;
}

describe('lp-quiz', () => {
  describe('passes an accessibility audit', () => {
    it('unanswered', async () => {
      await expect(await render(single)).to.be.accessible();
    });

    it('answered wrong', async () => {
      const el = await render(single);
      await choose(el, 'b');
      await check(el);
      expect(result(el)).to.match(/^Not quite/);
      await expect(el).to.be.accessible();
    });

    it('answered right', async () => {
      const el = await render(single);
      await choose(el, 'a');
      await check(el);
      expect(result(el)).to.match(/^Right/);
      await expect(el).to.be.accessible();
    });

    it('read-only, with a saved choice', async () => {
      const ns = freshNamespace();
      const first = await render(single, ns);
      await choose(first, 'a');
      first.remove();
      const el = await render(single, ns, true);
      await waitUntil(() => options(el)[0].checked, 'the saved choice was not shown', { timeout: 5000 });
      await expect(el).to.be.accessible();
    });

    it('with several right answers', async () => {
      await expect(await render(several)).to.be.accessible();
    });
  });

  it('asks the question as the legend of a group of radio buttons', async () => {
    const el = await render(single);
    const root = el.shadowRoot!;
    expect(text(root, 'h2')).to.equal('Activity 4.5.3: Not-invented-here');
    expect(text(root, 'fieldset > legend')).to.equal('Which barrier is it when people are unwilling to reach out to others?');
    // One paragraph goes into the legend without its <p>.
    expect(root.querySelector('legend p')).to.equal(null);
    expect(options(el).map((o) => o.type)).to.deep.equal(['radio', 'radio', 'radio']);
    expect(options(el).map((o) => o.labels![0].textContent!.trim())).to.deep.equal([
      'The not-invented-here barrier',
      'The hoarding barrier',
      'The search barrier',
    ]);
    expect(root.querySelector('.ui-hint')).to.equal(null);
  });

  it('says when the answer is right, with the feedback tied to the question', async () => {
    const el = await render(single);
    await choose(el, 'a');
    await check(el);
    expect(result(el)).to.equal('Right. Not-invented-here is about unwillingness to reach out.');
    const region = el.shadowRoot!.querySelector('#ui-result')!;
    expect(region.getAttribute('role')).to.equal('status');
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')!.split(' ')).to.include('ui-result');
  });

  it('says when the answer is wrong, with the feedback, and hides it once the choice changes', async () => {
    const el = await render(single);
    await choose(el, 'c');
    await check(el);
    expect(result(el)).to.equal('Not quite. Not-invented-here is about unwillingness to reach out.');
    await choose(el, 'b');
    expect(result(el)).to.equal('');
  });

  it('asks for a choice before checking', async () => {
    const el = await render(single);
    await check(el);
    expect(result(el)).to.equal('Choose an answer first.');
  });

  it('uses checkboxes when several answers are right, and wants all of them', async () => {
    const el = await render(several);
    expect(options(el).map((o) => o.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox']);
    expect(text(el.shadowRoot, '#ui-hint')).to.equal('Choose all that apply.');
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('ui-hint ui-result');
    expect(text(el.shadowRoot, 'h2')).to.equal('Activity 4.5.4');
    await choose(el, 'a');
    await check(el);
    expect(result(el)).to.equal('Not quite: check which answers apply.');
    await choose(el, 'c');
    await check(el);
    expect(result(el)).to.equal('Right.');
    await choose(el, 'b');
    await check(el);
    expect(result(el)).to.match(/^Not quite/);
  });

  it('can be answered, checked and tried again with the keyboard alone', async () => {
    const ns = freshNamespace();
    const el = await render(single, ns);
    const root = el.shadowRoot!;
    options(el)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => options(el)[1].checked, 'the arrow key did not choose');
    expect(root.activeElement?.id).to.equal('ui-option-b');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.equal('ui-check');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(result(el)).to.match(/^Not quite/);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.equal('ui-try-again');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => result(el) === '' && options(el).every((o) => !o.checked), 'try again did not clear');
    expect(root.activeElement?.id).to.equal('ui-option-a');
    await waitUntil(async () => (await getResponse(KEY, responseStore(ns))) === undefined, 'the saved choice was not deleted');
  });

  it('saves the last choice and restores it in a new element', async () => {
    const ns = freshNamespace();
    const first = await render(several, ns);
    await choose(first, 'a');
    await choose(first, 'c');
    const saved = await getResponse('mep-leadership/disciplined-collaboration/4.5.4', responseStore(ns));
    expect(saved?.value).to.equal('a,c');
    first.remove();
    const second = await render(several, ns);
    await waitUntil(() => options(second).some((o) => o.checked), 'the saved choice was not restored', { timeout: 5000 });
    expect(options(second).map((o) => o.checked)).to.deep.equal([true, false, true]);
    // Restoring a choice shows no verdict until the learner checks again.
    expect(result(second)).to.equal('');
    await check(second);
    expect(result(second)).to.equal('Right.');
  });

  it('takes no choice until the saved one has loaded, so a click cannot overwrite it', async () => {
    const ns = freshNamespace();
    const first = await render(single, ns);
    await choose(first, 'b');
    first.remove();
    const el = await fixture<LpQuiz>(html`<lp-quiz .block=${single} pack="mep-leadership" unit="disciplined-collaboration"
      storage-namespace=${ns}></lp-quiz>`);
    // Straight after the first render: the saved "b" is still on its way from IndexedDB.
    el.shadowRoot!.querySelector<HTMLInputElement>('#ui-option-a')!.click();
    await waitUntil(() => options(el)[1].checked, 'the saved choice was not shown', { timeout: 5000 });
    expect(options(el).map((o) => o.checked)).to.deep.equal([false, true, false]);
    expect((await getResponse(KEY, responseStore(ns)))?.value).to.equal('b');
    expect(options(el).every((o) => !o.disabled), 'the options take choices once loaded').to.equal(true);
  });

  it('shows the saved choice but takes no changes when read-only', async () => {
    const ns = freshNamespace();
    const first = await render(single, ns);
    await choose(first, 'b');
    first.remove();
    const el = await render(single, ns, true);
    await waitUntil(() => options(el)[1].checked, 'the saved choice was not shown', { timeout: 5000 });
    expect(options(el).every((o) => o.disabled)).to.equal(true);
    expect(el.shadowRoot!.querySelector('#ui-try-again')).to.equal(null);
    await check(el);
    expect(result(el)).to.match(/^Not quite/);
  });

  it('shows an error box, not a blank space, for a quiz with no right answer', async () => {
    const el = document.createElement('lp-quiz');
    const failed = oneEvent(el, 'lp-error');
    el.block = { ...single, options: single.options.map((o) => ({ ...o, correct: false })) };
    document.body.append(el);
    try {
      expect((await failed).detail.code).to.equal('invalid-block');
      await el.updateComplete;
      expect(text(el.shadowRoot, '[role="alert"]')).to.contain('This activity could not be shown.');
      expect(options(el)).to.have.length(0);
    } finally {
      el.remove();
    }
  });
});
