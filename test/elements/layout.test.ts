import { expect, waitUntil } from '@open-wc/testing';

/** Loads the unit page in a frame of a given width, as on a small phone. */
async function pageAt(width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Unit page';
  frame.style.cssText = `width: ${width}px; height: 640px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/pages/unit.html';
  document.body.append(frame);
  await loaded;
  await waitUntil(() => frame.contentDocument?.querySelector('lp-unit')?.shadowRoot?.querySelector('lp-reflection')?.shadowRoot?.querySelector('textarea'),
    'the unit did not render', { timeout: 8000 });
  return frame;
}

describe('layout', () => {
  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const frame = await pageAt(320);
    try {
      const doc = frame.contentDocument!;
      expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      const field = doc.querySelector('lp-unit')!.shadowRoot!.querySelector('lp-reflection')!.shadowRoot!.querySelector('textarea')!;
      const box = field.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
    } finally {
      frame.remove();
    }
  });
});
