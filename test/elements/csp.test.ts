// A pack on a page served with a strict Content-Security-Policy and Trusted
// Types: it renders, an answer saves, and the page reports no violation.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LpPack } from '../../src/elements/lp-pack.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import { responseStore } from '../../src/store/responses.js';
import { reflectionIn, textareas, unitReady } from './helpers.js';
import * as scorm12 from 'scorm-again/scorm12';
import type Scorm12Type from 'scorm-again/scorm12';
import { unpackAnswers } from '../../src/embed/suspend.js';

const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12Type };

/** A page of the site served under the strict policy, in a frame of this test page. */
function openFrame(src: string, title: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = src;
  document.body.append(frame);
  return frame;
}

describe('under a strict CSP with Trusted Types', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('renders the pack, saves an answer, and no violation is reported', async () => {
    frame = openFrame('/test/pages/csp-pack.html', 'Course under a strict policy');
    await waitUntil(() => frame.contentDocument?.querySelector<LpPack>('lp-pack')?.shadowRoot?.querySelector('lp-unit'), 'the pack did not load', { timeout: 10000 });
    const win = frame.contentWindow as Window & { cspViolations: string[]; eval(code: string): unknown };
    const pack = frame.contentDocument!.querySelector<LpPack>('lp-pack')!;
    await pack.show('practice');
    const unit = await unitReady(pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!);
    expect(unit.querySelector('h1')!.textContent).to.equal('Practice');
    const box = textareas(await reflectionIn(unit, '2.1.1'))[0];
    box.focus();
    await sendKeys({ type: 'Under a strict policy' });
    box.blur();
    const store = responseStore('lp-test-csp');
    await waitUntil(async () => (await store.list()).some((r) => r.value === 'Under a strict policy'), 'the answer was not saved', { timeout: 5000 });
    expect(win.cspViolations).to.deep.equal([]);

    // The policy is in force: code from a string is refused, and so is HTML from a plain
    // string where the browser has Trusted Types.
    expect(() => win.eval('1')).to.throw();
    let refusals = 1;
    if ('trustedTypes' in win) {
      expect(() => {
        frame.contentDocument!.createElement('div').innerHTML = '<b>plain</b>';
      }).to.throw();
      refusals = 2;
    }
    await waitUntil(() => win.cspViolations.length >= refusals, 'the refusals were not reported');
  });

  it('compiles a Markdown unit with the built bundle, its character references decoded by the browser, and no violation is reported', async () => {
    frame = openFrame('/test/pages/csp-bundle.html', 'The built bundle under a strict policy');
    const unit = () => frame.contentDocument?.querySelector('lp-unit')?.shadowRoot;
    await waitUntil(() => unit()?.querySelector('lp-reflection')?.shadowRoot?.querySelector('label'), 'the unit did not render', { timeout: 10000 }).catch((e: Error) => {
      throw new Error(`${e.message}: ${unit()?.textContent?.replace(/\s+/g, ' ').slice(0, 300)} ${JSON.stringify((frame.contentWindow as Window & { cspViolations?: string[] }).cspViolations)}`);
    });
    // The unit's own heading (after the contents list's), its id made from its decoded text.
    const heading = [...unit()!.querySelectorAll('h2')].find((h) => !h.id.startsWith('ui-'))!;
    expect(heading.textContent).to.equal('Café & crème');
    expect(heading.id).to.equal('café-crème');
    const label = unit()!.querySelector('lp-reflection')!.shadowRoot!.querySelector('label')!;
    expect(label.textContent!.trim()).to.contain('Is “ŵ” read as ŵ?');
    expect((frame.contentWindow as Window & { cspViolations: string[] }).cspViolations).to.deep.equal([]);
  });

  it('runs the SCORM launch page: the answer reaches the LMS, and no violation is reported', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    (window as unknown as { API?: unknown }).API = api;
    try {
      frame = openFrame('/test/pages/csp-scorm-launch.html', 'SCORM launch page under a strict policy');
      await waitUntil(() => frame.contentDocument?.querySelector<LpPack>('lp-pack')?.shadowRoot?.querySelector('lp-unit'), 'the pack did not load', { timeout: 10000 });
      const win = frame.contentWindow as Window & { cspViolations: string[] };
      const pack = frame.contentDocument!.querySelector<LpPack>('lp-pack')!;
      await pack.show('practice');
      const unit = await unitReady(pack.shadowRoot!.querySelector<LpUnit>('lp-unit')!);
      const box = textareas(await reflectionIn(unit, '2.1.1'))[0];
      box.focus();
      await sendKeys({ type: 'Kept by the LMS too' });
      box.blur();
      await waitUntil(() => unpackAnswers(api.cmi.core.suspend_data).some((a) => a.value === 'Kept by the LMS too'), 'not mirrored to the LMS', { timeout: 5000 });
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      delete (window as unknown as { API?: unknown }).API;
    }
  });
});
