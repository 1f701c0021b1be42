/**
 * Faults injected in the browser: slow, failing and refused storage, elements
 * moved mid-save, a namespace changed, drafts left behind, two pages editing
 * one answer. Each test is something a learner would notice.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReflectionBlock } from '../../src/content/model.js';
import '../../src/elements/lp-reflection.js';
import type { LpReflection } from '../../src/elements/lp-reflection.js';
import { getResponse, responseStore, setResponse } from '../../src/store/responses.js';
import { publish } from '../../src/store/sync.js';
import { freshNamespace, refuseStorage, replaceOpen, statusTexts, text, textareas } from './helpers.js';

const block: ReflectionBlock = {
  type: 'reflection',
  id: '4.2.1',
  title: 'Joint practice development in your setting',
  required: false,
  introHtml: '<p>Think of a school or cluster you know well.</p>',
  prompts: [
    { id: 'in-place', html: 'What is <em>already</em> in place?', text: 'What is already in place?' },
    { id: 'further-work', html: 'What further work is needed?', text: 'What further work is needed?' },
  ],
  line: 1,
};
const KEY = 'mep-leadership/joint-practice-development/4.2.1/in-place';

function mount(ns: string, b: ReflectionBlock = block): Promise<LpReflection> {
  return fixture<LpReflection>(html`<lp-reflection .block=${b} pack="mep-leadership" unit="joint-practice-development" storage-namespace=${ns}></lp-reflection>`);
}

async function loaded(el: LpReflection): Promise<LpReflection> {
  await waitUntil(() => textareas(el).length > 0 && !statusTexts(el).some((s) => s.startsWith('Loading')), 'answers did not load', { timeout: 8000 });
  return el;
}

async function typeInto(field: HTMLTextAreaElement, words: string): Promise<void> {
  field.focus();
  await sendKeys({ type: words });
}

/** Writes straight to IndexedDB on a connection of its own, as another tab that this page did not hear would. */
async function savedElsewhere(ns: string, key: string, value: string, updatedAt: string): Promise<void> {
  const [pack, unit, activity, item] = key.split('/');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(ns);
    r.onupgradeneeded = () => r.result.createObjectStore('responses');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction('responses', 'readwrite');
    tx.objectStore('responses').put({ key, pack, unit, activity, item, value, updatedAt, schemaVersion: 2 }, key);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

const liveRegion = (el: LpReflection) => el.shadowRoot!.querySelector('.ui-visually-hidden[role="status"]')?.textContent?.trim() ?? '';

/** IndexedDB opens only after `ms`: slow storage. */
function delayOpen(ms: number): () => void {
  return replaceOpen(function (real, name, version) {
    const fake = {} as IDBOpenDBRequest & Record<string, unknown>;
    setTimeout(() => {
      const request = real.call(this, name, version);
      for (const type of ['upgradeneeded', 'success', 'error', 'blocked'] as const) {
        request.addEventListener(type, (e) => {
          Object.defineProperty(fake, 'result', { value: request.result, configurable: true });
          Object.defineProperty(fake, 'error', { value: request.error, configurable: true });
          (fake[`on${type}`] as ((e: Event) => void) | undefined)?.(e);
        });
      }
    }, ms);
    return fake;
  });
}

describe('durability: the saved answer and the box', () => {
  it('keeps the box locked, saying "Loading your answer…", until the saved answer arrives, so typing cannot overwrite it', async () => {
    const other = freshNamespace();
    await savedElsewhere(other, KEY, 'Peer observation already runs', new Date().toISOString());
    const restoreSlow = delayOpen(4000);
    let el: LpReflection;
    try {
      el = await mount(other);
      await aTimeout(100);
      expect(statusTexts(el)[0]).to.equal('Loading your answer…');
      const field = textareas(el)[0];
      expect(field.readOnly).to.equal(true);
      await typeInto(field, 'early');
      expect(field.value).to.equal('');
    } finally {
      restoreSlow();
    }
    await loaded(el);
    expect(textareas(el)[0].value).to.equal('Peer observation already runs');
    await el.flush();
    expect((await getResponse(KEY, responseStore(other)))?.value).to.equal('Peer observation already runs');
  });

  it('never lets a save overwrite the stored answer when loading it failed, and says so', async () => {
    const ns = freshNamespace();
    await setResponse(KEY, 'Coaching triads', responseStore(ns));
    const get = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = () => {
      throw new DOMException('Read failed', 'UnknownError');
    };
    let el: LpReflection;
    try {
      el = await mount(ns);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no alert for the failed load');
      const field = textareas(el)[0];
      expect(field.readOnly).to.equal(true);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      await typeInto(field, 'Replaced');
      field.blur();
      await el.flush();
    } finally {
      IDBObjectStore.prototype.get = get;
    }
    expect(text(el.shadowRoot, '[role="alert"]')).to.contain('could not be loaded');
    expect((await getResponse(KEY, responseStore(ns)))?.value).to.equal('Coaching triads');
    // "Try again" loads it once storage works.
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again')!.click();
    await waitUntil(() => textareas(el)[0].value === 'Coaching triads', 'the answer did not load on "Try again"');
    expect(textareas(el)[0].readOnly).to.equal(false);
  });

  it('shows the newest text after the element is moved in the middle of a save', async () => {
    const ns = freshNamespace();
    // No draft to fall back on: localStorage refuses writes (as in some private windows).
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await movedMidSave(ns);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  async function movedMidSave(ns: string): Promise<void> {
    await setResponse(KEY, 'old text', responseStore(ns));
    const el = await loaded(await mount(ns));
    const field = textareas(el)[0];
    field.focus();
    field.select();
    await sendKeys({ type: 'new' });
    // One save is on its way when the learner types on; then the element is moved at once:
    // the second save starts on disconnect, the re-read on reconnect.
    void el.flush();
    await sendKeys({ type: ' text' });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await loaded(el);
    await aTimeout(300);
    expect(textareas(el)[0].value).to.equal('new text');
    expect((await getResponse(KEY, responseStore(ns)))?.value).to.equal('new text');
  }

  it('shows the answers of the new storage namespace when storage-namespace changes', async () => {
    const a = freshNamespace();
    const b = freshNamespace();
    await setResponse(KEY, 'kept in A', responseStore(a));
    await setResponse(KEY, 'kept in B', responseStore(b));
    const el = await loaded(await mount(a));
    expect(textareas(el)[0].value).to.equal('kept in A');
    el.storageNamespace = b;
    await waitUntil(() => textareas(el)[0].value === 'kept in B', 'the answer of the new namespace did not appear', { timeout: 5000 });
    await typeInto(textareas(el)[0], ' and more');
    await el.flush();
    expect((await getResponse(KEY, responseStore(b)))?.value).to.equal('kept in B and more');
    expect((await getResponse(KEY, responseStore(a)))?.value).to.equal('kept in A');
  });

  it('stops listening for pagehide and visibilitychange when a prompt is removed', async () => {
    const added = { pagehide: 0, visibilitychange: 0 };
    const wAdd = window.addEventListener;
    const wRemove = window.removeEventListener;
    const dAdd = document.addEventListener;
    const dRemove = document.removeEventListener;
    const count = (type: string, n: number) => {
      if (type in added) added[type as keyof typeof added] += n;
    };
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      count(type, 1);
      return (wAdd as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      count(type, -1);
      return (wRemove as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      count(type, 1);
      return (dAdd as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.addEventListener;
    document.removeEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      count(type, -1);
      return (dRemove as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.removeEventListener;
    try {
      const el = await loaded(await mount(freshNamespace()));
      expect(added).to.deep.equal({ pagehide: 2, visibilitychange: 2 });
      el.block = { ...block, prompts: block.prompts.slice(0, 1) };
      await el.updateComplete;
      expect(added).to.deep.equal({ pagehide: 1, visibilitychange: 1 });
      el.remove();
      expect(added).to.deep.equal({ pagehide: 0, visibilitychange: 0 });
    } finally {
      window.addEventListener = wAdd;
      window.removeEventListener = wRemove;
      document.addEventListener = dAdd;
      document.removeEventListener = dRemove;
    }
  });
});

describe('durability: drafts left in this browser', () => {
  const draftName = (ns: string) => `${ns}:draft:${KEY}`;

  it('ignores and removes a draft older than two weeks', async () => {
    const ns = freshNamespace();
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000).toISOString();
    localStorage.setItem(draftName(ns), JSON.stringify({ value: 'a forgotten draft', updatedAt: old }));
    localStorage.setItem(`${ns}:draft:p/u/other/x`, JSON.stringify({ value: 'another forgotten one', updatedAt: old }));
    const el = await loaded(await mount(ns));
    expect(textareas(el)[0].value).to.equal('');
    expect(localStorage.getItem(draftName(ns))).to.equal(null);
    // Drafts of other activities are cleaned up too, not left to pile up in the site's storage.
    expect(localStorage.getItem(`${ns}:draft:p/u/other/x`)).to.equal(null);
  });

  it('does not bring back an answer deleted elsewhere from a draft typed over it', async () => {
    const ns = freshNamespace();
    const saved = await setResponse(KEY, 'first version', responseStore(ns));
    // A tab typed over the saved answer and closed before saving; then the answer was deleted.
    localStorage.setItem(draftName(ns), JSON.stringify({ value: 'first version, edited', updatedAt: new Date().toISOString(), base: saved.updatedAt }));
    const store = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open(ns);
      r.onsuccess = () => resolve(r.result);
    });
    await new Promise((resolve) => {
      const tx = store.transaction('responses', 'readwrite');
      tx.objectStore('responses').delete(KEY);
      tx.oncomplete = resolve;
    });
    store.close();
    const el = await loaded(await mount(ns));
    await aTimeout(100);
    expect(textareas(el)[0].value).to.equal('');
    await el.flush();
    expect(await getResponse(KEY, responseStore(ns))).to.equal(undefined);
  });

  it('lets a newer saved answer win over an older draft, and clearing removes the draft', async () => {
    const ns = freshNamespace();
    localStorage.setItem(draftName(ns), JSON.stringify({ value: 'older draft', updatedAt: new Date(Date.now() - 60_000).toISOString() }));
    await setResponse(KEY, 'newer saved answer', responseStore(ns));
    const el = await loaded(await mount(ns));
    expect(textareas(el)[0].value).to.equal('newer saved answer');
    await typeInto(textareas(el)[0], ' plus');
    expect(localStorage.getItem(draftName(ns))).to.not.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.ui-clear')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.ui-confirm-clear')!.click();
    await waitUntil(() => statusTexts(el)[0] === 'Answer cleared');
    expect(localStorage.getItem(draftName(ns))).to.equal(null);
  });
});

describe('durability: what the learner hears and sees', () => {
  it('never announces "Saving…" while typing, says "Saved" on leaving the box, and shows the time', async () => {
    const ns = freshNamespace();
    const el = await loaded(await mount(ns));
    const heard: string[] = [];
    const live = el.shadowRoot!.querySelector('.ui-visually-hidden[role="status"]')!;
    new MutationObserver(() => heard.push(live.textContent!.trim())).observe(live, { childList: true, subtree: true, characterData: true });
    const field = textareas(el)[0];
    await typeInto(field, 'Lesson study');
    await aTimeout(900);
    await sendKeys({ type: ' in pairs' });
    await waitUntil(() => statusTexts(el)[0].startsWith('Saved in this browser at'), 'no visible saved time', { timeout: 5000 });
    expect(heard.filter(Boolean)).to.deep.equal([]);
    const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(new Date());
    expect(statusTexts(el)[0]).to.equal(`Saved in this browser at ${time}`);
    // The visible copy is not read twice; the box's description carries it.
    expect(el.shadowRoot!.querySelector('.ui-status')!.getAttribute('aria-hidden')).to.equal('true');
    field.blur();
    await waitUntil(() => liveRegion(el) === 'Saved', '"Saved" was not announced on leaving the box');
    expect(heard.filter(Boolean)).to.deep.equal(['Saved']);

    const again = await loaded(await mount(ns));
    expect(statusTexts(again)[0]).to.equal(`Last saved in this browser at ${time}`);
    const described = textareas(again)[0].getAttribute('aria-describedby')!.split(' ').map((id) => text(again.shadowRoot, `#${id}`));
    expect(described).to.include(`Last saved in this browser at ${time}`);
  });

  it('says inside the activity that answers save by themselves and stay in this browser', async () => {
    const el = await loaded(await mount(freshNamespace()));
    expect(text(el.shadowRoot, '.ui-saves')).to.equal('Your answers save by themselves as you type, and stay in this browser on this device.');
  });

  it('raises an alert tied to the box when a save fails, tries again, and "Try again" saves it', async () => {
    const ns = freshNamespace();
    const el = await loaded(await mount(ns));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const field = textareas(el)[0];
    try {
      const failed = oneEvent(el, 'lp-error');
      await typeInto(field, 'Coaching');
      await el.flush();
      expect((await failed).detail.code).to.equal('save-failed');
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('storage is full');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')!.split(' ')).to.include(alert.id);
      expect(field.value).to.equal('Coaching');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again')!.click();
    await waitUntil(() => statusTexts(el)[0].startsWith('Saved'), 'Try again did not save');
    expect(field.hasAttribute('aria-invalid')).to.equal(false);
    expect((await getResponse(KEY, responseStore(ns)))?.value).to.equal('Coaching');
  });

  it('says so when a save is still pending after a few seconds', async function () {
    this.timeout(40000);
    const ns = freshNamespace();
    const el = await loaded(await mount(ns));
    // Another connection holds the object store in a long write: our save has to wait.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open(ns);
      r.onsuccess = () => resolve(r.result);
    });
    await typeInto(textareas(el)[0], 'Slow disk');
    await el.flush();
    await sendKeys({ type: ' drive' });
    const until = Date.now() + 10000;
    const tx = db.transaction('responses', 'readwrite');
    const busy = () => {
      if (Date.now() < until) tx.objectStore('responses').get('nothing').onsuccess = busy;
    };
    busy();
    textareas(el)[0].blur();
    await waitUntil(() => statusTexts(el)[0].startsWith('Still saving'), 'a slow save was not reported', { timeout: 9000 });
    expect(textareas(el)[0].value).to.equal('Slow disk drive');
    await waitUntil(() => statusTexts(el)[0].startsWith('Saved'), 'the slow save did not finish', { timeout: 15000 });
    db.close();
  });

  it('cancels the "clear this answer?" question with Escape', async () => {
    const el = await loaded(await mount(freshNamespace()));
    await typeInto(textareas(el)[0], 'Triads');
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.ui-clear')!.click();
    await el.updateComplete;
    await aTimeout(50);
    expect(root.querySelector('.ui-confirm')).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root.querySelector('.ui-confirm')).to.equal(null);
    expect(root.activeElement?.className).to.equal('ui-clear');
    expect(textareas(el)[0].value).to.equal('Triads');
  });

  it('keeps answers for the session, says they will not be kept, and offers the download when IndexedDB cannot be opened', async () => {
    const restore = refuseStorage();
    const ns = freshNamespace();
    try {
      const el = await loaded(await mount(ns));
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no message about answers not being kept');
      expect(text(el.shadowRoot, '[role="alert"]')).to.contain('they will be lost when you leave or reload');
      expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent?.trim())).to.include('Download my answers');
      await typeInto(textareas(el)[0], 'Kept for now');
      await el.flush();
      expect(statusTexts(el)[0]).to.match(/^Saved/);
      // Another element of the same page sees it for the rest of the visit.
      el.remove();
      const again = await loaded(await mount(ns));
      expect(textareas(again)[0].value).to.equal('Kept for now');
    } finally {
      restore();
    }
  });
});

