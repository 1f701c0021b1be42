import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/lp-pack.js';
import type { LpPack } from '../../src/elements/lp-pack.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import { setResponse, responseStore } from '../../src/store/responses.js';
import { freshNamespace, hangStorage, reflectionIn, text, textareas, unitReady } from './helpers.js';

const PACK = '/test/fixtures/pack/pack.yaml';

async function pack(
  attrs: { ns?: string; unit?: string; packs?: string; routing?: string } = {},
): Promise<{ el: LpPack; root: ShadowRoot; ns: string }> {
  const ns = attrs.ns ?? freshNamespace();
  const el = await fixture<LpPack>(html`<lp-pack src=${PACK} storage-namespace=${ns} unit=${attrs.unit ?? ''}
    packs=${attrs.packs ?? ''} routing=${attrs.routing ?? 'none'}></lp-pack>`);
  await waitUntil(() => el.shadowRoot?.querySelector('lp-unit, .ui-error-box'), 'the pack did not load', { timeout: 8000 });
  return { el, root: el.shadowRoot!, ns };
}

async function shownUnit(root: ShadowRoot): Promise<ShadowRoot> {
  return unitReady(root.querySelector<LpUnit>('lp-unit')!);
}

const entries = (root: ShadowRoot) =>
  [...root.querySelectorAll('.ui-entry')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('lp-pack', () => {
  const address = location.pathname + location.search;
  const title = document.title;
  afterEach(() => {
    history.replaceState(null, '', address);
    document.title = title;
  });

  it('passes an accessibility audit with its contents and first unit', async () => {
    const { el, root } = await pack();
    await shownUnit(root);
    await expect(el).to.be.accessible();
  });

  it('lists the parts and units in order, each with its state in words, and shows the first unit', async () => {
    const { root } = await pack();
    expect(text(root, '.ui-pack-title')).to.equal('A test course');
    expect([...root.querySelectorAll('.ui-part')].map((h) => h.textContent)).to.deep.equal([
      'Part 1: Getting started',
      'Part 2: Practice',
    ]);
    expect(entries(root)).to.deep.equal([
      '○ 1.1 Welcome Not started',
      '○ 2.1 Practice Not started',
      '○ 2.2 Further reading Not started',
    ]);
    const unit = await shownUnit(root);
    expect(text(unit, 'h1')).to.equal('Welcome');
    expect(root.querySelector('[aria-current="page"]')!.textContent).to.contain('Welcome');
    expect(text(root, 'lp-progress')).to.equal('');
    expect(text(root.querySelector('lp-progress')!.shadowRoot, 'p')).to.equal('0 of 3 units complete');
  });

  it('shows "Loading the course…" until the pack has loaded', async () => {
    const el = document.createElement('lp-pack');
    el.setAttribute('src', PACK);
    el.setAttribute('routing', 'none');
    el.setAttribute('storage-namespace', freshNamespace());
    document.body.append(el);
    await el.updateComplete;
    expect(text(el.shadowRoot, '[role="status"]')).to.equal('Loading the course…');
    expect(el.shadowRoot!.querySelector('lp-unit')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.querySelector('lp-unit'), 'the pack did not load', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('.ui-loading')).to.equal(null);
    el.remove();
  });

  it('opens a unit chosen in the contents and puts the focus on its heading', async () => {
    const { el, root } = await pack();
    await shownUnit(root);
    const link = [...root.querySelectorAll<HTMLAnchorElement>('.ui-entry a')].find((a) => a.textContent!.includes('Further reading'))!;
    link.click();
    await waitUntil(() => el.unit === 'reading', 'did not open the unit', { timeout: 5000 });
    const unit = await shownUnit(root);
    expect(text(unit, 'h1')).to.equal('Further reading');
    await waitUntil(() => unit.activeElement?.tagName === 'H1', 'focus did not reach the heading', { timeout: 5000 });
    expect(link.getAttribute('aria-current')).to.equal('page');
  });

  it('moves to the next unit and puts the focus on its heading', async () => {
    const { root } = await pack();
    await shownUnit(root);
    const next = root.querySelector<HTMLAnchorElement>('.ui-next')!;
    expect(next.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Next unit 2.1 Practice');
    next.click();
    await waitUntil(() => root.querySelector<LpUnit>('lp-unit')!.unit?.meta.id === 'practice', 'did not move on', { timeout: 5000 });
    const unit = await shownUnit(root);
    await waitUntil(() => unit.activeElement?.tagName === 'H1', 'focus did not reach the heading', { timeout: 5000 });
    expect(text(root, '.ui-previous')).to.contain('1.1 Welcome');
  });

  it('counts a unit complete once its required activity is answered, and says so', async () => {
    const { el, root, ns } = await pack({ unit: 'practice' });
    const unit = await shownUnit(root);
    const activity = await reflectionIn(unit, '2.1.1');
    const completed = oneEvent(el, 'lp-unit-complete');
    const activityDone = oneEvent(el, 'lp-activity-complete');
    textareas(activity)[0].focus();
    await sendKeys({ type: 'Paired planning' });
    await activity.flush();
    expect((await activityDone).detail).to.deep.equal({ pack: 'test-pack', unit: 'practice', activity: '2.1.1' });
    expect((await completed).detail).to.deep.equal({ pack: 'test-pack', unit: 'practice' });
    await waitUntil(() => entries(root)[1] === '✓ 2.1 Practice Complete', entries(root).join(' | '));
    expect(text(root.querySelector('lp-progress')!.shadowRoot, 'p')).to.equal('1 of 3 units complete');
    expect(text(root, '[role="status"]')).to.equal('Unit 2.1 is complete.');
    // Progress comes from the saved answers: a fresh element finds it again.
    el.remove();
    const again = await pack({ ns, unit: 'welcome' });
    await waitUntil(() => entries(again.root)[1] === '✓ 2.1 Practice Complete', entries(again.root).join(' | '));
  });

  it('shows a unit in progress while an answer is short of its minimum words', async () => {
    const ns = freshNamespace();
    await setResponse('test-pack/welcome/1.1.1/hopes', 'More', responseStore(ns));
    const { root } = await pack({ ns });
    expect(entries(root)[0]).to.equal('◐ 1.1 Welcome In progress');
  });

  it('shows the course when IndexedDB never answers, and the units\' states once the answers come', async () => {
    const ns = freshNamespace();
    await setResponse('test-pack/welcome/1.1.1/hopes', 'More', responseStore(ns));
    // A store not opened yet in this page, so its first open is the one that hangs.
    const restore = hangStorage();
    let el: LpPack;
    try {
      el = await fixture<LpPack>(html`<lp-pack src=${PACK} storage-namespace=${ns + '-hung'} routing="none"></lp-pack>`);
      await waitUntil(() => el.shadowRoot?.querySelector('lp-unit'), 'the course was not shown', { timeout: 8000 });
    } finally {
      restore();
    }
    expect(entries(el.shadowRoot!)).to.deep.equal([
      '○ 1.1 Welcome Not started',
      '○ 2.1 Practice Not started',
      '○ 2.2 Further reading Not started',
    ]);
    expect(text(await shownUnit(el.shadowRoot!), 'h1')).to.equal('Welcome');
  });

  it('puts in the saved answers that arrive after the course is shown', async () => {
    const ns = freshNamespace();
    await setResponse('test-pack/welcome/1.1.1/hopes', 'More', responseStore(ns));
    // The answers take longer than the course waits for them.
    const store = responseStore(ns);
    const list = store.list.bind(store);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    store.list = async (...args) => {
      await held;
      return list(...args);
    };
    try {
      const el = await fixture<LpPack>(html`<lp-pack src=${PACK} storage-namespace=${ns} routing="none"></lp-pack>`);
      await waitUntil(() => el.shadowRoot?.querySelector('lp-unit'), 'the course was not shown', { timeout: 8000 });
      expect(entries(el.shadowRoot!)[0]).to.equal('○ 1.1 Welcome Not started');
      const progress = oneEvent(el, 'lp-progress');
      release();
      expect((await progress).detail).to.deep.equal({ pack: 'test-pack', completed: 0, total: 3 });
      await waitUntil(() => entries(el.shadowRoot!)[0] === '◐ 1.1 Welcome In progress', entries(el.shadowRoot!).join(' | '));
    } finally {
      release();
      delete (store as Partial<typeof store>).list;
    }
  });

  it('reports progress to the host page', async () => {
    const ns = freshNamespace();
    await setResponse('test-pack/welcome/1.1.1/hopes', 'To lead joint practice', responseStore(ns));
    const el = document.createElement('lp-pack');
    el.setAttribute('storage-namespace', ns);
    el.setAttribute('src', PACK);
    const progress = oneEvent(el, 'lp-progress');
    document.body.append(el);
    expect((await progress).detail).to.deep.equal({ pack: 'test-pack', completed: 1, total: 3 });
    el.remove();
  });

  it('opens where the learner left off', async () => {
    const ns = freshNamespace();
    const first = await pack({ ns });
    await shownUnit(first.root);
    first.root.querySelector<HTMLAnchorElement>('.ui-next')!.click();
    await waitUntil(() => first.el.unit === 'practice');
    first.el.remove();
    const again = await pack({ ns });
    const unit = await shownUnit(again.root);
    expect(text(unit, 'h1')).to.equal('Practice');
  });

  it('gives each unit an address, follows it, and goes back with the browser', async () => {
    history.replaceState(null, '', `${address}#/2.1`);
    const { el, root } = await pack({ routing: 'hash' });
    expect(text(await shownUnit(root), 'h1')).to.equal('Practice');
    expect(document.title).to.equal('2.1 Practice – A test course');
    root.querySelector<HTMLAnchorElement>('.ui-next')!.click();
    await waitUntil(() => el.unit === 'reading');
    expect(location.hash).to.equal('#/2.2');
    history.back();
    await waitUntil(() => el.unit === 'practice', 'the back button did not return to 2.1', { timeout: 5000 });
    expect(location.hash).to.equal('#/2.1');
  });

  it('leaves the host page\'s address alone with routing="none"', async () => {
    const { el, root } = await pack({ routing: 'none' });
    await shownUnit(root);
    root.querySelector<HTMLAnchorElement>('.ui-next')!.click();
    await waitUntil(() => el.unit === 'practice');
    expect(location.hash).to.equal('');
    expect(document.title).to.equal(title);
  });

  it('counts progress down again when an answer is cleared', async () => {
    const ns = freshNamespace();
    await setResponse('test-pack/practice/2.1.1/tried', 'Paired planning', responseStore(ns));
    const { root } = await pack({ ns, unit: 'practice' });
    expect(entries(root)[1]).to.equal('✓ 2.1 Practice Complete');
    const activity = await reflectionIn(await shownUnit(root), '2.1.1');
    activity.shadowRoot!.querySelector<HTMLButtonElement>('.ui-clear')!.click();
    await activity.updateComplete;
    activity.shadowRoot!.querySelector<HTMLButtonElement>('.ui-confirm-clear')!.click();
    await waitUntil(() => entries(root)[1] === '○ 2.1 Practice Not started', entries(root).join(' | '), { timeout: 5000 });
    expect(text(root.querySelector('lp-progress')!.shadowRoot, 'p')).to.equal('0 of 3 units complete');
  });

  it('counts a unit with no activity complete once the learner reaches its end', async function () {
    // WebKit's intersection observer sometimes misses the first scroll of a page under load.
    this.retries(2);
    // Listening before the pack is in the page: a short unit's end may be in view as soon as it renders.
    const el = document.createElement('lp-pack');
    for (const [name, value] of Object.entries({ src: PACK, unit: 'reading', routing: 'none', 'storage-namespace': freshNamespace() })) {
      el.setAttribute(name, value);
    }
    const done = oneEvent(el, 'lp-unit-complete');
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('.ui-end'), 'the pack did not load', { timeout: 8000 });
    // Scrolled to once the unit's text is in: before, the end marker sits under the heading, and the text then pushes it away.
    await shownUnit(el.shadowRoot!);
    el.shadowRoot!.querySelector('.ui-end')!.scrollIntoView();
    expect((await done).detail).to.deep.equal({ pack: 'test-pack', unit: 'reading' });
    await waitUntil(() => entries(el.shadowRoot!)[2] === '✓ 2.2 Further reading Complete', entries(el.shadowRoot!).join(' | '));
    el.remove();
  });

  it('does not count a long unit with no activity complete before the learner reaches its end', async () => {
    const el = document.createElement('lp-pack');
    for (const [name, value] of Object.entries({ src: '/test/fixtures/long-pack/pack.yaml', routing: 'none', 'storage-namespace': freshNamespace() })) {
      el.setAttribute(name, value);
    }
    let completed = 0;
    el.addEventListener('lp-unit-complete', () => completed++);
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('.ui-end'), 'the pack did not load', { timeout: 8000 });
    const unit = await shownUnit(el.shadowRoot!);
    expect(text(unit, 'h1')).to.equal('A long reading');
    // Time for any report of the end marker, from before and after the unit's text arrived.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(completed, 'complete before the learner read on').to.equal(0);
    expect(entries(el.shadowRoot!)[0]).to.equal('○ 1.1 A long reading Not started');
    const done = oneEvent(el, 'lp-unit-complete');
    el.shadowRoot!.querySelector('.ui-end')!.scrollIntoView();
    expect((await done).detail).to.deep.equal({ pack: 'long-pack', unit: 'long-reading' });
    el.remove();
  });

  it('skips past the contents to the unit from the keyboard', async () => {
    const { root } = await pack();
    await shownUnit(root);
    const skip = root.querySelector<HTMLButtonElement>('.ui-skip')!;
    // Out of sight, and not painted over the pack's title, until the keyboard reaches it.
    expect(skip.getBoundingClientRect().width, 'the skip link shows before it has the focus').to.be.at.most(1);
    skip.focus();
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(40);
    await sendKeys({ press: 'Enter' });
    expect(root.activeElement?.id).to.equal('ui-unit');
  });

  it('switches to another pack from the catalogue', async () => {
    const { el, root } = await pack({ packs: '/test/fixtures/pack/catalogue.json' });
    const change = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Change pack')!;
    expect(text(root, '.ui-switcher p')).to.equal('Wrong learning pack? Change pack');
    change.click();
    await el.updateComplete;
    expect(change.getAttribute('aria-expanded')).to.equal('true');
    const packButton = () => [...root.querySelectorAll<HTMLButtonElement>('.ui-switcher li button')].find((b) => b.textContent === 'Another course');
    await waitUntil(packButton, 'the catalogue did not load');
    const other = packButton()!;
    other.click();
    await waitUntil(() => text(el.shadowRoot, '.ui-pack-title') === 'Another course', 'did not switch', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot!.querySelector('lp-unit'));
    const unit = await shownUnit(el.shadowRoot!);
    expect(text(unit, '.ui-content')).to.equal('From a compiled unit.');
  });

  it('shows an error box, and tells the host page, when the pack cannot be found', async () => {
    const el = document.createElement('lp-pack');
    el.setAttribute('src', '/test/fixtures/pack/missing.yaml');
    const error = oneEvent(el, 'lp-error');
    document.body.append(el);
    expect((await error).detail.code).to.equal('load-failed');
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'));
    expect(text(el.shadowRoot, '[role="alert"]')).to.contain('This course could not be shown.');
    el.remove();
  });

  it('opens the unit the learner was in after a reload', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    frame.src = '/test/pages/pack.html';
    document.body.append(frame);
    const packIn = () => frame.contentDocument?.querySelector('lp-pack');
    const heading = () => packIn()?.shadowRoot?.querySelector<LpUnit>('lp-unit')?.shadowRoot?.querySelector('h1')?.textContent;
    await waitUntil(() => heading(), 'the pack did not load in the frame', { timeout: 8000 });
    const goTo = heading() === 'Practice' ? '.ui-previous' : '.ui-next';
    const expected = heading() === 'Practice' ? 'Welcome' : 'Practice';
    packIn()!.shadowRoot!.querySelector<HTMLAnchorElement>(goTo)!.click();
    await waitUntil(() => heading() === expected, 'did not move', { timeout: 5000 });
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.location.reload();
    await loaded;
    await waitUntil(() => heading() === expected, `reopened at ${heading()}`, { timeout: 8000 });
    frame.remove();
  });

  it('fits a 320 px screen without scrolling sideways, with the contents folded away', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '320px';
    frame.style.height = '600px';
    frame.src = '/test/pages/pack.html';
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('lp-pack')?.shadowRoot?.querySelector('lp-unit')?.shadowRoot?.querySelector('h1'),
      'the pack did not load in the frame', { timeout: 8000 });
    const doc = frame.contentDocument!;
    const details = doc.querySelector('lp-pack')!.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    frame.remove();
  });
});
