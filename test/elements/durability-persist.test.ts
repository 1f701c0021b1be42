import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/lp-reflection.js';
import type { LpReflection } from '../../src/elements/lp-reflection.js';
import { freshNamespace, statusTexts, text, textareas } from './helpers.js';

async function mount(ns: string): Promise<LpReflection> {
  const el = await fixture<LpReflection>(html`<lp-reflection key="p/u/a/b" label="Your plan" storage-namespace=${ns}></lp-reflection>`);
  await waitUntil(() => textareas(el).length && !statusTexts(el)[0].startsWith('Loading'), 'did not load', { timeout: 5000 });
  return el;
}

describe('durability: persistent storage', () => {
  it('asks to keep storage when the learner first writes, and when refused says once that a download is wise', async () => {
    let asked = 0;
    // A browser that refuses; WebKitGTK has no StorageManager at all, so one is given in every engine.
    Object.defineProperty(navigator, 'storage', {
      value: { persisted: async () => false, persist: async () => (asked++, false) },
      configurable: true,
    });
    // Firefox is never asked (it would prompt); behave as Chromium here so every engine runs the same path.
    Object.defineProperty(navigator, 'userAgent', { value: 'Mozilla/5.0 Chrome/130.0', configurable: true });
    try {
      const ns = freshNamespace();
      const el = await mount(ns);
      expect(asked).to.equal(0);
      textareas(el)[0].focus();
      await sendKeys({ type: 'First words' });
      await waitUntil(() => text(el.shadowRoot, '.ui-note'), 'no advice after the browser refused');
      expect(asked).to.equal(1);
      expect(text(el.shadowRoot, '.ui-note')).to.contain('Downloading a copy now and then is wise.');
      await expect(el).to.be.accessible();
      el.remove();
      const again = await mount(ns);
      textareas(again)[0].focus();
      await sendKeys({ type: ' more' });
      await again.updateComplete;
      expect(again.shadowRoot!.querySelector('.ui-note')).to.equal(null);
      expect(asked).to.equal(1);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).storage;
      delete (navigator as unknown as Record<string, unknown>).userAgent;
    }
  });
});
