// WCAG 2.2 A and AA: axe in English and Welsh, light and dark, in each state
// a learner can reach; and the layout rules axe cannot see.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/lp-unit.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import type { LpReflection } from '../../src/elements/lp-reflection.js';
import { freshNamespace, reflectionIn, textareas, unitReady } from './helpers.js';

const UNITS = {
  en: '/modules/mep-leadership/4.2-joint-practice-development.md',
  cy: '/modules/mep-leadership/4.2-joint-practice-development.cy.md',
};

const WCAG = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

type Scheme = 'light' | 'dark';

/** The unit on a host page whose color-scheme is `scheme`, as a VLE page with a dark theme would declare it. */
async function unitOn(lang: 'en' | 'cy', scheme: Scheme, attrs: { readonly?: boolean; src?: string } = {}) {
  const host = await fixture<HTMLDivElement>(html`<div style="color-scheme: ${scheme}; background: Canvas; color: CanvasText">
    <lp-unit lang=${lang} src=${attrs.src ?? UNITS[lang]} pack="mep-leadership" storage-namespace=${freshNamespace()}
      ?readonly=${attrs.readonly ?? false}></lp-unit>
  </div>`);
  const unit = host.querySelector<LpUnit>('lp-unit')!;
  const root = await unitReady(unit);
  return { host, unit, root };
}

async function welshReady(root: ShadowRoot, activity?: LpReflection): Promise<void> {
  await waitUntil(() => root.querySelector('nav h2')?.textContent === 'Cynnwys', 'not Welsh', { timeout: 5000 });
  if (activity) await waitUntil(() => activity.shadowRoot!.querySelector('h2')?.textContent?.startsWith('Gweithgaredd'), 'not Welsh', { timeout: 5000 });
}

async function typeInto(activity: LpReflection, i: number, value: string): Promise<void> {
  const field = textareas(activity)[i];
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await activity.flush();
  await activity.updateComplete;
}

/** Unit 4.2 in a page in a frame of the given size: a small phone, or a short window. Every engine can size a frame. */
async function unitInFrame(width: number, height: number): Promise<{ frame: HTMLIFrameElement; root: ShadowRoot; activity: LpReflection }> {
  const frame = document.createElement('iframe');
  frame.title = 'Unit page';
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/pages/unit.html';
  document.body.append(frame);
  await loaded;
  const find = () => frame.contentDocument?.querySelector('lp-unit')?.shadowRoot?.querySelector<LpReflection>('lp-reflection');
  await waitUntil(() => find()?.shadowRoot?.querySelector('textarea'), 'the unit did not render', { timeout: 8000 });
  const activity = find()!;
  return { frame, root: activity.getRootNode() as ShadowRoot, activity };
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `gair${i}`).join(' ');

function bg(el: Element): string {
  return getComputedStyle(el).backgroundColor;
}

