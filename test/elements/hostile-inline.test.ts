/**
 * The inline form in a host page of its own: Markdown that contains `</script>`
 * must neither end the page's script element nor lose its code samples.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { inlineBreakoutEscaped } from '../hostile/inputs.js';

/** A host page, as an institution writes it, with the unit's Markdown inline. */
async function hostPage(markdown: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Host page';
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="/src/elements/lp-unit.ts"></script></head>
<body><p id="host">The host page.</p>
<lp-unit storage-namespace="lp-test-inline"><script type="text/markdown">
${markdown}
</script></lp-unit>
<p id="host-end">The end of the host page.</p>
</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

function unitRoot(frame: HTMLIFrameElement): ShadowRoot | null | undefined {
  return frame.contentDocument?.querySelector('lp-unit')?.shadowRoot;
}

describe('the inline form in a host page', () => {
  it('renders a code sample holding </script> whole, and runs nothing in the host page', async () => {
    const frame = await hostPage(inlineBreakoutEscaped());
    try {
      await waitUntil(() => unitRoot(frame)?.querySelector('article'), 'the unit did not render', { timeout: 10000 });
      const root = unitRoot(frame)!;
      const win = frame.contentWindow as Window & { __pwned?: unknown };
      await new Promise((r) => setTimeout(r, 300));
      expect(win.__pwned, 'script ran in the host page').to.equal(undefined);
      expect(root.querySelector('pre code')?.textContent).to.equal('<script>console.log("hi")</script>\n');
      expect(root.textContent).to.contain('End of the sample.');
      expect(root.querySelector('img')?.hasAttribute('onerror') ?? false).to.equal(false);
      // Everything after the unit is still the host page's own.
      const doc = frame.contentDocument!;
      expect(doc.querySelector('#host-end')?.parentElement === doc.body, 'the host page after the unit').to.equal(true);
      expect(doc.body.querySelectorAll(':scope > img')).to.have.length(0);
    } finally {
      frame.remove();
    }
  });

  it('keeps an escaped line of hostile HTML in the unit, where it is sanitised', async () => {
    const frame = await hostPage(inlineBreakoutEscaped().replace('A code sample:', 'A code sample with <!-- a comment --> in it:'));
    try {
      await waitUntil(() => unitRoot(frame)?.querySelector('article'), 'the unit did not render', { timeout: 10000 });
      const root = unitRoot(frame)!;
      await new Promise((r) => setTimeout(r, 300));
      expect((frame.contentWindow as Window & { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect(root.textContent).to.contain('End of the sample.');
      expect(frame.contentDocument!.querySelector('#host-end')).to.not.equal(null);
    } finally {
      frame.remove();
    }
  });

});