describe('durability: keys and author ids', () => {
  it('shows an error box, not a box saving under the wrong key, when the activity is not told its pack and unit', async () => {
    const el = document.createElement('lp-reflection');
    el.block = block;
    const failed = oneEvent(el, 'lp-error');
    document.body.append(el);
    try {
      expect((await failed).detail.code).to.equal('invalid-key');
      await el.updateComplete;
      expect(text(el.shadowRoot, '[role="alert"]')).to.contain('This activity cannot keep answers.');
      expect(textareas(el)).to.have.length(0);
    } finally {
      el.remove();
    }
  });

  it('refuses a pack holding a "/", which would shift every part of the key', async () => {
    const el = await fixture<LpReflection>(html`<lp-reflection .block=${block} pack="a/b" unit="u" storage-namespace=${freshNamespace()}></lp-reflection>`);
    await el.updateComplete;
    expect(text(el.shadowRoot, '[role="alert"]')).to.contain('This activity cannot keep answers.');
    expect(textareas(el)).to.have.length(0);
  });

  it('saves an activity with no prompts under pack/unit/activity', async () => {
    const ns = freshNamespace();
    const el = await loaded(await mount(ns, { ...block, prompts: [] }));
    await typeInto(textareas(el)[0], 'One answer');
    await el.flush();
    expect((await getResponse('mep-leadership/joint-practice-development/4.2.1', responseStore(ns)))?.value).to.equal('One answer');
  });

  it('keeps its label, description and focus when the author intro uses the element’s own ids', async function () {
    this.timeout(40000);
    const hostile: ReflectionBlock = {
      ...block,
      introHtml:
        '<p id="ui-field-0">Intro</p><p id="ui-count-0">Answers in this box are sent to your tutor</p>' +
        '<p id="ui-hint-0">hint</p><a id="ui-cancel-clear-0" href="https://example.org/">Link</a><a id="ui-clear-0" href="#">x</a>' +
        '<p id="field-0">f</p><p id="count-0">c</p><a id="cancel-clear-0" href="https://example.org/">l</a>',
    };
    const el = await loaded(await mount(freshNamespace(), hostile));
    const field = textareas(el)[0];
    expect(field.labels?.[0]?.textContent?.trim()).to.equal('What is already in place?');
    expect(field.labels).to.have.length(1);
    await typeInto(field, 'Two words');
    await el.updateComplete;
    const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => text(el.shadowRoot, `#${CSS.escape(id)}`));
    expect(described).to.include('2 words.');
    expect(described.join(' ')).to.not.contain('tutor');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.ui-clear')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Keep my answer');
    await expect(el).to.be.accessible();
  });
});

