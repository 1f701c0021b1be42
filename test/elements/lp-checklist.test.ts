import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChecklistBlock } from '../../src/content/model.js';
import '../../src/elements/lp-checklist.js';
import type { LpChecklist } from '../../src/elements/lp-checklist.js';
import { getResponse, responseStore } from '../../src/store/responses.js';
import { freshNamespace, text } from './helpers.js';
import { ticks } from './sample-blocks.js';

const SCALE = ['Not yet', 'Starting', 'Established', 'Embedded'];

const audit: ChecklistBlock = {
  type: 'checklist',
  id: '4.3.1',
  title: 'Rate the ten processes',
  required: false,
  introHtml: '<p>Rate each process in your school.</p>',
  scale: SCALE,
  notes: true,
  rows: [
    { id: '1', html: '<strong>Student participation</strong> in decision-making', text: 'Student participation in decision-making' },
    { id: '2', html: 'Focus on learning', text: 'Focus on learning' },
    { id: '3', html: 'Trust', text: 'Trust' },
  ],
  line: 1,
};

const PREFIX = 'mep-leadership/what-the-evidence-says';

async function render(block: ChecklistBlock, ns = freshNamespace(), readonly = false): Promise<LpChecklist> {
  const el = await fixture<LpChecklist>(html`<lp-checklist .block=${block} pack="mep-leadership" unit="what-the-evidence-says"
    storage-namespace=${ns} ?readonly=${readonly}></lp-checklist>`);
  const inputs = () => [...(el.shadowRoot?.querySelectorAll<HTMLInputElement>('input') ?? [])];
  await waitUntil(() => summary(el) !== '' && (readonly || inputs().every((i) => !i.disabled)), 'answers did not load', { timeout: 5000 });
  return el;
}

function summary(el: LpChecklist): string {
  return text(el.shadowRoot, '.ui-summary');
}

function radio(el: LpChecklist, row: number, level: number): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>(`#ui-row-${row}-level-${level}`)!;
}

function checkbox(el: LpChecklist, row: number): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>(`#ui-row-${row}`)!;
}

function note(el: LpChecklist, row: number): HTMLTextAreaElement {
  return el.shadowRoot!.querySelector<HTMLTextAreaElement>(`#ui-note-${row}`)!;
}

/** Chooses a level as a learner would, by clicking its label, and waits for the save. */
async function rate(el: LpChecklist, row: number, level: number): Promise<void> {
  const saved = oneEvent(el, 'lp-response-change');
  radio(el, row, level).closest('label')!.click();
  await saved;
  await el.updateComplete;
}

/** The chart's picture: each bar's level, the count written beside it, and its width. */
function chartBars(el: LpChecklist) {
  return [...el.shadowRoot!.querySelectorAll('.ui-chart-row')].map((g) => ({
    level: g.querySelector('.ui-chart-label')!.textContent!.trim(),
    count: Number(g.querySelector('.ui-chart-count')!.textContent),
    width: Number(g.querySelector('.ui-chart-bar')!.getAttribute('width')),
    track: Number(g.querySelector('.ui-chart-track')!.getAttribute('width')),
  }));
}

function chartTable(el: LpChecklist) {
  return [...el.shadowRoot!.querySelectorAll('.ui-chart-table tbody tr')].map((tr) => ({
    level: tr.querySelector('th')!.textContent!.trim(),
    count: Number(tr.querySelector('td')!.textContent),
  }));
}

