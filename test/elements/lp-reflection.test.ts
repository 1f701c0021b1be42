import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReflectionBlock } from '../../src/content/model.js';
import '../../src/elements/lp-reflection.js';
import type { LpReflection } from '../../src/elements/lp-reflection.js';
import { getResponse, responseStore } from '../../src/store/responses.js';
import { freshNamespace, statusTexts, textareas, text } from './helpers.js';

const block: ReflectionBlock = {
  type: 'reflection',
  id: '4.2.1',
  title: 'Joint practice development in your setting',
  required: false,
  introHtml: '<p>Think of a school or cluster you know well.</p>',
  prompts: [
    { id: 'in-place', html: 'What is <em>already</em> in place?', text: 'What is already in place?', minWords: 3, maxWords: 5 },
    { id: 'further-work', html: 'What further work is needed?', text: 'What further work is needed?' },
  ],
  line: 1,
};

async function render(ns = freshNamespace(), readonly = false): Promise<LpReflection> {
  const el = await fixture<LpReflection>(html`<lp-reflection .block=${block} pack="mep-leadership" unit="joint-practice-development"
    storage-namespace=${ns} ?readonly=${readonly}></lp-reflection>`);
  await waitUntil(() => !statusTexts(el).some((s) => s.startsWith('Loading')), 'answers did not load', { timeout: 5000 });
  return el;
}

async function typeInto(field: HTMLTextAreaElement, words: string): Promise<void> {
  field.focus();
  await sendKeys({ type: words });
}

const KEY = 'mep-leadership/joint-practice-development/4.2.1/in-place';

