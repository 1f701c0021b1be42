import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/lp-unit.js';
import { StorageNoticeController } from '../../src/elements/controllers/storage-notice-controller.js';
import { mayBeClearedAfterAWeek } from '../../src/store/durability.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import { frontMatterSpaces } from '../hostile/inputs.js';
import { freshNamespace, mountInline, reflectionIn, text, textareas, unitReady, unmountAll } from './helpers.js';

const UNIT_SRC = '/modules/mep-leadership/4.2-joint-practice-development.md';

async function realUnit(ns = freshNamespace()): Promise<{ el: LpUnit; root: ShadowRoot }> {
  const el = await fixture<LpUnit>(html`<lp-unit src=${UNIT_SRC} pack="mep-leadership" storage-namespace=${ns}></lp-unit>`);
  const root = await unitReady(el);
  await reflectionIn(root, '4.2.1');
  return { el, root };
}

const front = (body: string) => `---
id: test-unit
number: "9.9"
title: A test unit
lang: en
---
${body}`;

describe('lp-unit', () => {
  afterEach(unmountAll);

  it('passes an accessibility audit with unit 4.2 and its activity', async () => {
    const { el } = await realUnit();
    await expect(el).to.be.accessible();
  });

  it('shows unit 4.2 with its number, title, summary and contents', async () => {
    const { root } = await realUnit();
    expect(text(root, '.ui-number')).to.equal('Unit 4.2');
    expect(text(root, 'h1')).to.equal('Joint practice development');
    expect(text(root, '.ui-summary')).to.not.equal('');
    const contents = [...root.querySelectorAll('nav li')].map((li) => li.textContent!.trim());
    expect(contents).to.include('What is JPD?');
    expect(contents).to.include('The problem of transfer');
    expect(contents).to.include('Activity 4.2.1: Joint practice development in your setting');
    expect(contents.at(-1)).to.equal('References');
  });

  it('shows tables, numbered lists, quotations with their citations and the activity', async () => {
    const { root } = await realUnit();
    expect(root.querySelectorAll('.ui-content table th').length).to.be.greaterThan(1);
    const processes = [...root.querySelectorAll('.ui-content ol')].find((ol) => ol.children.length === 10);
    expect(processes, 'the ten processes of effective JPD').to.exist;
    const cites = [...root.querySelectorAll('figure.lp-callout-quote figcaption')].map((c) => c.textContent);
    expect(cites).to.include('Hargreaves, 2012, p. 11');
    const activity = await reflectionIn(root, '4.2.1');
    expect(textareas(activity)).to.have.length(2);
  });

  it('moves to a section when its contents link is followed', async () => {
    const { root } = await realUnit();
    const link = [...root.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent === 'The problem of transfer')!;
    link.click();
    expect(root.activeElement?.textContent).to.equal('The problem of transfer');
    expect(root.activeElement?.tagName).to.equal('H2');
  });

  it('keeps the anchor of a section named like a document property', async () => {
    const el = mountInline(front('## Images\n\nText.\n\n## Forms\n\nMore.\n'));
    const root = await unitReady(el);
    const link = [...root.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent === 'Images')!;
    link.click();
    expect(root.activeElement?.textContent).to.equal('Images');
  });

  it('opens external links in a new tab that cannot reach back', async () => {
    const el = mountInline(front('See [the college](https://example.org/jpd) and [below](#references).\n'));
    const root = await unitReady(el);
    const external = root.querySelector<HTMLAnchorElement>('a[href="https://example.org/jpd"]')!;
    expect(external.target).to.equal('_blank');
    expect(external.rel).to.equal('noopener noreferrer');
    expect(root.querySelector<HTMLAnchorElement>('a[href="#references"]')!.target).to.equal('');
  });

  it('shows a clear error in place, and fires lp-error, when the unit cannot be found', async () => {
    const el = document.createElement('lp-unit');
    const failed = oneEvent(el, 'lp-error');
    el.setAttribute('src', '/modules/no-such-unit.md');
    document.body.append(el);
    try {
      expect((await failed).detail.code).to.equal('load-failed');
      const root = await unitReady(el);
      expect(text(root, '[role="alert"]')).to.contain('This unit could not be shown.');
      expect(text(root, '[role="alert"]')).to.contain('/modules/no-such-unit.md');
    } finally {
      el.remove();
    }
  });

  it('lists the author’s mistakes when the front matter is broken', async () => {
    const el = mountInline('# No front matter\n\nText.\n');
    const failed = oneEvent(el, 'lp-error');
    const root = await unitReady(el);
    expect((await failed).detail.code).to.equal('compile-failed');
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('This unit has mistakes in its source');
    expect(alert.querySelector('li code')?.textContent).to.match(/^inline:1:1 LP001/);
    await expect(el).to.be.accessible();
  });

  it('shows a broken block as an error box and still renders the rest', async () => {
    const el = mountInline(front('## Before\n\n:::nonsense\nHidden\n:::\n\n## After\n\nStill here.\n'));
    const root = await unitReady(el);
    expect(text(root, '.ui-error-box')).to.contain('This part of the unit could not be shown.');
    expect(text(root, '.ui-error-box')).to.contain('LP003');
    expect([...root.querySelectorAll('.ui-content h2')].map((h) => h.textContent)).to.deep.equal(['Before', 'After']);
    expect(root.textContent).to.contain('Still here.');
  });

  describe('one error box for every failure', () => {
    /** What a reader sees of a box: its class, role, the shape of its content, and the code of each problem. */
    const shape = (box: Element) => ({
      className: box.className,
      role: box.getAttribute('role'),
      children: [...box.children].map((c) => `${c.tagName.toLowerCase()}${c.firstElementChild ? `>${c.firstElementChild.tagName.toLowerCase()}` : ''}`),
      problems: [...box.querySelectorAll('li')].map((li) => li.firstElementChild?.tagName.toLowerCase()),
      color: getComputedStyle(box).borderTopColor,
      border: getComputedStyle(box).borderTopWidth,
    });

    it('shows a broken block exactly as a unit that could not be compiled or loaded', async () => {
      const block = await unitReady(mountInline(front('## Before\n\n:::nonsense\nHidden\n:::\n')));
      const compiled = await unitReady(mountInline('# No front matter\n\nText.\n'));
      const url = URL.createObjectURL(new Blob([JSON.stringify({ meta: {}, headings: [], blocks: [] })], { type: 'application/json' }));
      const loaded = (await fixture<LpUnit>(html`<lp-unit src=${url}></lp-unit>`)).shadowRoot!;
      await waitUntil(() => loaded.querySelector('.ui-error-box'), 'no error box for the bad JSON unit');
      const boxes = [block, compiled, loaded].map((root) => root.querySelector('.ui-error-box')!);
      const expected = { className: 'ui-error-box', role: 'alert', children: ['p>strong', 'p', 'ul>li', 'p'], problems: ['code'] };
      for (const box of boxes) expect(shape(box)).to.include({ className: expected.className, role: expected.role });
      const [a, b, c] = boxes.map(shape);
      expect(a).to.deep.equal({ ...b, problems: a.problems });
      expect(a).to.deep.equal({ ...c, problems: a.problems });
      expect(a.children).to.deep.equal(expected.children);
      expect(a.problems).to.deep.equal(expected.problems);
      // The block's problem names its place as the command line does: FILE:LINE:COLUMN CODE.
      expect(text(boxes[0], 'li code')).to.match(/^inline:\d+:1 LP003$/);
      expect(text(boxes[0], 'strong')).to.equal('This part of the unit could not be shown.');
    });

    it('shows a mistake inside a list as the same box, right after the list, and keeps the list', async () => {
      const root = await unitReady(mountInline(front('- An item\n- Holding :::reflection\n\n  :::reflection{#9.9.1}\n  :::\n\nAfter.\n')));
      const box = root.querySelector('.ui-content .ui-error-box')!;
      expect(box, 'an error box').to.exist;
      expect(shape(box).children).to.deep.equal(['p>strong', 'p', 'ul>li', 'p']);
      expect(text(box, 'li code')).to.match(/^inline:\d+:3 LP008$/);
      expect(box.previousElementSibling?.tagName).to.equal('UL');
      expect(root.querySelector('.ui-content ul li')!.textContent).to.contain('An item');
      expect(root.querySelector('.lp-error'), 'no box of another kind').to.equal(null);
    });
  });

  it('lists each activity in the contents after the heading of its section', async () => {
    const el = mountInline(front(
      ':::reflection{#9.9.1 title="Warm up"}\n:::\n\n## First\n\nText.\n\n:::reflection{#9.9.2 title="Try it"}\n:::\n\n' +
      '## Second\n\n:::note\n## Inside a note\n:::\n\n:::reflection{#9.9.3 title="Look back"}\n:::\n',
    ));
    const root = await unitReady(el);
    const contents = [...root.querySelectorAll('nav li')].map((li) => li.textContent!.trim());
    expect(contents).to.deep.equal([
      'Activity 9.9.1: Warm up', 'First', 'Activity 9.9.2: Try it', 'Second', 'Inside a note', 'Activity 9.9.3: Look back',
    ]);
  });

  it('shows the front matter error of an inline unit with 50,000 spaces in a line without freezing', async () => {
    const start = performance.now();
    const el = mountInline(frontMatterSpaces(50_000));
    const root = await unitReady(el);
    // A guard against a freeze, not a measurement (that is npm run bench).
    expect(performance.now() - start).to.be.below(1500);
    expect(text(root, '.ui-error-box')).to.contain('longer than 16,000 characters');
  });

  it('names a callout without a title by its kind, and keeps an author title', async () => {
    const el = mountInline(front(':::tip\nTry this.\n:::\n\n:::warning{title="Mind the gap"}\nCareful.\n:::\n'));
    const root = await unitReady(el);
    const asides = [...root.querySelectorAll('aside.lp-callout')];
    expect(asides.map((a) => a.getAttribute('aria-label'))).to.deep.equal(['Tip', 'Mind the gap']);
    expect(asides.map((a) => a.querySelector('.lp-callout-title')?.textContent)).to.deep.equal(['Tip', 'Mind the gap']);
    await expect(el).to.be.accessible();
  });

  it('shows a checklist and a quiz with their titles, and lists them in the contents', async () => {
    const el = mountInline(front(
      ':::checklist{#9.9.1 title="Before you start"}\n- Read the unit\n:::\n\n:::quiz{#9.9.2}\nWhich?\n\n- [x] This\n- [ ] That\n:::\n',
    ));
    const root = await unitReady(el);
    const checklist = root.querySelector('lp-checklist[id="ui-activity-9.9.1"]')!;
    const quiz = root.querySelector('lp-quiz[id="ui-activity-9.9.2"]')!;
    await waitUntil(() => checklist.shadowRoot?.querySelector('input') && quiz.shadowRoot?.querySelector('input'), 'the activities did not render', { timeout: 8000 });
    expect(text(checklist.shadowRoot, 'h2')).to.equal('Activity 9.9.1: Before you start');
    expect(text(checklist.shadowRoot, 'label')).to.equal('Read the unit');
    expect(text(quiz.shadowRoot, 'h2')).to.equal('Activity 9.9.2');
    expect([...quiz.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal(['This', 'That']);
    const contents = [...root.querySelectorAll('nav li')].map((li) => li.textContent!.trim());
    expect(contents).to.deep.equal(['Activity 9.9.1: Before you start', 'Activity 9.9.2']);
    await expect(el).to.be.accessible();
  });

  it('makes every activity read-only when the unit is readonly', async () => {
    const ns = freshNamespace();
    const el = mountInline(front(
      ':::reflection{#9.9.1}\n::prompt[Why?]{#why}\n:::\n\n:::checklist{#9.9.2 notes}\n- Read the unit\n:::\n\n:::quiz{#9.9.3}\nWhich?\n\n- [x] This\n- [ ] That\n:::\n',
    ), { 'storage-namespace': ns, readonly: '' });
    const root = await unitReady(el);
    const reflection = await reflectionIn(root, '9.9.1');
    const checklist = root.querySelector('lp-checklist')!;
    const quiz = root.querySelector('lp-quiz')!;
    await waitUntil(() => checklist.shadowRoot?.querySelector('.ui-summary')?.textContent && quiz.shadowRoot?.querySelector('input'), 'the activities did not load', { timeout: 8000 });
    // Loaded: only readonly can keep the boxes locked now.
    await aTimeout(300);
    expect(textareas(reflection).map((t) => t.readOnly)).to.deep.equal([true]);
    expect(reflection.shadowRoot!.querySelector('.ui-clear')).to.equal(null);
    expect([...checklist.shadowRoot!.querySelectorAll('input')].map((i) => i.disabled)).to.deep.equal([true]);
    expect([...checklist.shadowRoot!.querySelectorAll('textarea')].map((t) => t.readOnly)).to.deep.equal([true]);
    expect(checklist.shadowRoot!.querySelector('#ui-clear')).to.equal(null);
    expect([...quiz.shadowRoot!.querySelectorAll('input')].map((i) => i.disabled)).to.deep.equal([true, true]);
    expect(quiz.shadowRoot!.querySelector('#ui-try-again')).to.equal(null);
  });

  it('checks a compiled unit before rendering it, and shows the error box for a bad one', async () => {
    const unit = {
      meta: { id: 'compiled', number: '1.1', title: 'Compiled', lang: 'en' },
      headings: [],
      blocks: [{ type: 'html', html: '<p>Before.</p>' }, { type: 'reflection', required: false, introHtml: '', prompts: [], line: 3 }],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(unit)], { type: 'application/json' }));
    const el = await fixture<LpUnit>(html`<lp-unit src=${url}></lp-unit>`);
    const failed = oneEvent(el, 'lp-error');
    const root = await unitReady(el);
    expect((await failed).detail.code).to.equal('invalid-unit');
    expect(text(root, '.ui-error-box')).to.contain('is not a compiled unit');
    expect(text(root, '.ui-error-box')).to.contain('blocks[1].id: is missing');
    expect(text(root, '.ui-content')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('renders a compiled unit from JSON', async () => {
    const unit = {
      meta: { id: 'compiled', number: '1.1', title: 'Compiled', lang: 'en' },
      headings: [],
      blocks: [{ type: 'html', html: '<p>From JSON.</p>' }],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(unit)], { type: 'application/json' }));
    const el = await fixture<LpUnit>(html`<lp-unit src=${url}></lp-unit>`);
    const root = await unitReady(el);
    expect(text(root, 'h1')).to.equal('Compiled');
    expect(text(root, '.ui-content')).to.equal('From JSON.');
  });

  it("points a compiled unit's relative images and links next to the unit file, not next to the page", async () => {
    const el = await fixture<LpUnit>(html`<lp-unit src="/test/pages/compiled/1.1-compiled.json"></lp-unit>`);
    const root = await unitReady(el);
    const img = root.querySelector<HTMLImageElement>('.ui-content img')!;
    expect(img.src).to.equal(new URL('/test/pages/compiled/images/diagram.svg', location.href).href);
    await waitUntil(() => img.complete, 'the image did not load', { timeout: 5000 });
    expect(img.naturalWidth, 'the image loads from beside the unit').to.equal(120);
    const [reading, back] = root.querySelectorAll<HTMLAnchorElement>('.ui-content a');
    expect(reading.href).to.equal(new URL('/test/pages/compiled/reading.html', location.href).href);
    expect(back.getAttribute('href'), 'a link within the unit stays one').to.equal('#ideas');
  });

  describe('keeping answers safe', () => {
    const check = StorageNoticeController.check;
    let clicks: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;

    beforeEach(() => {
      clicks = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) clicks.push(this);
        else click.call(this);
      };
    });

    afterEach(() => {
      StorageNoticeController.check = check;
      HTMLAnchorElement.prototype.click = click;
    });

    it('downloads the unit’s answers in the export format', async () => {
      const { root } = await realUnit();
      const activity = await reflectionIn(root, '4.2.1');
      textareas(activity)[1].focus();
      await sendKeys({ type: 'Time for triads' });
      const button = [...root.querySelectorAll<HTMLButtonElement>('.ui-your-answers button')][0];
      button.click();
      await waitUntil(() => clicks.length === 1, 'no download started');
      expect(clicks[0].download).to.equal('mep-leadership-joint-practice-development-answers.json');
      const file = await (await fetch(clicks[0].href)).json();
      expect(file.format).to.equal('learning-pack/responses');
      expect(file.version).to.equal(1);
      expect(file.responses.map((r: { key: string; value: string }) => [r.key, r.value])).to.deep.equal([
        ['mep-leadership/joint-practice-development/4.2.1/further-work', 'Time for triads'],
      ]);
      await waitUntil(() => text(root, '.ui-your-answers [role="status"]') === 'Downloaded 1 answer.');
    });

    it('tells the learner once that the browser may clear answers after a week away', async () => {
      StorageNoticeController.check = async () => true;
      const ns = freshNamespace();
      const { el, root } = await realUnit(ns);
      await waitUntil(() => root.querySelector('.ui-notice'), 'no notice');
      expect(text(root, '.ui-notice p')).to.contain('seven days');
      await expect(el).to.be.accessible();
      [...root.querySelectorAll<HTMLButtonElement>('.ui-notice button')].find((b) => b.textContent === 'Got it')!.click();
      await el.updateComplete;
      expect(root.querySelector('.ui-notice')).to.equal(null);

      el.remove();
      const again = await realUnit(ns);
      await aTimeout(50);
      expect(again.root.querySelector('.ui-notice')).to.equal(null);
      localStorage.removeItem(`${ns}:storage-notice-dismissed`);
    });

    it('shows the notice only in a browser that may clear answers', async () => {
      const expected = await mayBeClearedAfterAWeek();
      const { root } = await realUnit();
      await aTimeout(100);
      expect(!!root.querySelector('.ui-notice'), navigator.userAgent).to.equal(expected);
    });
  });
});
