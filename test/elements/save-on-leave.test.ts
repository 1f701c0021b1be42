/**
 * Words cleared before the pause in typing saved them never come back: the
 * pause's timer is held back here, so nothing but the clear reaches the
 * store. (The saves on leaving the box or the page: durability-save.test.ts.)
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReflectionBlock } from '../../src/content/model.js';
import { SAVE_DELAY_MS } from '../../src/elements/controllers/response-controller.js';
import '../../src/elements/lp-reflection.js';
import type { LpReflection } from '../../src/elements/lp-reflection.js';
import { getResponse, responseStore } from '../../src/store/responses.js';
import { freshNamespace, statusTexts, textareas } from './helpers.js';

const block: ReflectionBlock = {
  type: 'reflection',
  id: '1.1',
  required: false,
  introHtml: '',
  prompts: [{ id: 'why', html: 'Why?', text: 'Why?' }],
  line: 1,
};
const KEY = 'p/u/1.1/why';

const realSetTimeout = window.setTimeout;
/** Timers of the pause in typing that were held back. */
let heldBack = 0;

async function typed(ns: string, words: string): Promise<HTMLTextAreaElement> {
  const el = await fixture<LpReflection>(html`<lp-reflection .block=${block} pack="p" unit="u" storage-namespace=${ns}></lp-reflection>`);
  await waitUntil(() => textareas(el).length > 0 && !statusTexts(el).some((s) => s.startsWith('Loading')), 'the answer did not load', { timeout: 8000 });
  const field = textareas(el)[0];
  field.focus();
  await sendKeys({ type: words });
  return field;
}

/** The saved answer, read once the store has taken any write just started (its operations run in order). */
async function saved(ns: string): Promise<string | undefined> {
  await aTimeout(50);
  return (await getResponse(KEY, responseStore(ns)))?.value;
}

describe('saving when the learner leaves', () => {
  beforeEach(() => {
    heldBack = 0;
    window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
      if (timeout === SAVE_DELAY_MS) return ++heldBack;
      return realSetTimeout(handler, timeout, ...args);
    }) as typeof window.setTimeout;
  });

  afterEach(() => {
    window.setTimeout = realSetTimeout;
  });

  it('does not bring back words cleared before they were saved', async () => {
    const ns = freshNamespace();
    const field = await typed(ns, 'Second thoughts');
    const el = field.getRootNode() as ShadowRoot;
    el.querySelector<HTMLButtonElement>('.ui-clear')!.click();
    await (el.host as LpReflection).updateComplete;
    el.querySelector<HTMLButtonElement>('.ui-confirm-clear')!.click();
    await waitUntil(() => statusTexts(el.host as LpReflection)[0] === 'Answer cleared', 'the answer was not cleared', { timeout: 5000 });
    (el.host as LpReflection).remove();
    // The next visit.
    const again = await fixture<LpReflection>(html`<lp-reflection .block=${block} pack="p" unit="u" storage-namespace=${ns}></lp-reflection>`);
    await waitUntil(() => textareas(again).length > 0 && !statusTexts(again).some((s) => s.startsWith('Loading')), 'the answer did not load', { timeout: 8000 });
    await aTimeout(100);
    expect(textareas(again)[0].value).to.equal('');
    expect(await saved(ns)).to.equal(undefined);
  });
});
