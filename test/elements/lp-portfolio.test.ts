import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ChecklistBlock } from '../../src/content/model.js';
import '../../src/elements/lp-portfolio.js';
import '../../src/elements/lp-checklist.js';
import type { LpChecklist } from '../../src/elements/lp-checklist.js';
import '../../src/elements/lp-quiz.js';
import type { LpQuiz } from '../../src/elements/lp-quiz.js';
import type { LpPortfolio } from '../../src/elements/lp-portfolio.js';
import { makeRecord, responseStore } from '../../src/store/responses.js';
import { freshNamespace, text } from './helpers.js';
import { several, ticks } from './sample-blocks.js';

const records = [
  makeRecord('mep/jpd/4.2.1/further', 'Protected time for enquiry', { title: 'Activity 4.2.1: Joint practice development', prompt: 'What further work is needed?', order: 1 }, '2026-11-20T10:00:00.000Z'),
  makeRecord('mep/jpd/4.2.1/in-place', 'Peer observation in triads\nacross the cluster', { title: 'Activity 4.2.1: Joint practice development', prompt: 'What is already in place?', order: 0 }, '2026-11-20T09:00:00.000Z'),
  makeRecord('research/methods/2.1', 'Interviews & <b>surveys</b>', { title: 'Activity 2.1: Methods' }, '2026-11-21T09:00:00.000Z'),
];

