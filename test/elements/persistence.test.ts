import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deleteResponse, getResponse, responseStore } from '../../src/store/responses.js';
import { deleteDraft } from '../../src/store/drafts.js';

const KEY = 'mep-leadership/joint-practice-development/4.2.1/in-place';

/** The textarea of the first prompt of Activity 4.2.1, inside a page loaded in the frame. */
function firstField(frame: HTMLIFrameElement): HTMLTextAreaElement | null | undefined {
  const unit = frame.contentDocument?.querySelector('lp-unit');
  const activity = unit?.shadowRoot?.querySelector('lp-reflection[id="ui-activity-4.2.1"]');
  const field = activity?.shadowRoot?.querySelector('textarea');
  const loading = activity?.shadowRoot?.querySelector('.ui-status')?.textContent?.startsWith('Loading');
  return loading ? undefined : field;
}

function statusOf(frame: HTMLIFrameElement): string {
  const activity = frame.contentDocument?.querySelector('lp-unit')?.shadowRoot?.querySelector('lp-reflection');
  return activity?.shadowRoot?.querySelector('.ui-status')?.textContent?.trim() ?? '';
}

async function openPage(frame: HTMLIFrameElement, reload = false): Promise<HTMLTextAreaElement> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (reload) frame.contentWindow!.location.reload();
  else frame.src = '/test/pages/unit.html';
  await loaded;
  await waitUntil(() => firstField(frame), 'Activity 4.2.1 did not appear', { timeout: 8000 });
  return firstField(frame)!;
}

/** WebKit's driver drops the first key sent straight after focus moves into a frame. */
async function focusInFrame(field: HTMLTextAreaElement): Promise<void> {
  field.focus();
  await aTimeout(100);
}

describe('an answer to Activity 4.2.1 survives a reload', function () {
  // Each test loads and compiles the unit twice in a frame: slow on a busy machine.
  this.timeout(40000);
  let frame: HTMLIFrameElement;

  beforeEach(async () => {
    await deleteResponse(KEY, responseStore('lp-test-reload'));
    deleteDraft('lp-test-reload', KEY);
    frame = document.createElement('iframe');
    frame.title = 'Unit page';
    frame.style.cssText = 'width: 800px; height: 600px';
    document.body.append(frame);
  });

  afterEach(() => frame.remove());

  it('finds the text typed into the activity after the page reloads', async () => {
    const field = await openPage(frame);
    await focusInFrame(field);
    await sendKeys({ type: 'Peer observation in triads across the cluster' });
    await waitUntil(() => statusOf(frame).startsWith('Saved'), 'the answer was not saved', { timeout: 5000 });

    const again = await openPage(frame, true);
    expect(again.value).to.equal('Peer observation in triads across the cluster');
  });

  it('keeps the last words typed when the page is reloaded straight away', async () => {
    const field = await openPage(frame);
    await focusInFrame(field);
    await sendKeys({ type: 'Closed the tab at once' });
    // No wait for "Saved": the learner reloads mid-sentence.
    const again = await openPage(frame, true);
    expect(again.value).to.equal('Closed the tab at once');
    await waitUntil(() => statusOf(frame).startsWith('Saved'), 'the restored text was not saved', { timeout: 5000 });
  });
});

describe('a quiz choice and a checklist rating survive a reload straight after them', function () {
  this.timeout(40000);
  const NS = 'lp-test-reload-choices';
  const QUIZ_KEY = 'mep-leadership/the-ten-processes/4.3.1';
  const RATING_KEY = 'mep-leadership/the-ten-processes/4.3.2/2';
  const NOTE_KEY = 'mep-leadership/the-ten-processes/4.3.2/2-note';
  let frame: HTMLIFrameElement;

  const unitRoot = () => frame.contentDocument?.querySelector('lp-unit')?.shadowRoot;
  const quiz = () => unitRoot()?.querySelector('lp-quiz[id="ui-activity-4.3.1"]')?.shadowRoot;
  const checklist = () => unitRoot()?.querySelector('lp-checklist[id="ui-activity-4.3.2"]')?.shadowRoot;
  /** Both activities shown, with their saved choices loaded (inputs are disabled until then). */
  const ready = () => {
    const inputs = [...(quiz()?.querySelectorAll('input') ?? []), ...(checklist()?.querySelectorAll('input') ?? [])];
    return inputs.length > 0 && inputs.every((i) => !i.disabled);
  };

  async function openPage(reload = false): Promise<void> {
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    if (reload) frame.contentWindow!.location.reload();
    else frame.src = '/test/pages/unit-choices.html';
    await loaded;
    await waitUntil(ready, 'the quiz and the checklist did not appear', { timeout: 8000 });
  }

  beforeEach(async () => {
    for (const key of [QUIZ_KEY, RATING_KEY, NOTE_KEY]) {
      await deleteResponse(key, responseStore(NS));
      deleteDraft(NS, key);
    }
    frame = document.createElement('iframe');
    frame.title = 'Unit page';
    frame.style.cssText = 'width: 800px; height: 600px';
    document.body.append(frame);
  });

  afterEach(() => frame.remove());

  it('keeps the quiz answer chosen just before the reload', async () => {
    await openPage();
    quiz()!.querySelector<HTMLLabelElement>('label[for="ui-option-b"]')!.click();
    // No wait for the save: the learner reloads at once.
    await openPage(true);
    expect(quiz()!.querySelector<HTMLInputElement>('#ui-option-b')!.checked).to.equal(true);
    expect(quiz()!.querySelector<HTMLInputElement>('#ui-option-a')!.checked).to.equal(false);
    await waitUntil(async () => (await getResponse(QUIZ_KEY, responseStore(NS)))?.value === 'b', 'the choice is not in IndexedDB', { timeout: 5000 });
  });

  it('keeps the rating and the note written just before the reload', async () => {
    await openPage();
    checklist()!.querySelector<HTMLLabelElement>('label[for="ui-row-1-level-2"]')!.click();
    const note = checklist()!.querySelector<HTMLTextAreaElement>('#ui-note-1')!;
    await focusInFrame(note);
    await sendKeys({ type: 'Staff survey' });
    // No wait for the save: the learner reloads mid-sentence.
    await openPage(true);
    expect(checklist()!.querySelector<HTMLInputElement>('#ui-row-1-level-2')!.checked).to.equal(true);
    expect(checklist()!.querySelector<HTMLTextAreaElement>('#ui-note-1')!.value).to.equal('Staff survey');
    await waitUntil(async () => (await getResponse(RATING_KEY, responseStore(NS)))?.value === 'Established', 'the rating is not in IndexedDB', { timeout: 5000 });
    await waitUntil(async () => (await getResponse(NOTE_KEY, responseStore(NS)))?.value === 'Staff survey', 'the note is not in IndexedDB', { timeout: 5000 });
  });
});
