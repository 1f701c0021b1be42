/**
 * Saves that do not wait for a pause in typing: on leaving the box, on
 * `pagehide` and when the page is hidden. The pause-in-typing save is held for
 * every test here (as for a learner who leaves before it comes), so only the
 * save under test can put the text in IndexedDB; each test reads the record
 * back on a connection of its own, without calling `flush()`.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createStore, get } from 'idb-keyval';
import type { ReflectionBlock } from '../../src/content/model.js';
import '../../src/elements/lp-reflection.js';
import '../../src/elements/lp-checklist.js';
import type { LpReflection } from '../../src/elements/lp-reflection.js';
import type { LpChecklist } from '../../src/elements/lp-checklist.js';
import { SAVE_DELAY_MS } from '../../src/elements/controllers/response-controller.js';
import { freshNamespace, statusTexts, textareas } from './helpers.js';
import { selfAudit } from './sample-blocks.js';

const reflection: ReflectionBlock = {
  type: 'reflection',
  id: '4.2.1',
  title: 'Joint practice development in your setting',
  required: false,
  introHtml: '<p>Think of a school or cluster you know well.</p>',
  prompts: [{ id: 'in-place', html: 'What is already in place?', text: 'What is already in place?' }],
  line: 1,
};
const REFLECTION_KEY = 'mep-leadership/joint-practice-development/4.2.1/in-place';

const NOTE_KEY = 'mep-leadership/the-ten-processes/4.3.2/1-note';

/** The record as committed to the namespace's database, read on a connection of its own. */
async function committed(ns: string, key: string): Promise<string | undefined> {
  const record = await get<{ value: string }>(key, createStore(ns, 'responses'));
  return record?.value;
}

async function waitForCommit(ns: string, key: string, value: string, what: string): Promise<void> {
  let found: string | undefined;
  try {
    await waitUntil(async () => (found = await committed(ns, key)) === value, what, { timeout: 3000 });
  } catch (e) {
    throw new Error(`${what}: IndexedDB holds ${JSON.stringify(found)}`, { cause: e });
  }
}

/** Holds every save that waits for a pause in typing, until `release()`. */
function holdPauseSaves(): () => void {
  const real = window.setTimeout;
  const held = (handler: TimerHandler, delay?: number, ...rest: unknown[]): number =>
    // A timer that never fires: the learner acts before the pause in typing is over.
    delay === SAVE_DELAY_MS ? real(() => undefined, 2 ** 31 - 1) : real(handler, delay, ...(rest as []));
  window.setTimeout = held as unknown as typeof window.setTimeout;
  return () => (window.setTimeout = real);
}

/** Makes the page hidden, as switching tab or app does, then visible again. */
function hidePage(): void {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  Object.defineProperty(document, 'hidden', { value: true, configurable: true });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
  } finally {
    delete (document as unknown as Record<string, unknown>).visibilityState;
    delete (document as unknown as Record<string, unknown>).hidden;
  }
}

async function mountReflection(ns: string): Promise<LpReflection> {
  const el = await fixture<LpReflection>(html`<lp-reflection .block=${reflection} pack="mep-leadership" unit="joint-practice-development"
    storage-namespace=${ns}></lp-reflection>`);
  await waitUntil(() => textareas(el).length > 0 && !statusTexts(el).some((s) => s.startsWith('Loading')), 'answers did not load', { timeout: 8000 });
  return el;
}

async function mountChecklist(ns: string): Promise<LpChecklist> {
  const el = await fixture<LpChecklist>(html`<lp-checklist .block=${selfAudit} pack="mep-leadership" unit="the-ten-processes"
    storage-namespace=${ns}></lp-checklist>`);
  await waitUntil(() => noteOf(el) && [...el.shadowRoot!.querySelectorAll('input')].every((i) => !i.disabled), 'answers did not load', { timeout: 8000 });
  return el;
}

const noteOf = (el: LpChecklist) => el.shadowRoot?.querySelector<HTMLTextAreaElement>('#ui-note-0');

describe('durability: saves that do not wait for a pause in typing', () => {
  let release: () => void;
  beforeEach(() => (release = holdPauseSaves()));
  afterEach(() => release());

  it('commits a reflection to IndexedDB when the learner leaves the box', async () => {
    const ns = freshNamespace();
    const el = await mountReflection(ns);
    const field = textareas(el)[0];
    field.focus();
    await sendKeys({ type: 'Lesson study in pairs' });
    expect(await committed(ns, REFLECTION_KEY)).to.equal(undefined);
    field.blur();
    await waitForCommit(ns, REFLECTION_KEY, 'Lesson study in pairs', 'leaving the box did not save');
    await waitUntil(() => statusTexts(el)[0].startsWith('Saved in this browser'), 'no "Saved" shown');
  });

  it('commits a reflection on pagehide, with the learner still in the box', async () => {
    const ns = freshNamespace();
    const el = await mountReflection(ns);
    const field = textareas(el)[0];
    field.focus();
    await sendKeys({ type: 'Closing the tab now' });
    expect(await committed(ns, REFLECTION_KEY)).to.equal(undefined);
    window.dispatchEvent(new Event('pagehide'));
    await waitForCommit(ns, REFLECTION_KEY, 'Closing the tab now', 'pagehide did not save');
    expect(el.shadowRoot!.activeElement).to.equal(field);
  });

  it('commits a reflection when the page is hidden, with the learner still in the box', async () => {
    const ns = freshNamespace();
    const el = await mountReflection(ns);
    const field = textareas(el)[0];
    field.focus();
    await sendKeys({ type: 'Switching to another app' });
    expect(await committed(ns, REFLECTION_KEY)).to.equal(undefined);
    hidePage();
    await waitForCommit(ns, REFLECTION_KEY, 'Switching to another app', 'hiding the page did not save');
    expect(el.shadowRoot!.activeElement).to.equal(field);
  });

  it('does not save on visibilitychange while the page stays visible', async () => {
    const ns = freshNamespace();
    const el = await mountReflection(ns);
    textareas(el)[0].focus();
    await sendKeys({ type: 'Still here' });
    document.dispatchEvent(new Event('visibilitychange'));
    // The pause-in-typing save is held and the page is visible: nothing is written.
    await aTimeout(300);
    expect(await committed(ns, REFLECTION_KEY)).to.equal(undefined);
    window.dispatchEvent(new Event('pagehide'));
    await waitForCommit(ns, REFLECTION_KEY, 'Still here', 'pagehide did not save');
  });

  it('commits a checklist note when the learner leaves it', async () => {
    const ns = freshNamespace();
    const el = await mountChecklist(ns);
    const note = noteOf(el)!;
    note.focus();
    await sendKeys({ type: 'Seen at the cluster meeting' });
    expect(await committed(ns, NOTE_KEY)).to.equal(undefined);
    note.blur();
    await waitForCommit(ns, NOTE_KEY, 'Seen at the cluster meeting', 'leaving the note did not save');
  });

  it('commits a checklist note on pagehide and when the page is hidden', async () => {
    const ns = freshNamespace();
    const el = await mountChecklist(ns);
    const note = noteOf(el)!;
    note.focus();
    await sendKeys({ type: 'Minutes of May' });
    window.dispatchEvent(new Event('pagehide'));
    await waitForCommit(ns, NOTE_KEY, 'Minutes of May', 'pagehide did not save the note');
    await sendKeys({ type: ' and June' });
    hidePage();
    await waitForCommit(ns, NOTE_KEY, 'Minutes of May and June', 'hiding the page did not save the note');
  });
});