async function render(ns: string): Promise<LpPortfolio> {
  await responseStore(ns).putMany(records);
  const el = await fixture<LpPortfolio>(html`<lp-portfolio storage-namespace=${ns}></lp-portfolio>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.ui-answer'), 'answers did not appear');
  return el;
}

const button = (el: LpPortfolio, label: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;

/** Catches the next file the element offers for download, and reads it. */
function nextDownload(): Promise<{ name: string; blob: Blob }> {
  return new Promise((resolve) => {
    const onClick = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a instanceof HTMLAnchorElement && a.download) {
        e.preventDefault();
        document.removeEventListener('click', onClick, true);
        void fetch(a.href).then((r) => r.blob()).then((blob) => resolve({ name: a.download, blob }));
      }
    };
    document.addEventListener('click', onClick, true);
  });
}

/** Reads one file out of a zip (a .docx is one), with the browser's own inflate. */
async function unzip(blob: Blob, path: string): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const view = new DataView(bytes.buffer);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (name === path) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + size);
      if (method === 0) return new TextDecoder().decode(data);
      const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      return new Response(stream).text();
    }
    p += 46 + nameLength + extra + comment;
  }
  throw new Error(`${path} not in the zip`);
}

function chooseFile(el: LpPortfolio, name: string, content: string): void {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(new File([content], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

describe('lp-portfolio', () => {
  it('passes an accessibility audit', async () => {
    const el = await render(freshNamespace());
    await expect(el).to.be.accessible();
  });

  it('lists every answer under its unit, activity title and prompt, in page order, with when it was last changed', async () => {
    const el = await render(freshNamespace());
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent!.trim())).to.deep.equal(['jpd (mep)', 'methods (research)']);
    expect([...root.querySelectorAll('h4')].map((h) => h.textContent!.trim())).to.deep.equal(['Activity 4.2.1: Joint practice development', 'Activity 2.1: Methods']);
    expect([...root.querySelectorAll('.ui-prompt')].map((p) => p.textContent!.trim())).to.deep.equal(['What is already in place?', 'What further work is needed?', 'Your answer']);
    expect(text(root, '.ui-value')).to.equal('Peer observation in triads across the cluster');
    // Answers are text, never HTML.
    expect(root.querySelector('.ui-answer b')).to.equal(null);
    const changed = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date('2026-11-20T09:00:00.000Z'));
    expect(text(root, '.ui-when')).to.equal(`Last changed ${changed}`.replace(/\s+/g, ' '));
  });

  it('shows one pack when the learner filters', async () => {
    const el = await render(freshNamespace());
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'research';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.ui-answer')).to.have.length(1);
    expect(text(el.shadowRoot, '.ui-value')).to.equal('Interviews & <b>surveys</b>');
  });

  it('deletes one answer only after confirmation, and Escape keeps it', async () => {
    const ns = freshNamespace();
    const el = await render(ns);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.ui-delete')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Keep');
    el.shadowRoot!.querySelector('.ui-confirm')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.ui-confirm')).to.equal(null);
    expect((await responseStore(ns).list()).length).to.equal(3);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.ui-delete')!.click();
    await el.updateComplete;
    button(el, 'Yes, delete').click();
    await waitUntil(() => text(el.shadowRoot, '.ui-message') === 'Deleted 1 answer.');
    expect((await responseStore(ns).list()).map((r) => r.key).sort()).to.deep.equal(['mep/jpd/4.2.1/further', 'research/methods/2.1']);
  });

  it('deletes every answer shown after confirmation', async () => {
    const ns = freshNamespace();
    const el = await render(ns);
    button(el, 'Delete all answers shown').click();
    await el.updateComplete;
    expect(text(el.shadowRoot, '.ui-confirm p')).to.equal('Delete all 3 answers shown? They will be removed from this browser and cannot be brought back.');
    button(el, 'Yes, delete').click();
    await waitUntil(() => text(el.shadowRoot, '.ui-message') === 'Deleted 3 answers.');
    expect(await responseStore(ns).list()).to.deep.equal([]);
    expect(text(el.shadowRoot, 'section')).to.contain('There are no answers saved in this browser yet.');
  });

  it('exports a JSON backup that, after clearing, imports back to identical records', async () => {
    const ns = freshNamespace();
    const el = await render(ns);
    const download = nextDownload();
    button(el, 'Download a backup (JSON)').click();
    const { name, blob } = await download;
    expect(name).to.equal('learning-pack-answers.json');
    const backup = await blob.text();
    const before = (await responseStore(ns).list()).sort((a, b) => a.key.localeCompare(b.key));
    button(el, 'Delete all answers shown').click();
    await el.updateComplete;
    button(el, 'Yes, delete').click();
    await waitUntil(() => text(el.shadowRoot, '.ui-message') === 'Deleted 3 answers.');
    chooseFile(el, name, backup);
    await waitUntil(() => text(el.shadowRoot, '.ui-message').startsWith('Backup read'), 'no import message');
    expect(text(el.shadowRoot, '.ui-message')).to.equal('Backup read: 3 added, 0 updated, 0 kept as they were.');
    const after = (await responseStore(ns).list()).sort((a, b) => a.key.localeCompare(b.key));
    expect(after).to.deep.equal(before);
    expect(el.shadowRoot!.querySelectorAll('.ui-answer')).to.have.length(3);
  });

  it('refuses a malformed backup with a message naming the problem, leaving the answers unchanged', async () => {
    const ns = freshNamespace();
    const el = await render(ns);
    chooseFile(el, 'answers.json', JSON.stringify({ format: 'learning-pack/responses', version: 1, responses: [{ key: 'a/b/c', value: 'x', updatedAt: 'soon' }] }));
    await waitUntil(() => text(el.shadowRoot, '[role="alert"]'), 'no message');
    expect(text(el.shadowRoot, '[role="alert"]')).to.equal(
      'In this backup, answer 1 has a date that is not valid. Nothing was imported and your saved answers are unchanged.',
    );
    chooseFile(el, 'answers.json', '{"format": "learning-pack/responses", "version": 3, "responses": []}');
    await waitUntil(() => text(el.shadowRoot, '[role="alert"]').startsWith('This backup was made by a newer version'));
    expect((await responseStore(ns).list()).length).to.equal(3);
  });

  it('exports Markdown with every answer under its prompt', async () => {
    const el = await render(freshNamespace());
    const download = nextDownload();
    button(el, 'Download as text (Markdown)').click();
    const md = await (await download).blob.text();
    expect(md).to.contain('### Activity 4.2.1: Joint practice development\n\n**What is already in place?**\n\n> Peer observation in triads\n> across the cluster');
    expect(md.indexOf('What is already in place?')).to.be.below(md.indexOf('What further work is needed?'));
    expect(md).to.contain('> Interviews & <b>surveys</b>');
  });

  it('exports a Word document whose XML parses and holds every answer', async () => {
    const el = await render(freshNamespace());
    const download = nextDownload();
    button(el, 'Download as a Word document').click();
    const { name, blob } = await download;
    expect(name).to.equal('learning-pack-answers.docx');
    const xml = await unzip(blob, 'word/document.xml');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const body = doc.documentElement.textContent!;
    for (const r of records) for (const line of r.value.split('\n')) expect(body).to.contain(line);
    for (const heading of ['Activity 4.2.1: Joint practice development', 'What is already in place?', 'jpd (mep)']) expect(body).to.contain(heading);
    await aTimeout(0);
  });

  describe('a rated checklist', () => {
    const SCALE = ['Not yet', 'Starting', 'Established', 'Embedded'];
    const audit: ChecklistBlock = {
      type: 'checklist',
      id: '4.3.1',
      title: 'Rate the ten processes',
      required: false,
      introHtml: '',
      scale: SCALE,
      notes: true,
      rows: [
        { id: '1', html: 'Student participation', text: 'Student participation' },
        { id: '2', html: 'Focus on learning', text: 'Focus on learning' },
        { id: '3', html: 'Trust', text: 'Trust' },
        { id: '4', html: 'Shared leadership', text: 'Shared leadership' },
      ],
      line: 1,
    };
    /** Row index → level index, as a learner rates them (row 3 left unrated). */
    const ratings: [number, number][] = [
      [0, 1],
      [1, 3],
      [3, 1],
    ];

    /** Rates the checklist as a learner would, then opens the portfolio on the same answers. */
    async function rated(): Promise<{ checklist: LpChecklist; portfolio: LpPortfolio }> {
      const ns = freshNamespace();
      const checklist = await fixture<LpChecklist>(
        html`<lp-checklist .block=${audit} pack="mep" unit="evidence" storage-namespace=${ns}></lp-checklist>`,
      );
      const radio = (row: number, level: number) => checklist.shadowRoot!.querySelector<HTMLInputElement>(`#ui-row-${row}-level-${level}`);
      await waitUntil(() => radio(0, 0) && !radio(0, 0)!.disabled, 'checklist did not load', { timeout: 5000 });
      for (const [row, level] of ratings) {
        const saved = oneEvent(checklist, 'lp-response-change');
        radio(row, level)!.closest('label')!.click();
        await saved;
      }
      const portfolio = await fixture<LpPortfolio>(html`<lp-portfolio storage-namespace=${ns}></lp-portfolio>`);
      await waitUntil(() => portfolio.shadowRoot!.querySelector('.ui-chart'), 'no chart in the portfolio', { timeout: 5000 });
      return { checklist, portfolio };
    }

    const expected = SCALE.map((level) => ({ level, count: ratings.filter(([, l]) => SCALE[l] === level).length }));

    const bars = (root: ShadowRoot) =>
      [...root.querySelectorAll('.ui-chart-row')].map((g) => ({
        level: g.querySelector('.ui-chart-label')!.textContent!.trim(),
        count: Number(g.querySelector('.ui-chart-count')!.textContent),
      }));
    const figures = (root: ShadowRoot) =>
      [...root.querySelectorAll('.ui-chart-table tbody tr')].map((tr) => ({
        level: tr.querySelector('th')!.textContent!.trim(),
        count: Number(tr.querySelector('td')!.textContent),
      }));

    it('shows the ratings chart, with the same figures as its table and as the checklist, under the activity', async () => {
      const { checklist, portfolio } = await rated();
      const root = portfolio.shadowRoot!;
      expect(text(root, 'h4')).to.equal('Activity 4.3.1: Rate the ten processes');
      expect(bars(root)).to.deep.equal(expected);
      expect(figures(root)).to.deep.equal(expected);
      expect(figures(checklist.shadowRoot!)).to.deep.equal(expected);
      // Each bar's length is its share of the rows rated.
      const widths = [...root.querySelectorAll('.ui-chart-row')].map((g) => ({
        bar: Number(g.querySelector('.ui-chart-bar')!.getAttribute('width')),
        track: Number(g.querySelector('.ui-chart-track')!.getAttribute('width')),
      }));
      widths.forEach((w, i) => expect(w.bar).to.be.closeTo((w.track * expected[i].count) / ratings.length, 0.01));
      const table = root.querySelector('.ui-chart-table table')!;
      expect(text(root, `#${table.getAttribute('aria-labelledby')}`)).to.equal('Your ratings at a glance');
      // Each row, with its rating, in the checklist's order.
      expect([...root.querySelectorAll('.ui-prompt')].map((p) => p.textContent!.trim())).to.deep.equal(['Student participation', 'Focus on learning', 'Shared leadership']);
      expect([...root.querySelectorAll('.ui-value')].map((p) => p.textContent!.trim())).to.deep.equal(['Starting', 'Embedded', 'Starting']);
      await expect(portfolio).to.be.accessible();
    });

    it('prints the chart, without the buttons', async function () {
      const { portfolio } = await rated();
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip(); // This engine's driver cannot emulate print media.
      }
      try {
        const root = portfolio.shadowRoot!;
        expect(getComputedStyle(root.querySelector('button')!).display).to.equal('none');
        const svg = root.querySelector('.ui-chart-svg')!;
        expect(getComputedStyle(svg).display).to.equal('block');
        expect(svg.getBoundingClientRect().height).to.be.greaterThan(40);
        expect(bars(root)).to.deep.equal(expected);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('exports Markdown with a table of each row and its rating, and the number at each level', async () => {
      const { portfolio } = await rated();
      const download = nextDownload();
      button(portfolio, 'Download as text (Markdown)').click();
      const md = await (await download).blob.text();
      expect(md).to.contain(
        '| Item | Your rating |\n| --- | --- |\n| Student participation | Starting |\n| Focus on learning | Embedded |\n| Shared leadership | Starting |\n',
      );
      expect(md).to.contain(
        '| Level | Number of items |\n| --- | --- |\n| Not yet | 0 |\n| Starting | 2 |\n| Established | 0 |\n| Embedded | 1 |\n',
      );
    });

    it('exports a Word document with the ratings and the counts as tables', async () => {
      const { portfolio } = await rated();
      const download = nextDownload();
      button(portfolio, 'Download as a Word document').click();
      const xml = await unzip((await download).blob, 'word/document.xml');
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
      const tables = [...doc.getElementsByTagNameNS(W, 'tbl')].map((tbl) =>
        [...tbl.getElementsByTagNameNS(W, 'tr')].map((tr) => [...tr.getElementsByTagNameNS(W, 'tc')].map((tc) => tc.textContent)),
      );
      expect(tables).to.deep.equal([
        [
          ['Item', 'Your rating'],
          ['Student participation', 'Starting'],
          ['Focus on learning', 'Embedded'],
          ['Shared leadership', 'Starting'],
        ],
        [['Level', 'Number of items'], ...expected.map((e) => [e.level, String(e.count)])],
      ]);
      await aTimeout(0);
    });
  });

  describe('a quiz and a ticked checklist', () => {
    /** Chooses two options and ticks the second row, as a learner would, then opens the portfolio. */
    async function answered(): Promise<LpPortfolio> {
      const ns = freshNamespace();
      const q = await fixture<LpQuiz>(html`<lp-quiz .block=${several} pack="mep" unit="dc" storage-namespace=${ns}></lp-quiz>`);
      const c = await fixture<LpChecklist>(html`<lp-checklist .block=${ticks} pack="mep" unit="dc" storage-namespace=${ns}></lp-checklist>`);
      const inputs = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
      await waitUntil(() => [q, c].every((el) => inputs(el).length > 0 && inputs(el).every((i) => !i.disabled)), 'the activities did not load', { timeout: 5000 });
      for (const [el, i] of [[q, 0], [q, 2], [c, 1]] as const) {
        const saved = oneEvent(el, 'lp-response-change');
        inputs(el)[i].click();
        await saved;
      }
      const portfolio = await fixture<LpPortfolio>(html`<lp-portfolio storage-namespace=${ns}></lp-portfolio>`);
      await waitUntil(() => portfolio.shadowRoot!.querySelectorAll('.ui-answer').length === 2, 'the answers did not appear', { timeout: 5000 });
      return portfolio;
    }

    const shown = (el: LpPortfolio) =>
      [...el.shadowRoot!.querySelectorAll('.ui-answer')].map((a) => [text(a, '.ui-prompt'), text(a, '.ui-value')]);

    it('shows the question and the options chosen, and a ticked row as ticked, not as ids or "true"', async () => {
      const portfolio = await answered();
      expect(shown(portfolio)).to.deep.equal([
        ['Over-collaborating', 'Ticked'],
        ['Which of these are levers?', 'Unify people; Build nimble networks'],
      ]);
    });

    it('exports them the same way in Markdown and Word', async () => {
      const portfolio = await answered();
      let download = nextDownload();
      button(portfolio, 'Download as text (Markdown)').click();
      const md = await (await download).blob.text();
      expect(md).to.contain('**Which of these are levers?**\n\n> Unify people; Build nimble networks\n');
      expect(md).to.contain('**Over-collaborating**\n\n> Ticked\n');
      download = nextDownload();
      button(portfolio, 'Download as a Word document').click();
      const xml = await unzip((await download).blob, 'word/document.xml');
      const body = new DOMParser().parseFromString(xml, 'application/xml').documentElement.textContent!;
      expect(body).to.contain('Unify people; Build nimble networks');
      expect(body).to.contain('Ticked');
      await aTimeout(0);
    });
  });
});
