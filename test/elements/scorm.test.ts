// The SCORM launch page in a frame, under a page holding a real SCORM run time
// (scorm-again) as an LMS would: the session opens, progress, completion,
// answers and session time reach the LMS, and answers come back from it.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type Scorm12Type from 'scorm-again/scorm12';
import type Scorm2004Type from 'scorm-again/scorm2004';
import type { LpPack } from '../../src/elements/lp-pack.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import { makeRecord, responseStore, type ResponseRecord } from '../../src/store/responses.js';
import { packAnswers, unpackAnswers } from '../../src/embed/suspend.js';
import { reflectionIn, textareas, unitReady } from './helpers.js';

// The ES modules export the classes by name; the package's types declare a default export.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12Type };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof Scorm2004Type };

const NAMESPACE = 'lp-test-scorm';
const store = responseStore(NAMESPACE);

type Api = InstanceType<typeof Scorm12API> | InstanceType<typeof Scorm2004API>;
interface Lms {
  api: Api;
  /** Every value the package set, in order: [element, value]. */
  sets: [string, string][];
  calls: string[];
}

const win = window as unknown as Record<string, unknown>;

function lms(version: '1.2' | '2004', cmi?: Record<string, unknown>): Lms {
  delete win.API;
  delete win.API_1484_11;
  const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  if (cmi) api.loadFromJSON(cmi);
  const record: Lms = { api, sets: [], calls: [] };
  const prefix = version === '1.2' ? 'LMS' : '';
  api.on(`${prefix}SetValue.cmi.*`, (element: string, value: string) => record.sets.push([element, String(value)]));
  for (const call of version === '1.2' ? ['LMSInitialize', 'LMSCommit', 'LMSFinish'] : ['Initialize', 'Commit', 'Terminate']) {
    api.on(call, () => record.calls.push(call));
  }
  win[version === '1.2' ? 'API' : 'API_1484_11'] = api;
  return record;
}

const lastSet = (l: Lms, element: string) => l.sets.filter(([e]) => e === element).at(-1)?.[1];

let frame: HTMLIFrameElement | undefined;

async function launch(page = '/test/pages/embed-scorm-launch.html'): Promise<{ doc: Document; pack: LpPack }> {
  frame = document.createElement('iframe');
  frame.title = 'The course';
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = page;
  document.body.append(frame);
  const f = frame;
  await waitUntil(() => f.contentDocument?.querySelector<LpPack>('lp-pack')?.shadowRoot?.querySelector('lp-unit'), 'the pack did not load', { timeout: 10000 });
  const doc = f.contentDocument!;
  return { doc, pack: doc.querySelector<LpPack>('lp-pack')! };
}

async function answer(pack: LpPack, unitId: string, activity: string, words: string): Promise<void> {
  await pack.show(unitId);
  const unit = await unitReady(pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!);
  const box = textareas(await reflectionIn(unit, activity))[0];
  box.focus();
  await sendKeys({ type: words });
  box.blur();
}

async function local(): Promise<ResponseRecord[]> {
  return store.list();
}

async function saveLocally(key: string, value: string, updatedAt: string): Promise<void> {
  await store.put(makeRecord(key, value, {}, updatedAt));
}