describe('durability: two elements or pages on one answer', () => {
  it('shows a change saved in one element in the other within a second', async () => {
    const ns = freshNamespace();
    const a = await loaded(await mount(ns));
    const b = await loaded(await mount(ns));
    await typeInto(textareas(a)[0], 'Written in A');
    textareas(a)[0].blur();
    await a.flush();
    await waitUntil(() => textareas(b)[0].value === 'Written in A', 'B did not follow A', { timeout: 1000 });
  });

  it('never overwrites the text under the cursor: both versions are shown and the learner chooses', async () => {
    const ns = freshNamespace();
    const b = await loaded(await mount(ns));
    await typeInto(textareas(b)[0], 'Typing in B');
    // Another tab saves while the learner is still typing here.
    const updatedAt = new Date().toISOString();
    await savedElsewhere(ns, KEY, 'Saved in A', updatedAt);
    publish(ns, { key: KEY, value: 'Saved in A', updatedAt });
    await waitUntil(() => b.shadowRoot!.querySelector('.ui-conflict'), 'B did not show the other version', { timeout: 2000 });
    expect(textareas(b)[0].value).to.equal('Typing in B');
    expect(text(b.shadowRoot, '.ui-theirs')).to.equal('Saved in A');
    [...b.shadowRoot!.querySelectorAll('button')].find((x) => x.textContent?.trim() === 'Keep the text in the box')!.click();
    await waitUntil(async () => (await getResponse(KEY, responseStore(ns)))?.value === 'Typing in B', 'B’s choice was not saved');
  });

  it('never lets a page with old text overwrite a newer answer saved by a page it did not hear', async () => {
    const ns = freshNamespace();
    const a = await loaded(await mount(ns));
    await savedElsewhere(ns, KEY, 'Newer, from another tab', new Date(Date.now() + 1000).toISOString());
    await typeInto(textareas(a)[0], 'Stale tab');
    await a.flush();
    await waitUntil(() => a.shadowRoot!.querySelector('.ui-conflict'), 'no conflict shown');
    expect((await getResponse(KEY, responseStore(ns)))?.value).to.equal('Newer, from another tab');
    expect(textareas(a)[0].value).to.equal('Stale tab');
  });

  it('keeps two pages of one origin in step', async () => {
    const ns = freshNamespace();
    const frames = [0, 1].map((i) => {
      const f = document.createElement('iframe');
      f.title = `Page ${i + 1}`;
      f.src = `/test/pages/activity.html?ns=${ns}&key=p/u/a/b`;
      document.body.append(f);
      return f;
    });
    try {
      const field = (f: HTMLIFrameElement) => {
        const r = f.contentDocument?.querySelector('lp-reflection');
        const t = r?.shadowRoot?.querySelector('textarea');
        return t && !t.readOnly ? t : undefined;
      };
      await waitUntil(() => frames.every(field), 'pages did not load', { timeout: 8000 });
      field(frames[0])!.focus();
      await aTimeout(100);
      await sendKeys({ type: 'From page one' });
      field(frames[0])!.blur();
      await waitUntil(() => field(frames[1])!.value === 'From page one', 'page two did not follow', { timeout: 3000 });
    } finally {
      for (const f of frames) f.remove();
    }
  });
});
