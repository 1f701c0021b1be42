// A course by keyboard alone: the pack's skip link, a unit's contents and
// every activity of it, then "Next unit", with the focus order asserted.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/lp-pack.js';
import type { LpPack } from '../../src/elements/lp-pack.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import { freshNamespace, reflectionIn, unitReady } from './helpers.js';

/** The focused element, through every open shadow root. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** How a screen reader user would tell the stop apart: its tag and its label or text. */
function stop(el: Element | null): string {
  if (!el) return 'nothing';
  const label = el instanceof HTMLTextAreaElement ? el.labels?.[0]?.textContent : (el.getAttribute('aria-label') ?? el.textContent);
  return `${el.tagName.toLowerCase()}: ${label?.replace(/\s+/g, ' ').trim()}`;
}

async function tab(): Promise<string> {
  await sendKeys({ press: 'Tab' });
  return stop(focused());
}

describe('keyboard only through a course', function () {
  this.timeout(60000);

  it('skips to the unit, goes through its contents and every activity, then on to the next unit', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">Before the course</button>
      <lp-pack src="/test/fixtures/pack/pack.yaml" unit="practice" storage-namespace=${freshNamespace()} routing="none"></lp-pack>
    </div>`);
    const pack = wrapper.querySelector<LpPack>('lp-pack')!;
    await waitUntil(() => pack.shadowRoot?.querySelector('lp-unit'), 'the pack did not load', { timeout: 20000 });
    const unit = pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!;
    const root = await unitReady(unit);
    await reflectionIn(root, '2.1.1');
    await reflectionIn(root, '2.1.2');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    // The pack's skip link first; it moves past the course contents to the unit.
    expect(await tab()).to.equal('button: Skip to the unit');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => pack.shadowRoot!.activeElement?.id === 'ui-unit', `the skip link did not move the focus to the unit (${stop(focused())})`);

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    expect(await tab()).to.equal('button: Skip to the unit');
    for (const expected of [
      'summary: Course contents',
      'a: ○ 1.1 Welcome Not started',
      'a: ○ 2.1 Practice Not started',
      'a: ○ 2.2 Further reading Not started',
      'a: Skip the contents',
      'a: Trying it out',
      'a: Activity 2.1.1: Try it',
      'a: Activity 2.1.2: Optional extra',
      // Where the browser may delete answers after a week away (WebKit), a notice offers a copy first.
      ...(root.querySelector('.ui-notice') ? ['button: Download my answers', 'button: Got it'] : []),
      'textarea: What did you try?',
    ]) {
      expect(await tab()).to.equal(expected);
    }
    await sendKeys({ type: 'Paired planning' });
    for (const expected of [
      'button: Clear answer',
      'textarea: Anything else?',
      'button: Download my answers',
      'a: Previous unit 1.1 Welcome',
      'a: Next unit 2.2 Further reading',
    ]) {
      expect(await tab()).to.equal(expected);
    }

    // "Next unit" shows the next unit and puts the focus on its heading, as a new page would.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => stop(focused()) === 'h1: Further reading', `the next unit's heading did not take focus (${stop(focused())})`, { timeout: 8000 });
    expect(pack.getAttribute('unit')).to.equal('reading');
  });
});