/** Relative luminance of an rgb() colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

for (const lang of ['en', 'cy'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    describe(`axe, ${lang}, ${scheme}`, () => {
      it('unit 4.2: empty, filled, over the limit, confirming a clear', async function () {
        this.timeout(60000);
        const { unit, root } = await unitOn(lang, scheme);
        const activity = await reflectionIn(root, '4.2.1');
        if (lang === 'cy') await welshReady(root, activity);
        expect(luminance(bg(unit)) < 0.2).to.equal(scheme === 'dark', `background ${bg(unit)}`);
        await expect(unit).to.be.accessible(WCAG);
        await typeInto(activity, 0, words(20));
        await expect(unit).to.be.accessible(WCAG);
        await typeInto(activity, 0, words(401));
        expect(activity.shadowRoot!.querySelector('.ui-over')).to.exist;
        await expect(unit).to.be.accessible(WCAG);
        activity.shadowRoot!.querySelector<HTMLButtonElement>('.ui-clear')!.click();
        await activity.updateComplete;
        expect(activity.shadowRoot!.querySelector('.ui-confirm')).to.exist;
        await expect(unit).to.be.accessible(WCAG);
      });

      it('read-only, and a unit that could not be shown', async function () {
        this.timeout(60000);
        const { unit, root } = await unitOn(lang, scheme, { readonly: true });
        const activity = await reflectionIn(root, '4.2.1');
        if (lang === 'cy') await welshReady(root, activity);
        await expect(unit).to.be.accessible(WCAG);
        const failed = await unitOn(lang, scheme, { src: '/dim-ffeil/uned.md' });
        await expect(failed.unit).to.be.accessible(WCAG);
      });

      it('a save that failed, and a malformed activity', async function () {
        this.timeout(60000);
        const { unit, root } = await unitOn(lang, scheme);
        const activity = await reflectionIn(root, '4.2.1');
        if (lang === 'cy') await welshReady(root, activity);
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        try {
          await typeInto(activity, 0, 'Coaching');
        } finally {
          IDBObjectStore.prototype.put = put;
        }
        expect(activity.shadowRoot!.querySelector('.ui-error[role="alert"]')).to.exist;
        await expect(unit).to.be.accessible(WCAG);
        const broken = await fixture<HTMLDivElement>(html`<div lang=${lang} style="color-scheme: ${scheme}; background: Canvas">
          <lp-reflection .block=${{ type: 'reflection', id: '9.9', prompts: 'not a list' }}></lp-reflection></div>`);
        const el = broken.querySelector<LpReflection>('lp-reflection')!;
        await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error box');
        await expect(el).to.be.accessible(WCAG);
      });
    });
  }
}

describe('schemes and tokens', () => {
  let emulated = false;
  afterEach(async () => {
    if (emulated) await emulateMedia({ colorScheme: 'light' });
    emulated = false;
  });

  it('follows the learner’s dark setting on a page that declares no color-scheme', async function () {
    try {
      await emulateMedia({ colorScheme: 'dark' });
      emulated = true;
    } catch {
      this.skip(); // This engine's driver cannot emulate prefers-color-scheme; host color-scheme is tested above.
    }
    const unit = await fixture<LpUnit>(html`<lp-unit src=${UNITS.en} storage-namespace=${freshNamespace()}></lp-unit>`);
    const root = await unitReady(unit);
    await reflectionIn(root, '4.2.1');
    expect(luminance(bg(unit))).to.be.below(0.2);
    await expect(unit).to.be.accessible(WCAG);
  });

  it('draws the "Yes, clear my answer" text in a colour themable through the tokens', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="--lp-color-background: #101010; --lp-color-text: #eeeeee;
      --lp-color-error: #ff9a9a; --lp-color-accent: #9ccfff; --lp-color-surface: #1a1a1a; --lp-color-muted: #cccccc">
      <lp-unit src=${UNITS.en} storage-namespace=${freshNamespace()}></lp-unit></div>`);
    const unit = host.querySelector<LpUnit>('lp-unit')!;
    const activity = await reflectionIn(await unitReady(unit), '4.2.1');
    await typeInto(activity, 0, 'something');
    activity.shadowRoot!.querySelector<HTMLButtonElement>('.ui-clear')!.click();
    await activity.updateComplete;
    const yes = activity.shadowRoot!.querySelector<HTMLButtonElement>('.ui-confirm-clear')!;
    const [fg, back] = [luminance(getComputedStyle(yes).color), luminance(bg(yes))];
    const ratio = (Math.max(fg, back) + 0.05) / (Math.min(fg, back) + 0.05);
    expect(ratio).to.be.at.least(4.5);
    await expect(unit).to.be.accessible(WCAG);
  });

  it('shades the scrolling edge of a table with a light shadow on dark', async () => {
    const { root } = await unitOn('en', 'dark');
    const image = getComputedStyle(root.querySelector('.lp-table')!).backgroundImage;
    const shadows = image.match(/radial-gradient\([^)]*rgba?\(([^)]+)\)/g) ?? [];
    expect(shadows.length).to.equal(2);
    for (const s of shadows) expect(s).to.match(/rgba\(255, 255, 255/);
  });
});

describe('layout', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('names each table from the heading it sits under, and does not hyphenate it', async () => {
    const { root } = await unitOn('en', 'light');
    const box = root.querySelector('.lp-table')!;
    expect(box.getAttribute('aria-label')).to.equal('Table: From CPD to JPD');
    expect(getComputedStyle(box.querySelector('td')!).hyphens).to.equal('manual');
  });

  it('describes an answer box in separate sentences: "401 words. 1 word over the limit."', async () => {
    const { root } = await unitOn('en', 'light');
    const activity = await reflectionIn(root, '4.2.1');
    await typeInto(activity, 0, words(401));
    const field = textareas(activity)[0];
    const description = field.getAttribute('aria-describedby')!.split(' ').map((id) => activity.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim());
    expect(description.slice(0, 2)).to.deep.equal(['Aim for 100 to 400 words.', '401 words. 1 word over the limit.']);
  });

  it('keeps every button and contents link at least 24 by 24 pixels, at 320 px wide', async () => {
    const { root, activity } = await unitInFrame(320, 640);
    const targets = [...root.querySelectorAll<HTMLElement>('nav a, button'), ...activity.shadowRoot!.querySelectorAll<HTMLElement>('button')];
    expect(targets.length).to.be.greaterThan(5);
    for (const t of targets) {
      const r = t.getBoundingClientRect();
      expect(r.height, t.textContent!).to.be.at.least(24);
      expect(r.width, t.textContent!).to.be.at.least(24);
    }
  });

  it('keeps an answer box’s count and status in view in a short window', async () => {
    const { frame, activity } = await unitInFrame(800, 320);
    const field = textareas(activity)[0];
    field.scrollIntoView({ block: 'start' });
    const meta = activity.shadowRoot!.querySelector('.ui-meta')!.getBoundingClientRect();
    expect(meta.bottom).to.be.at.most(frame.contentWindow!.innerHeight);
  });

  it('loses nothing under the WCAG text-spacing overrides at 320 px', async () => {
    const { root, activity } = await unitInFrame(320, 640);
    const unit = root.host as LpUnit;
    const spacing = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    for (const r of [root, activity.shadowRoot!]) {
      const style = document.createElement('style');
      style.textContent = spacing;
      r.append(style);
    }
    await activity.updateComplete;
    expect(unit.scrollWidth, 'no sideways scrolling').to.be.at.most(unit.clientWidth + 1);
    for (const el of [...root.querySelectorAll<HTMLElement>('button, nav a, h1, h2'), ...activity.shadowRoot!.querySelectorAll<HTMLElement>('button, label, h2, .ui-meta p')]) {
      expect(el.scrollWidth, el.textContent!).to.be.at.most(el.clientWidth + 1);
      expect(el.scrollHeight, el.textContent!).to.be.at.most(el.clientHeight + 1);
    }
  });

  it('keeps a heading’s focus ring in view when a contents link scrolls to it', async () => {
    const { root } = await unitOn('en', 'light');
    await reflectionIn(root, '4.2.1');
    const link = [...root.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent === 'The problem of transfer')!;
    link.click();
    const heading = root.querySelector('h2#the-problem-of-transfer') ?? root.querySelector('.ui-content h2')!;
    await waitUntil(() => root.activeElement === heading, 'heading not focused');
    // The ring is a 3 px outline 2 px out plus a 5 px shadow: 8 px above the heading.
    expect(heading.getBoundingClientRect().top).to.be.at.least(8);
  });
});

describe('status while loading', () => {
  it('is announced politely and passes axe', async () => {
    const el = document.createElement('lp-unit');
    el.setAttribute('src', UNITS.en);
    el.storageNamespace = freshNamespace();
    document.body.append(el);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"]');
    expect(status?.textContent).to.equal('Loading the unit…');
    await expect(el).to.be.accessible(WCAG);
    await unitReady(el);
    el.remove();
  });
});