describe('SCORM launch page', () => {
  beforeEach(async () => {
    for (const r of await store.list()) await store.delete(r.key);
    localStorage.clear();
  });
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    delete win.API;
    delete win.API_1484_11;
  });

  it('opens a 2004 session found in the parent window, reports progress as answers are written, and mirrors them', async () => {
    const l = lms('2004');
    const { pack } = await launch();
    expect(l.calls[0]).to.equal('Initialize');
    expect(lastSet(l, 'cmi.completion_status')).to.equal('incomplete');
    await answer(pack, 'practice', '2.1.1', 'Paired planning');
    await waitUntil(() => lastSet(l, 'cmi.progress_measure') === String(Number((1 / 3).toFixed(4))), 'no progress reported', { timeout: 5000 });
    expect(l.calls).to.include('Commit');
    // Progress is reported on the first saved letters; the whole answer follows with the save on leaving the box.
    const kept = () => unpackAnswers(lastSet(l, 'cmi.suspend_data') ?? '').map((a) => [a.key, a.value]);
    await waitUntil(() => kept()[0]?.[1] === 'Paired planning', `the whole answer was not mirrored: ${JSON.stringify(kept())}`, { timeout: 5000 });
    expect(kept()).to.deep.equal([['test-pack/practice/2.1.1/tried', 'Paired planning']]);
    expect(l.calls.at(-1)).to.equal('Commit');
  });

  it('reports 1.2 completion once every unit is complete, then session time and the end of the session on leaving', async () => {
    await saveLocally('test-pack/welcome/1.1.1/hopes', 'to plan better lessons', '2026-01-01T00:00:00.000Z');
    // The unit without activities was read to its end in an earlier session.
    localStorage.setItem(`${NAMESPACE}:read-to-end:test-pack`, JSON.stringify(['reading']));
    const l = lms('1.2');
    const { pack } = await launch();
    expect(l.calls[0]).to.equal('LMSInitialize');
    expect(lastSet(l, 'cmi.core.lesson_status')).to.equal('incomplete');
    await answer(pack, 'practice', '2.1.1', 'Paired planning');
    await waitUntil(() => lastSet(l, 'cmi.core.lesson_status') === 'completed', 'completion not reported', { timeout: 5000 }).catch((e) => {
      throw new Error(`${e.message}: ${JSON.stringify(l.sets.filter(([k]) => k !== 'cmi.suspend_data'))} ${pack.shadowRoot!.querySelector('lp-progress')!.shadowRoot!.textContent}`);
    });
    frame!.src = 'about:blank';
    await waitUntil(() => l.calls.includes('LMSFinish'), 'the session did not end', { timeout: 5000 });
    expect(lastSet(l, 'cmi.core.session_time')).to.match(/^\d{4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(lastSet(l, 'cmi.core.exit')).to.equal('');
    expect(l.calls.at(-2)).to.equal('LMSCommit');
    expect(l.api.isTerminated()).to.equal(true);
  });

  it('puts back the answers the LMS kept when this browser has none, and shows them', async () => {
    const data = packAnswers([{ key: 'test-pack/practice/2.1.1/tried', value: 'Kept by the LMS', updatedAt: '2026-02-01T10:00:00.000Z' }], 64000).data;
    lms('2004', { suspend_data: data });
    const { pack } = await launch();
    await pack.show('practice');
    const unit = await unitReady(pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!);
    const box = textareas(await reflectionIn(unit, '2.1.1'))[0];
    expect(box.value).to.equal('Kept by the LMS');
    expect((await local()).map((r) => [r.key, r.value, r.updatedAt])).to.deep.equal([
      ['test-pack/practice/2.1.1/tried', 'Kept by the LMS', '2026-02-01T10:00:00.000Z'],
    ]);
  });

  it('keeps this browser\'s answers over the LMS copy when it has some', async () => {
    await saveLocally('test-pack/practice/2.1.1/tried', 'Written here', '2026-03-01T10:00:00.000Z');
    const data = packAnswers([{ key: 'test-pack/practice/2.1.1/tried', value: 'Older, from the LMS', updatedAt: '2026-02-01T10:00:00.000Z' }], 64000).data;
    const l = lms('2004', { suspend_data: data });
    const { pack } = await launch();
    await pack.show('practice');
    const unit = await unitReady(pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!);
    expect(textareas(await reflectionIn(unit, '2.1.1'))[0].value).to.equal('Written here');
    expect(unpackAnswers(lastSet(l, 'cmi.suspend_data') ?? '').map((a) => a.value)).to.deep.equal(['Written here']);
  });

  it('keeps 1.2 suspend data within 4,096 characters, the newest answers first, and tells the learner to export', async () => {
    const noise = (i: number) => Array.from({ length: 40 }, (_, j) => ((i * 7919 + j * 104729) % 65521).toString(36)).join(' ');
    for (let i = 0; i < 80; i++) {
      await saveLocally(`test-pack/practice/2.1.1/p${i}`, noise(i), new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString());
    }
    const l = lms('1.2');
    const { doc } = await launch();
    const data = lastSet(l, 'cmi.suspend_data') ?? '';
    expect(data.length).to.be.within(1, 4096);
    const kept = unpackAnswers(data).map((a) => a.key);
    expect(kept.length).to.be.within(1, 79);
    expect(kept).to.deep.equal(Array.from({ length: kept.length }, (_, i) => `test-pack/practice/2.1.1/p${79 - i}`));
    const notes = doc.getElementById('lp-notes')!;
    expect(notes.hidden).to.equal(false);
    expect(notes.textContent).to.contain(`${80 - kept.length} older answers are kept in this browser alone. Download your answers`);
  });

  it('works on its own, reporting nothing, when no LMS is there', async () => {
    const { pack } = await launch();
    await answer(pack, 'practice', '2.1.1', 'On my own');
    await waitUntil(async () => (await local()).some((r) => r.value === 'On my own'), 'the answer was not saved', { timeout: 5000 });
  });

  it('keeps the answers in suspend data alone when IndexedDB will not open in the frame, and puts them back on the next launch', async () => {
    const first = lms('2004');
    const { doc, pack } = await launch('/test/pages/embed-scorm-launch.html?storage=fails');
    expect(doc.getElementById('lp-notes')!.textContent).to.contain('This browser does not let the course keep your answers here. Your learning site keeps a copy');
    await answer(pack, 'practice', '2.1.1', 'Kept by the LMS alone');
    await waitUntil(() => unpackAnswers(lastSet(first, 'cmi.suspend_data') ?? '').some((a) => a.value === 'Kept by the LMS alone'), 'not mirrored', { timeout: 5000 });
    frame!.src = 'about:blank';
    await waitUntil(() => first.calls.includes('Terminate'), 'the session did not end', { timeout: 5000 });
    const data = lastSet(first, 'cmi.suspend_data')!;
    // Nothing reached this origin's IndexedDB.
    expect(await local()).to.deep.equal([]);
    frame!.remove();

    // The next launch, on another computer or in the same partitioned frame: only the LMS has the answer.
    const second = lms('2004', { suspend_data: data });
    const again = await launch('/test/pages/embed-scorm-launch.html?storage=fails');
    await again.pack.show('practice');
    const unit = await unitReady(again.pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!);
    const reflection = await reflectionIn(unit, '2.1.1');
    expect(textareas(reflection)[0].value).to.equal('Kept by the LMS alone');
    // Each activity says where the answers are kept, and does not say they will be lost.
    const warning = reflection.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(warning).to.contain('Your learning site keeps a copy of them while you work');
    expect(warning).to.not.contain('lost');
    // And the new session's suspend data still holds it.
    expect(unpackAnswers(lastSet(second, 'cmi.suspend_data') ?? '').map((a) => a.value)).to.deep.equal(['Kept by the LMS alone']);
  });

  it('writes its notes in the language of the launch page, as the pack is', async () => {
    lms('2004');
    const { doc } = await launch('/test/pages/embed-scorm-launch.html?storage=refused&lang=cy');
    expect(doc.getElementById('lp-notes')!.textContent).to.contain("Nid yw'r porwr hwn yn gadael i'r cwrs gadw eich atebion yma.");
  });

  it('tells the learner when the browser keeps no answers in the frame, and still opens the session', async () => {
    const l = lms('2004');
    const { doc, pack } = await launch('/test/pages/embed-scorm-launch.html?storage=refused');
    expect(l.calls[0]).to.equal('Initialize');
    const notes = doc.getElementById('lp-notes')!;
    expect(notes.hidden).to.equal(false);
    expect(notes.textContent).to.contain('This browser does not let the course keep your answers here. Your learning site keeps a copy');
    expect(pack.shadowRoot!.querySelector('.ui-pack-title')!.textContent).to.equal('A test course');
  });
});
