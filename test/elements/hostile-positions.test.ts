/**
 * One hostile image in each place a compiled unit puts author HTML: each place
 * must pass it through the sanitiser, and a test here fails, not just times out,
 * when one of them skips it. (The full corpus runs in hostile.test.ts.)
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/lp-unit.js';
import type { Block } from '../../src/content/model.js';
import { freshNamespace } from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown[];
  }
}

const hostile = (where: string) =>
  `<img src="missing-${where}.png" alt="${where}" onerror="window.__pwned.push('${where}')"><a href="javascript:window.__pwned.push('${where}-link')">${where} link</a>`;

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

/** Renders a compiled unit served as a compromised content host would, and waits for every image to fail. */
async function render(blocks: Block[]): Promise<ShadowRoot> {
  window.__pwned = [];
  const el = document.createElement('lp-unit');
  el.setAttribute('storage-namespace', freshNamespace());
  el.src = URL.createObjectURL(new Blob([JSON.stringify({ meta: { id: 'u', number: '1', title: 'U', lang: 'en' }, headings: [], blocks })], { type: 'application/json' }));
  document.body.append(el);
  mounted.push(el);
  await waitUntil(() => el.shadowRoot?.querySelector('article'), 'the unit did not render', { timeout: 5000 });
  await aTimeout(300);
  return el.shadowRoot!;
}

function links(root: ParentNode): (string | null)[] {
  return [...root.querySelectorAll('a')].filter((a) => / link$/.test(a.textContent!)).map((a) => a.getAttribute('href'));
}

describe('hostile HTML in each place of a compiled unit', () => {
  it('in a callout body', async () => {
    // Callouts reach the element as HTML blocks written by the compiler.
    const root = await render([{ type: 'html', html: `<aside class="lp-callout lp-callout-note">${hostile('callout')}</aside>` }]);
    expect(window.__pwned).to.deep.equal([]);
    expect(root.querySelector('img[alt="callout"]')?.hasAttribute('onerror')).to.equal(false);
    expect(links(root)).to.deep.equal([null]);
  });

  it('in a quotation', async () => {
    const root = await render([{ type: 'html', html: `<figure class="lp-callout lp-callout-quote"><blockquote>${hostile('quote')}</blockquote></figure>` }]);
    expect(window.__pwned).to.deep.equal([]);
    expect(root.querySelector('img[alt="quote"]')?.hasAttribute('onerror')).to.equal(false);
  });

  for (const where of ['intro', 'label']) {
    it(`in a reflection’s ${where}`, async () => {
      const root = await render([
        {
          type: 'reflection',
          id: '1.1',
          required: false,
          line: 1,
          introHtml: where === 'intro' ? hostile(where) : '<p>Intro.</p>',
          prompts: [{ id: 'p', html: where === 'label' ? `Label ${hostile(where)}` : 'Label', text: 'Label' }],
        },
      ]);
      const reflection = root.querySelector('lp-reflection')!;
      await waitUntil(() => reflection.shadowRoot?.querySelector('textarea'), 'the answer box did not render', { timeout: 5000 });
      await aTimeout(300);
      expect(window.__pwned).to.deep.equal([]);
      const shadow = reflection.shadowRoot!;
      expect(shadow.querySelector(`img[alt="${where}"]`)?.hasAttribute('onerror')).to.equal(false);
      expect(links(shadow)).to.deep.equal([null]);
    });
  }
  /** Waits for an activity's own element to render its inputs, then for every image to fail. */
  async function activity(root: ShadowRoot, name: string): Promise<ShadowRoot> {
    const el = root.querySelector(name)!;
    await waitUntil(() => el.shadowRoot?.querySelector('input'), `${name} did not render`, { timeout: 10000 });
    await aTimeout(300);
    return el.shadowRoot!;
  }

  it('in a checklist’s intro and rows', async () => {
    const root = await render([
      {
        type: 'checklist',
        id: '1.2',
        required: false,
        line: 1,
        introHtml: hostile('checklist-intro'),
        notes: false,
        rows: [{ id: '1', html: `Row ${hostile('row')}`, text: 'Row' }],
      },
    ]);
    const shadow = await activity(root, 'lp-checklist');
    expect(window.__pwned).to.deep.equal([]);
    expect(['checklist-intro', 'row'].map((alt) => shadow.querySelector(`img[alt="${alt}"]`)?.hasAttribute('onerror'))).to.deep.equal([false, false]);
    expect(links(shadow)).to.deep.equal([null, null]);
  });

  it('in a quiz’s question, options and feedback', async () => {
    const root = await render([
      {
        type: 'quiz',
        id: '1.3',
        required: false,
        line: 1,
        stemHtml: `<p>Which? ${hostile('stem')}</p>`,
        multiple: false,
        options: [
          { id: 'a', html: `Right ${hostile('option')}`, text: 'Right', correct: true },
          { id: 'b', html: 'Wrong', text: 'Wrong', correct: false },
        ],
        feedbackHtml: `<p>Because. ${hostile('feedback')}</p>`,
      },
    ]);
    const shadow = await activity(root, 'lp-quiz');
    shadow.querySelector<HTMLInputElement>('#ui-option-a')!.click();
    shadow.querySelector<HTMLButtonElement>('#ui-check')!.click();
    await waitUntil(() => shadow.querySelector('.ui-feedback'), 'the feedback was not shown', { timeout: 10000 });
    await aTimeout(300);
    expect(window.__pwned).to.deep.equal([]);
    expect(['stem', 'option', 'feedback'].map((alt) => shadow.querySelector(`img[alt="${alt}"]`)?.hasAttribute('onerror'))).to.deep.equal([false, false, false]);
    expect(links(shadow)).to.deep.equal([null, null, null]);
  });
});