describe('lp-checklist', () => {
  describe('passes an accessibility audit', () => {
    it('empty', async () => {
      await expect(await render(audit)).to.be.accessible();
    });

    it('partly rated, with a note', async () => {
      const el = await render(audit);
      await rate(el, 0, 1);
      note(el, 0).focus();
      await sendKeys({ type: 'Pupil voice group' });
      await el.flush();
      await expect(el).to.be.accessible();
    });

    it('complete, with its chart', async () => {
      const el = await render(audit);
      await rate(el, 0, 1);
      await rate(el, 1, 2);
      await rate(el, 2, 3);
      expect(summary(el)).to.equal('3 of 3 rated');
      await expect(el).to.be.accessible();
    });

    it('read-only', async () => {
      const ns = freshNamespace();
      const first = await render(audit, ns);
      await rate(first, 0, 1);
      first.remove();
      const el = await render(audit, ns, true);
      expect(summary(el)).to.equal('1 of 3 rated');
      await expect(el).to.be.accessible();
    });

    it('as a tick list', async () => {
      await expect(await render(ticks)).to.be.accessible();
    });
  });

  it('shows each row as a group of levels named by the row', async () => {
    const el = await render(audit);
    const root = el.shadowRoot!;
    expect(text(root, 'h2')).to.equal('Activity 4.3.1: Rate the ten processes');
    expect(text(root, '.ui-intro')).to.equal('Rate each process in your school.');
    const groups = [...root.querySelectorAll('fieldset')];
    expect(groups.map((g) => g.querySelector('legend')!.textContent!.trim())).to.deep.equal([
      'Student participation in decision-making',
      'Focus on learning',
      'Trust',
    ]);
    const levels = [...groups[0].querySelectorAll('input[type="radio"]')].map((r) => (r as HTMLInputElement).labels![0].textContent!.trim());
    expect(levels).to.deep.equal(SCALE);
    expect(note(el, 0).labels![0].textContent!.trim()).to.equal('Note');
    expect(note(el, 0).getAttribute('aria-describedby')).to.equal('ui-row-text-0');
  });

  it('counts the rated rows in a polite live region', async () => {
    const el = await render(audit);
    const live = el.shadowRoot!.querySelector('.ui-summary')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(summary(el)).to.equal('0 of 3 rated');
    await rate(el, 1, 0);
    expect(summary(el)).to.equal('1 of 3 rated');
    await rate(el, 1, 2);
    expect(summary(el)).to.equal('1 of 3 rated');
    await rate(el, 2, 2);
    expect(summary(el)).to.equal('2 of 3 rated');
  });

  it('can be rated and annotated with the keyboard alone', async () => {
    const ns = freshNamespace();
    const el = await render(audit, ns);
    const root = el.shadowRoot!;
    radio(el, 0, 0).focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => summary(el) === '1 of 3 rated', 'the rating was not counted');
    expect(radio(el, 0, 2).checked).to.equal(true);
    expect(root.activeElement?.id).to.equal('ui-row-0-level-2');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.equal('ui-note-0');
    await sendKeys({ type: 'Council' });
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.equal('ui-row-1-level-0');
    await el.flush();
    expect((await getResponse(`${PREFIX}/4.3.1/1`, responseStore(ns)))?.value).to.equal('Established');
    expect((await getResponse(`${PREFIX}/4.3.1/1-note`, responseStore(ns)))?.value).to.equal('Council');
  });

  it('keeps the last of two ratings chosen in quick succession, not taking its own first save for another page\'s', async () => {
    const ns = freshNamespace();
    const el = await render(audit, ns);
    radio(el, 0, 1).click();
    radio(el, 0, 2).click();
    await el.flush();
    await el.updateComplete;
    expect((await getResponse(`${PREFIX}/4.3.1/1`, responseStore(ns)))?.value).to.equal('Established');
    expect(el.shadowRoot!.textContent).not.to.include('another tab');
    expect(radio(el, 0, 2).checked).to.equal(true);
  });

  it('saves each rating and note under its own key and restores them in a new element', async () => {
    const ns = freshNamespace();
    const first = await render(audit, ns);
    const changed = oneEvent(first, 'lp-response-change');
    radio(first, 2, 3).click();
    const { detail } = await changed;
    expect(detail).to.include({ key: `${PREFIX}/4.3.1/3`, value: 'Embedded' });
    note(first, 1).focus();
    await sendKeys({ type: 'Lesson study this term' });
    note(first, 1).blur();
    await first.flush();
    const saved = await getResponse(`${PREFIX}/4.3.1/2-note`, responseStore(ns));
    expect(saved?.value).to.equal('Lesson study this term');
    expect(saved?.item).to.equal('2-note');
    first.remove();

    const second = await render(audit, ns);
    expect(radio(second, 2, 3).checked).to.equal(true);
    expect([0, 1, 2].map((l) => radio(second, 2, l).checked)).to.deep.equal([false, false, false]);
    expect(note(second, 1).value).to.equal('Lesson study this term');
    expect(note(second, 0).value).to.equal('');
    expect(summary(second)).to.equal('1 of 3 rated');
  });

  it('draws a chart whose bars and figures match the ratings and the table', async () => {
    const el = await render(audit);
    expect(el.shadowRoot!.querySelector('.ui-chart')).to.equal(null);
    await rate(el, 0, 1);
    await rate(el, 1, 1);
    await rate(el, 2, 3);
    const expected = [
      { level: 'Not yet', count: 0 },
      { level: 'Starting', count: 2 },
      { level: 'Established', count: 0 },
      { level: 'Embedded', count: 1 },
    ];
    const bars = chartBars(el);
    expect(bars.map(({ level, count }) => ({ level, count }))).to.deep.equal(expected);
    expect(chartTable(el)).to.deep.equal(expected);
    // Each bar's length is its share of the three rows.
    for (const bar of bars) expect(bar.width).to.be.closeTo((bar.track * bar.count) / 3, 0.01);
    expect(text(el.shadowRoot, '.ui-chart-table thead')).to.equal('Level Number of items');
    const table = el.shadowRoot!.querySelector('.ui-chart-table table')!;
    expect(text(el.shadowRoot, `#${table.getAttribute('aria-labelledby')}`)).to.equal('Your ratings at a glance');
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');

    await rate(el, 2, 1);
    expect(chartTable(el).map((r) => r.count)).to.deep.equal([0, 3, 0, 0]);
    expect(chartBars(el).map((r) => r.count)).to.deep.equal([0, 3, 0, 0]);
  });

  it('shows the chart on screen, beside its labels, at phone width', async () => {
    const el = await render(audit);
    el.style.width = '320px';
    await rate(el, 0, 2);
    const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(svg.width).to.be.greaterThan(200);
    expect(svg.height).to.be.greaterThan(40);
    const label = el.shadowRoot!.querySelectorAll('.ui-chart-label')[2].getBoundingClientRect();
    const bar = el.shadowRoot!.querySelectorAll('.ui-chart-bar')[2].getBoundingClientRect();
    expect(label.left).to.be.at.least(svg.left - 1);
    expect(label.right).to.be.at.most(bar.left + 1);
    expect(bar.width).to.be.greaterThan(10);
    // The table is there for screen readers but takes no room on screen.
    expect(el.shadowRoot!.querySelector('.ui-chart-table')!.getBoundingClientRect().width).to.be.at.most(1);
    // Nothing sticks out sideways on a 320 px screen.
    const section = el.shadowRoot!.querySelector('.ui-activity')!;
    expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
  });

  it('ticks rows without a scale and counts them', async () => {
    const ns = freshNamespace();
    const el = await render(ticks, ns);
    expect(summary(el)).to.equal('0 of 3 ticked');
    expect(checkbox(el, 1).labels![0].textContent!.trim()).to.equal('Over-collaborating');
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.ui-chart')).to.equal(null);
    checkbox(el, 1).focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => summary(el) === '1 of 3 ticked', 'the tick was not counted');
    await el.flush();
    const key = 'mep-leadership/what-the-evidence-says/4.5.2/2';
    expect((await getResponse(key, responseStore(ns)))?.value).to.equal('true');
    await sendKeys({ press: ' ' });
    await waitUntil(() => summary(el) === '0 of 3 ticked', 'the untick was not counted');
    await el.flush();
    expect((await getResponse(key, responseStore(ns)))?.value).to.equal('');
  });

  it('clears every answer only after the learner confirms', async () => {
    const ns = freshNamespace();
    const el = await render(audit, ns);
    const root = el.shadowRoot!;
    await rate(el, 0, 0);
    root.querySelector<HTMLButtonElement>('#ui-clear')!.click();
    await el.updateComplete;
    expect(root.activeElement?.id).to.equal('ui-cancel-clear');
    root.querySelector<HTMLButtonElement>('#ui-cancel-clear')!.click();
    await el.updateComplete;
    expect(radio(el, 0, 0).checked).to.equal(true);
    root.querySelector<HTMLButtonElement>('#ui-clear')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#ui-confirm-clear')!.click();
    await waitUntil(() => summary(el) === '0 of 3 rated', 'the ratings were not cleared');
    expect(radio(el, 0, 0).checked).to.equal(false);
    expect(await getResponse(`${PREFIX}/4.3.1/1`, responseStore(ns))).to.equal(undefined);
  });

  it('shows saved answers but takes no changes when read-only', async () => {
    const ns = freshNamespace();
    const first = await render(audit, ns);
    await rate(first, 1, 2);
    first.remove();
    const el = await render(audit, ns, true);
    expect(radio(el, 1, 2).checked).to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('input')].every((i) => i.disabled)).to.equal(true);
    expect(note(el, 0).readOnly).to.equal(true);
    expect(el.shadowRoot!.querySelector('#ui-clear')).to.equal(null);
    expect(summary(el)).to.equal('1 of 3 rated');
  });

  it('keeps the rating on screen and says so when saving fails', async () => {
    const el = await render(audit);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const failed = oneEvent(el, 'lp-error');
      radio(el, 0, 1).click();
      expect((await failed).detail.code).to.equal('save-failed');
      await el.updateComplete;
      expect(radio(el, 0, 1).checked).to.equal(true);
      expect(text(el.shadowRoot, '.ui-status')).to.match(/^Not saved\./);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
  });

  it('shows an error box, not a blank space, for a malformed block', async () => {
    const el = document.createElement('lp-checklist');
    const failed = oneEvent(el, 'lp-error');
    el.block = { ...audit, scale: ['Only one'] };
    document.body.append(el);
    try {
      expect((await failed).detail.code).to.equal('invalid-block');
      await el.updateComplete;
      expect(text(el.shadowRoot, '[role="alert"]')).to.contain('This activity could not be shown.');
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    } finally {
      el.remove();
    }
  });
});
