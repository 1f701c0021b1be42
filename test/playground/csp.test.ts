// The playground on a page served with the project's strict Content-Security-Policy
// and Trusted Types: the editor is styled (CodeMirror's styles are adopted
// stylesheets in the element's shadow root, which style-src 'self' allows),
// typing reaches the preview, problems are marked, and no violation is reported.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LpPlayground } from '../../src/playground/lp-playground.js';

describe('the playground under a strict CSP with Trusted Types', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('styles the editor, previews what is typed, marks a mistake, and no violation is reported', async function () {
    this.timeout(120000);
    frame = document.createElement('iframe');
    frame.title = 'Playground under a strict policy';
    frame.style.cssText = 'width: 1200px; height: 800px';
    frame.src = '/test/pages/csp-playground.html';
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('lp-playground')?.shadowRoot?.querySelector('.cm-editor'), 'the playground did not load', { timeout: 60000 });
    const win = frame.contentWindow as Window & { cspViolations: string[] };
    const el = frame.contentDocument!.querySelector<LpPlayground>('lp-playground')!;
    await el.ready;
    const root = el.shadowRoot!;

    // CodeMirror's own layout rules are in force (.cm-editor is a flex column, the gutter is sticky).
    const editor = root.querySelector<HTMLElement>('.cm-editor')!;
    expect(win.getComputedStyle(editor).display).to.equal('flex');
    expect(win.getComputedStyle(root.querySelector('.cm-gutters')!).position).to.equal('sticky');

    const view = el.view!;
    const start = '---\nid: strict\nnumber: "1.1"\ntitle: Under a strict policy\nlang: en\n---\n\n';
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: start }, selection: { anchor: start.length } });
    view.focus();
    for (const line of [':::tip', 'Typed under the policy', ':::', '', ':::nosuch', ':::']) {
      if (line) await sendKeys({ type: line });
      // WebKit's driver does not take a line break as a character.
      await sendKeys({ press: 'Enter' });
    }
    await waitUntil(() => el.preview?.shadowRoot?.querySelector('aside.lp-callout-tip')?.textContent?.includes('Typed under the policy'), 'the tip is not shown', { timeout: 10000 });
    await waitUntil(() => root.querySelector('.cm-lintRange-error'), 'the mistake is not marked', { timeout: 10000 });
    expect(win.getComputedStyle(root.querySelector('.cm-lintRange-error')!).backgroundImage).to.not.equal('none');
    expect(win.cspViolations).to.deep.equal([]);
  });
});
