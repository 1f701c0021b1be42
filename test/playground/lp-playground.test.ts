import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LpPlayground } from '../../src/playground/lp-playground.js';
import { responseStore } from '../../src/store/responses.js';
import { EVERY_BLOCK } from '../../src/playground/examples.js';
import { freshNamespace, reflectionIn, textareas } from '../elements/helpers.js';
import { button, captureDownload, mount, previewOf, previewRoot, setText, START, type, typeAtEnd } from './helpers.js';

describe('lp-playground', function () {
  // Typing key by key, and axe over a whole unit, take a loaded machine a while.
  this.timeout(60000);

  it('passes an accessibility audit, with a unit in the preview and a problem listed', async () => {
    const { el } = await mount();
    setText(el, `${START}\n:::nosuchblock\nx\n:::\n\n:::reflection{#1.1.1 title="Think"}\n::prompt[Why?]{#why}\n:::\n`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.ui-problems li'), 'no problem listed', { timeout: 10000 });
    const preview = await previewOf(el, 'A test unit');
    await waitUntil(() => preview.querySelector('lp-reflection'), 'the reflection is not shown', { timeout: 10000 });
    await reflectionIn(preview, '1.1.1');
    await expect(el).to.be.accessible();
  });

  it('shows a directive typed into the editor in the preview', async () => {
    const { el } = await mount();
    setText(el, START);
    typeAtEnd(el);
    await type('\n:::note{title="Typed here"}\nHello from a note\n:::\n');
    const preview = await previewRoot(el);
    await waitUntil(() => preview.querySelector('aside.lp-callout-note')?.textContent?.includes('Hello from a note'), 'the note is not shown', { timeout: 10000 });
    expect(preview.querySelector('aside.lp-callout-note')!.textContent).to.contain('Typed here');
    expect(el.text).to.contain(':::note{title="Typed here"}\nHello from a note\n:::');
  });

  it('marks a mistake at its line and column, lists it, and moves the cursor there from the list', async () => {
    const { el, root } = await mount();
    setText(el, `${START}\nMore text.\n`);
    typeAtEnd(el);
    // Line 11: the unknown directive, on the empty line after the text.
    await type(':::unknownthing\nInside.\n:::\n');
    // Problems follow the text as it is typed (":::un", then an unclosed ":::unknownthing"): wait for the last.
    await waitUntil(() => root.querySelector('.ui-problems li button')?.textContent?.includes('LP003'), 'the problem is not listed', { timeout: 10000 });
    const view = el.view!;
    const underline = root.querySelector('.cm-lintRange-error')!;
    expect(underline.textContent).to.equal(':::unknownthing');
    const at = view.posAtDOM(underline, 0);
    const line = view.state.doc.lineAt(at);
    expect(line.number).to.equal(11);
    expect(at - line.from + 1).to.equal(1);
    expect(root.querySelector('.cm-gutter-lint .cm-lint-marker-error'), 'gutter mark').to.exist;

    expect(root.querySelector('.ui-problem-count')!.textContent).to.equal('1 problem found.');
    const item = root.querySelector<HTMLButtonElement>('.ui-problems li button')!;
    expect(item.textContent).to.match(/^Line 11, column 1: error LP003: unknown directive ":::unknownthing"/);

    view.dispatch({ selection: { anchor: 0 } });
    item.focus();
    await sendKeys({ press: 'Enter' });
    expect(view.state.doc.lineAt(view.state.selection.main.head).number).to.equal(11);
    expect(view.hasFocus).to.equal(true);
  });

  it('opens a .md file from disk and downloads the same text', async () => {
    const { el, root } = await mount();
    const text = `${START}\n:::tip\nFrom a file, with é and “quotes”.\n:::\n`;
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File([text], 'from-disk.md', { type: 'text/markdown' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => el.text === text, 'the file was not opened', { timeout: 10000 });
    const preview = await previewRoot(el);
    await waitUntil(() => preview.querySelector('aside.lp-callout-tip')?.textContent?.includes('From a file'), 'the opened unit is not shown', { timeout: 10000 });

    const file = await captureDownload(() => button(root, 'Download .md').click());
    expect(file.name).to.equal('1.1-test-unit.md');
    expect(file.text).to.equal(text);
    expect(root.querySelector('.ui-status')!.textContent).to.equal('Downloaded 1.1-test-unit.md.');
  });

  it('keeps the draft: a new page shows the text typed before it', async () => {
    const drafts = freshNamespace();
    const first = await mount(drafts);
    setText(first.el, START);
    typeAtEnd(first.el);
    await type('Typed before the reload.');
    await waitUntil(async () => (await responseStore(drafts).list()).some((r) => r.value.endsWith('Typed before the reload.')), 'the draft was not saved', { timeout: 10000 });
    first.el.remove();

    const second = await mount(drafts);
    expect(second.el.text).to.equal(`${START}Typed before the reload.`);
  });

  it('keeps the last words typed when the page is closed before the save', async () => {
    const drafts = freshNamespace();
    const first = await mount(drafts);
    await first.el.saveDraft();
    setText(first.el, `${START}Closed at once.`);
    // The page is hidden before the typing pause is over: the copy is written synchronously.
    dispatchEvent(new PageTransitionEvent('pagehide'));
    first.el.remove();
    const second = await mount(drafts);
    expect(second.el.text).to.equal(`${START}Closed at once.`);
  });

  it('starts a new unit from the same text as learning-pack new unit', async () => {
    const { el, root } = await mount();
    root.querySelector<HTMLInputElement>('#ui-new-number')!.value = '2.3';
    root.querySelector<HTMLInputElement>('#ui-new-title')!.value = 'Coaching conversations';
    button(root, 'New unit').click();
    expect(el.text).to.match(/^---\nid: coaching-conversations\nnumber: "2.3"\ntitle: Coaching conversations\n/);
    expect(el.text).to.contain(':::reflection{#2.3.1');
    const preview = await previewRoot(el);
    await waitUntil(() => preview.querySelector('h1')?.textContent === 'Coaching conversations', 'the new unit is not shown', { timeout: 10000 });
    expect(root.querySelector('.ui-problem-count')!.textContent).to.equal('No problems found.');
  });

  it('says what is wrong with a unit number, and keeps the text', async () => {
    const { el, root } = await mount();
    const before = el.text;
    root.querySelector<HTMLInputElement>('#ui-new-number')!.value = '2 3';
    button(root, 'New unit').click();
    await el.updateComplete;
    expect(root.querySelector('#ui-new-error')!.textContent).to.contain('like 4.2');
    expect(root.querySelector('#ui-new-number')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.text).to.equal(before);
  });

  it('opens unit 4.2 and the pack manifest from the examples, and checks the manifest', async () => {
    const { el, root } = await mount();
    const select = root.querySelector<HTMLSelectElement>('#ui-example')!;
    select.value = 'unit-4.2';
    button(root, 'Open example').click();
    await waitUntil(() => el.text.includes('id: joint-practice-development'), 'unit 4.2 was not opened', { timeout: 10000 });
    const preview = await previewRoot(el);
    await waitUntil(() => preview.querySelector('h1')?.textContent === 'Joint practice development', 'unit 4.2 is not shown', { timeout: 10000 });

    select.value = 'manifest';
    button(root, 'Open example').click();
    await waitUntil(() => el.text.startsWith('id: mep-leadership') || el.text.includes('\nid: mep-leadership'), 'the manifest was not opened', { timeout: 10000 });
    await el.updateComplete;
    expect(root.querySelector('#ui-source-heading')!.textContent).to.equal('pack.yaml source');
    expect(root.querySelector('.ui-manifest')!.textContent).to.contain('4.2-joint-practice-development.md');
    // A mistake in the manifest is found by the pack check.
    setText(el, el.text.replace(/^lang: en/m, 'lang: en\nauthor: nobody'));
    await waitUntil(() => root.querySelector('.ui-problems li button')?.textContent?.includes('LP052'), 'the unknown field is not reported', { timeout: 10000 });
  });

  it('keeps preview answers in their own namespace and clears them with one button', async () => {
    const preview = freshNamespace();
    const { el, root } = await mount(freshNamespace(), preview);
    setText(el, `${START}\n:::reflection{#1.1.1 title="Think"}\n::prompt[Why?]{#why}\n:::\n`);
    const unit = await previewOf(el, 'A test unit');
    await waitUntil(() => unit.querySelector('lp-reflection'), 'no reflection', { timeout: 10000 });
    const box = textareas(await reflectionIn(unit, '1.1.1'))[0]!;
    box.focus();
    await type('A preview answer');
    box.blur();
    const store = responseStore(preview);
    await waitUntil(async () => (await store.list()).some((r) => r.value === 'A preview answer'), 'the answer was not saved', { timeout: 10000 });
    expect((await responseStore('learning-pack').list()).some((r) => r.value === 'A preview answer')).to.equal(false);

    button(root, 'Clear preview answers').click();
    await waitUntil(() => root.querySelector('.ui-status')!.textContent === 'The answers in the preview are cleared.', 'not cleared', { timeout: 10000 });
    expect(await store.list()).to.deep.equal([]);
    const again = await previewRoot(el);
    const fresh = textareas(await reflectionIn(again, '1.1.1'))[0]!;
    expect(fresh.value).to.equal('');
  });

  it('side by side on a wide screen, keeps the preview where the author scrolled it as the text changes', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Playground on a wide screen';
    frame.style.cssText = 'width: 1280px; height: 800px';
    frame.src = '/test/pages/playground.html';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('lp-playground')?.shadowRoot?.querySelector('.cm-editor'), 'the playground did not load', { timeout: 30000 });
      const el = frame.contentDocument!.querySelector<LpPlayground>('lp-playground')!;
      await el.ready;
      const root = el.shadowRoot!;
      const source = root.querySelector('.ui-source')!.getBoundingClientRect();
      const box = root.querySelector<HTMLElement>('.ui-preview-body')!;
      expect(box.getBoundingClientRect().left, 'the preview is beside the source').to.be.at.least(source.right);

      setText(el, EVERY_BLOCK);
      await previewOf(el, 'One of each block');
      await waitUntil(() => box.scrollHeight > box.clientHeight + 300, 'the preview does not scroll', { timeout: 10000 });
      box.scrollTop = 300;
      const view = el.view!;
      const at = view.state.doc.toString().indexOf('## Activities');
      view.dispatch({ changes: { from: at, insert: 'A paragraph added while reading.\n\n' } });
      await waitUntil(() => el.preview!.shadowRoot!.textContent!.includes('A paragraph added while reading.'), 'the change is not shown', { timeout: 10000 });
      expect(box.scrollTop).to.equal(300);
    } finally {
      frame.remove();
    }
  });

  it('indents with Tab, and Escape then Tab leaves the editor, as the page says', async () => {
    const { el, root } = await mount();
    setText(el, `${START}Indented`);
    const view = el.view!;
    view.focus();
    view.dispatch({ selection: { anchor: view.state.doc.length } });
    await sendKeys({ press: 'Tab' });
    expect(view.hasFocus, 'Tab stays in the editor').to.equal(true);
    expect(view.state.doc.lineAt(view.state.doc.length).text).to.match(/^\s+Indented$/);
    expect(root.querySelector('#ui-editor-help')!.textContent).to.contain('press Escape, then Tab');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Tab' });
    expect(view.hasFocus, 'Escape then Tab leaves the editor').to.equal(false);
  });

  it('copies an embed snippet that shows the unit inline, with </script escaped', async () => {
    const { el, root } = await mount();
    const text = `${START}\n\`\`\`html\n<script src="app.js"></script>\n\`\`\`\n`;
    setText(el, text);
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      button(root, 'Copy embed snippet').click();
      await waitUntil(() => copied.length === 1, 'nothing was copied', { timeout: 10000 });
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard && !('clipboard' in navigator)) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    const snippet = copied[0]!;
    expect(snippet).to.contain('<lp-unit pack="my-course">\n<script type="text/markdown">\n---\nid: test-unit');
    expect(snippet).to.contain('<script src="app.js"><\\/script>');
    expect(snippet.match(/<\/script>/g)!.length, 'only the two real ends of script elements').to.equal(2);
    await waitUntil(() => root.querySelector('.ui-status')!.textContent!.startsWith('The embed snippet is copied.'), 'no confirmation', { timeout: 10000 });

    // The snippet, put into a page, shows the unit with the code sample intact.
    const host = document.createElement('div');
    host.innerHTML = snippet.replace(/<script type="module"[^>]*><\/script>/, '');
    const unit = host.querySelector('lp-unit')!;
    unit.setAttribute('storage-namespace', 'lp-test-snippet');
    document.body.append(host);
    try {
      await waitUntil(() => unit.shadowRoot?.querySelector('article code'), 'the snippet does not show the unit', { timeout: 10000 });
      expect(unit.shadowRoot!.querySelector('article code')!.textContent).to.contain('<script src="app.js"></script>');
    } finally {
      host.remove();
    }
  });
});
