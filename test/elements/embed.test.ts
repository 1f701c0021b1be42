// A pack in an iframe tells the host page its height; embed.js there sizes
// the frame to it, so the frame never scrolls inside, as units change.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/embed/host.js';
import type { LpPack } from '../../src/elements/lp-pack.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import { unitReady } from './helpers.js';

function framed(attrs: Record<string, string>): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  for (const [name, value] of Object.entries(attrs)) frame.setAttribute(name, value);
  frame.title = 'The course';
  frame.style.cssText = 'width: 700px; height: 150px; border: 1px solid';
  frame.src = '/test/pages/embed-frame.html';
  document.body.append(frame);
  return frame;
}

async function packIn(frame: HTMLIFrameElement): Promise<LpPack> {
  await waitUntil(() => frame.contentDocument?.querySelector<LpPack>('lp-pack')?.shadowRoot?.querySelector('lp-unit'), 'the pack did not load', { timeout: 10000 });
  const pack = frame.contentDocument!.querySelector<LpPack>('lp-pack')!;
  await unitReady(pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!);
  return pack;
}

/** The frame shows all its content: nothing left to scroll inside it. */
function fits(frame: HTMLIFrameElement): boolean {
  const root = frame.contentDocument!.documentElement;
  return root.scrollHeight <= root.clientHeight && Math.abs(frame.clientHeight - root.scrollHeight) <= 1;
}

describe('iframe embed', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('resizes the frame to its content, and again when another unit is shown', async () => {
    const frame = framed({ 'data-learning-pack': '' });
    frames.push(frame);
    const pack = await packIn(frame);
    await waitUntil(() => fits(frame), 'the frame was not sized to its content', { timeout: 5000 });
    const first = frame.clientHeight;
    expect(first).to.be.greaterThan(150);
    await pack.show('practice');
    await unitReady(pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!);
    await waitUntil(() => frame.clientHeight !== first && fits(frame), 'the frame did not follow the new unit', { timeout: 5000 });
    await pack.show('reading');
    await unitReady(pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!);
    await waitUntil(() => fits(frame), 'the frame did not follow the third unit', { timeout: 5000 });
  });

  it('leaves alone an iframe the host did not mark for it', async () => {
    const frame = framed({});
    frames.push(frame);
    await packIn(frame);
    await new Promise((r) => setTimeout(r, 500));
    expect(frame.style.height).to.equal('150px');
  });
});
