import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deleteResponse, responseStore } from '../../src/store/responses.js';
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

describe('an answer to Activity 4.2.1 survives a reload', () => {
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
