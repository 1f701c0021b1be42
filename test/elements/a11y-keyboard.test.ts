// Unit 4.2 by keyboard alone: skip link, contents, the activity, in order.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/lp-unit.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import { freshNamespace, reflectionIn, unitReady } from './helpers.js';

/** The focused element, through every open shadow root. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** How a screen reader user would tell the stop apart: its tag and its text or label. */
function describe_(el: Element | null): string {
  if (!el) return 'nothing';
  const label = el instanceof HTMLTextAreaElement ? el.labels?.[0]?.textContent : (el.getAttribute('aria-label') ?? el.textContent);
  return `${el.tagName.toLowerCase()}: ${label?.replace(/\s+/g, ' ').trim()}`;
}

async function tab(): Promise<string> {
  await sendKeys({ press: 'Tab' });
  return describe_(focused());
}

async function unit(): Promise<LpUnit> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="before">Before the unit</button>
    <lp-unit src="/modules/mep-leadership/4.2-joint-practice-development.md" pack="mep-leadership" storage-namespace=${freshNamespace()}></lp-unit>
    <button id="after">After the unit</button>
  </div>`);
  const el = wrapper.querySelector('lp-unit')!;
  await reflectionIn(await unitReady(el), '4.2.1');
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

describe('keyboard only through unit 4.2', () => {
  it('reaches the skip link first, and the skip link moves past the contents', async () => {
    const el = await unit();
    expect(await tab()).to.equal('a: Skip the contents');
    const skip = focused() as HTMLElement;
    expect(skip.getBoundingClientRect().height, 'the skip link shows when focused').to.be.at.least(24);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused()?.classList.contains('ui-content'), 'focus did not move past the contents');
    // The next stop is inside the unit's text, not a contents link.
    const next = await tab();
    expect(next).to.equal('div: Table: From CPD to JPD');
    expect(el.shadowRoot!.querySelector('nav')!.contains(focused())).to.equal(false);
  });

  it('goes through the contents in order, follows a link to the activity, and through the activity', async () => {
    const el = await unit();
    const root = el.shadowRoot!;
    const links = [...root.querySelectorAll('nav a')].map((a) => `a: ${a.textContent!.trim()}`);
    expect(await tab()).to.equal('a: Skip the contents');
    // Every contents link in order, up to the activity's; then follow it.
    const activityLink = links.findIndex((l) => l.includes('Activity 4.2.1'));
    expect(activityLink).to.be.greaterThan(0);
    for (const link of links.slice(0, activityLink + 1)) expect(await tab()).to.equal(link);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => describe_(focused()) === 'h2: Activity 4.2.1: Joint practice development in your setting', 'the activity heading did not take focus');
    expect(await tab()).to.equal('textarea: Which aspects of joint practice development are already in place in the school or cluster you have chosen?');
    await sendKeys({ type: 'Peer observation' });
    expect(await tab()).to.equal('button: Clear answer');
    expect(await tab()).to.equal('textarea: What more would leaders need to do to build joint practice development in depth?');
    // The second box is empty, so its clear button is disabled and skipped.
    expect(await tab()).to.equal('button: Download my answers');
    // And out of the unit: no trap.
    expect(await tab()).to.equal('button: After the unit');
  });
});