describe('lp-reflection', () => {
  it('passes an accessibility audit', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
  });

  it('shows the activity number, title, intro and a labelled box per prompt', async () => {
    const el = await render();
    const root = el.shadowRoot!;
    expect(text(root, 'h2')).to.equal('Activity 4.2.1: Joint practice development in your setting');
    expect(text(root, '.ui-intro')).to.equal('Think of a school or cluster you know well.');
    const [first, second] = textareas(el);
    expect(first.labels?.[0].textContent?.trim()).to.equal('What is already in place?');
    expect(second.labels?.[0].textContent?.trim()).to.equal('What further work is needed?');
    expect(text(root, '.ui-hint')).to.equal('Aim for 3 to 5 words.');
  });

  it('counts words as the learner types, in the singular for one', async () => {
    const el = await render();
    const field = textareas(el)[0];
    await typeInto(field, 'Peer');
    await el.updateComplete;
    expect(text(el.shadowRoot, '.ui-count')).to.equal('1 word.');
    await sendKeys({ type: ' observation in triads' });
    await el.updateComplete;
    expect(text(el.shadowRoot, '.ui-count')).to.equal('4 words.');
    // Screen readers hear the count and the limits with the box.
    const describedBy = field.getAttribute('aria-describedby')!.split(' ').map((id) => text(el.shadowRoot, `#${id}`));
    expect(describedBy.slice(0, 2)).to.deep.equal(['Aim for 3 to 5 words.', '4 words.']);
  });

  it('announces reaching the minimum and going over the limit', async () => {
    const el = await render();
    const live = () => el.shadowRoot!.querySelector('.ui-visually-hidden[role="status"]')!.textContent!.trim();
    await typeInto(textareas(el)[0], 'one two three');
    await el.updateComplete;
    expect(live()).to.equal('You have reached the minimum of 3 words.');
    await sendKeys({ type: ' four five six' });
    await el.updateComplete;
    expect(live()).to.equal('You are over the limit of 5 words.');
    expect(text(el.shadowRoot, '.ui-over')).to.equal('1 word over the limit.');
  });

  it('counts an empty box as 0 words', async () => {
    const el = await render();
    expect(text(el.shadowRoot, '.ui-count')).to.equal('0 words.');
    await typeInto(textareas(el)[0], '   ');
    await el.updateComplete;
    expect(text(el.shadowRoot, '.ui-count')).to.equal('0 words.');
  });

  it('says nothing about the limit at exactly the maximum, only past it', async () => {
    const el = await render();
    const live = () => el.shadowRoot!.querySelector('.ui-visually-hidden[role="status"]')!.textContent!.trim();
    await typeInto(textareas(el)[0], 'one two three four five');
    await el.updateComplete;
    expect(text(el.shadowRoot, '.ui-count')).to.equal('5 words.');
    expect(live()).to.equal('You have reached the minimum of 3 words.');
    expect(el.shadowRoot!.querySelector('.ui-over')).to.equal(null);
    await sendKeys({ type: ' six' });
    await el.updateComplete;
    expect(live()).to.equal('You are over the limit of 5 words.');
    expect(text(el.shadowRoot, '.ui-over')).to.equal('1 word over the limit.');
  });

  it('saves as the learner types, says so, and fires lp-response-change', async () => {
    const ns = freshNamespace();
    const el = await render(ns);
    const changed = oneEvent(el, 'lp-response-change');
    await typeInto(textareas(el)[0], 'Lesson study in pairs');
    const { detail } = await changed;
    expect(detail.key).to.equal(KEY);
    expect(detail.value).to.equal('Lesson study in pairs');
    await el.updateComplete;
    expect(statusTexts(el)[0]).to.match(/^Saved in this browser at \d{1,2}[:.]\d{2}/);
    const saved = await getResponse(KEY, responseStore(ns));
    expect(saved?.value).to.equal('Lesson study in pairs');
    expect(saved?.activity).to.equal('4.2.1');
    expect(saved?.item).to.equal('in-place');
  });

  it('saves at once when the learner leaves the box', async () => {
    const ns = freshNamespace();
    const el = await render(ns);
    const field = textareas(el)[0];
    await typeInto(field, 'Learning walks');
    field.blur();
    await el.flush();
    // Well inside the typing delay: only the blur can have saved it.
    expect((await getResponse(KEY, responseStore(ns)))?.value).to.equal('Learning walks');
  });

  it('restores the answer in a new element', async () => {
    const ns = freshNamespace();
    const first = await render(ns);
    await typeInto(textareas(first)[1], 'Protected time for enquiry');
    await first.flush();
    first.remove();
    const second = await render(ns);
    expect(textareas(second)[1].value).to.equal('Protected time for enquiry');
    expect(textareas(second)[0].value).to.equal('');
  });

  it('clears an answer only after the learner confirms', async () => {
    const ns = freshNamespace();
    const el = await render(ns);
    await typeInto(textareas(el)[0], 'Triads');
    await el.flush();
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.ui-clear')!.click();
    await el.updateComplete;
    expect(text(root, '.ui-confirm p')).to.contain('Clear this answer?');
    expect(root.activeElement?.className).to.equal('ui-cancel-clear');
    expect(textareas(el)[0].value).to.equal('Triads');

    const changed = oneEvent(el, 'lp-response-change');
    root.querySelector<HTMLButtonElement>('.ui-confirm-clear')!.click();
    expect((await changed).detail.value).to.equal('');
    await el.updateComplete;
    expect(textareas(el)[0].value).to.equal('');
    expect(statusTexts(el)[0]).to.equal('Answer cleared');
    expect(await getResponse(KEY, responseStore(ns))).to.equal(undefined);
  });

  it('keeps the answer when the learner cancels clearing', async () => {
    const el = await render();
    await typeInto(textareas(el)[0], 'Triads');
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.ui-clear')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.ui-cancel-clear')!.click();
    await el.updateComplete;
    expect(root.querySelector('.ui-confirm')).to.equal(null);
    expect(textareas(el)[0].value).to.equal('Triads');
    expect(root.activeElement?.className).to.equal('ui-clear');
  });

  it('can be answered and cleared with the keyboard alone', async () => {
    const ns = freshNamespace();
    const el = await render(ns);
    const root = el.shadowRoot!;
    await typeInto(textareas(el)[0], 'Coaching');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.className).to.equal('ui-clear');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root.activeElement?.className).to.equal('ui-cancel-clear');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.classList.contains('ui-confirm-clear')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statusTexts(el)[0] === 'Answer cleared', 'the answer was not cleared');
    expect(textareas(el)[0].value).to.equal('');
    expect(root.activeElement).to.equal(textareas(el)[0]);
  });

  it('keeps the text on screen and says so when saving fails', async () => {
    const el = await render();
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const failed = oneEvent(el, 'lp-error');
      await typeInto(textareas(el)[0], 'Coaching');
      await el.flush();
      expect((await failed).detail.code).to.equal('save-failed');
      await el.updateComplete;
      expect(textareas(el)[0].value).to.equal('Coaching');
      expect(text(el.shadowRoot, '[role="alert"]')).to.match(/^Not saved: this browser’s storage is full\. Your text is still here/);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
  });

  it('shows an error box, not a blank space, for a malformed block', async () => {
    const el = document.createElement('lp-reflection');
    const failed = oneEvent(el, 'lp-error');
    el.block = { type: 'reflection', id: '9.9', prompts: 'not a list' } as unknown as ReflectionBlock;
    document.body.append(el);
    try {
      expect((await failed).detail.code).to.equal('invalid-block');
      await el.updateComplete;
      expect(text(el.shadowRoot, '[role="alert"]')).to.contain('This activity could not be shown.');
      expect(textareas(el)).to.have.length(0);
    } finally {
      el.remove();
    }
  });

  it('is read-only with no clear button when readonly is set', async () => {
    const el = await render(freshNamespace(), true);
    expect(textareas(el).every((t) => t.readOnly)).to.equal(true);
    expect(el.shadowRoot!.querySelector('.ui-clear')).to.equal(null);
  });

  it('works standalone with a key and a label', async () => {
    const ns = freshNamespace();
    const el = await fixture<LpReflection>(html`<lp-reflection key="p/u/a" label="Your plan" storage-namespace=${ns}></lp-reflection>`);
    await waitUntil(() => textareas(el).length === 1);
    expect(textareas(el)[0].labels?.[0].textContent?.trim()).to.equal('Your plan');
    await expect(el).to.be.accessible();
  });
});
