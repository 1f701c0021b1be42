import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { localized, msg, str } from '@lit/localize';
import type { ChecklistBlock, ChecklistRow } from '../content/model.js';
import { responseKey } from '../store/keys.js';
import { makeRecord, type ResponseMeta } from '../store/responses.js';
import { toExportFile } from '../store/export.js';
import { downloadFile } from './download.js';
import { activityTitle } from './activity.js';
import { ResponseController } from './controllers/response-controller.js';
import { define } from './define.js';
import { ActivityElement } from './activity-element.js';
import { plural } from '../locales/plural.js';
import { sanitize } from './sanitize.js';
import { styles } from './lp-checklist.styles.js';
import { ratingsChart } from './ratings-chart.js';
import { levelCounts } from '../store/readable.js';
import { contentLang, interfaceLang, withContentPart } from './language-parts.js';

/** A row as rendered, with the keys of its answer and its note. */
interface Row {
  row: ChecklistRow;
  key: string;
  noteKey?: string;
}

/** A block from compiled JSON may be hand-edited or from another version: check its shape before use. */
function isChecklistBlock(block: unknown): block is ChecklistBlock {
  const b = block as ChecklistBlock;
  return (
    !!b &&
    typeof b.id === 'string' &&
    b.id !== '' &&
    (b.introHtml === undefined || typeof b.introHtml === 'string') &&
    (b.scale === undefined ||
      (Array.isArray(b.scale) && b.scale.length >= 2 && b.scale.every((l) => typeof l === 'string' && l !== ''))) &&
    Array.isArray(b.rows) &&
    b.rows.length > 0 &&
    b.rows.every((r) => !!r && typeof r.id === 'string' && r.id !== '' && typeof r.text === 'string' && typeof r.html === 'string')
  );
}

/**
 * With a scale, a bar chart shows how many rows sit at each level, with the same figures in a table.
 * `<lp-unit>` creates one for each checklist of a unit and sets `block`; a page can do the same
 * with a block from `learning-pack/compiler`.
 *
 * @tagname lp-checklist
 * @summary A checklist activity: each row ticked, or rated on a scale, with an optional note; kept between visits.
 * @attr {string} [pack=standalone] - The pack's id: the first part of every key under which answers are kept.
 * @attr {string} unit - The unit's id: the second part of every key.
 * @attr {string} [storage-namespace=learning-pack] - Keeps these answers apart from other sites or courses on the same origin (SPEC §5).
 * @attr {boolean} readonly - Shows the saved answers without letting the learner change them.
 * @fires {CustomEvent<ResponseChangeDetail>} lp-response-change - A rating, tick or note was saved or cleared: `{ key, value, updatedAt }` (value: `"true"`, `""` or the level chosen).
 * @fires {CustomEvent<ErrorDetail>} lp-error - An answer could not be loaded, saved or cleared, or the block is malformed: `{ code, message }`.
 * @csspart row - Each row of the checklist.
 * @csspart note - Each note box.
 * @csspart chart - The bar chart of the ratings.
 * @cssprop --lp-chart-bar - Colour of the chart's bars; defaults to the accent.
 * @cssprop [--lp-font-family=system-ui] - Typeface.
 * @cssprop [--lp-font-size=16px] - Base text size; every size in the element scales from it, whatever the host page sets on `*`.
 * @cssprop --lp-color-text - Text colour (light and dark defaults follow the page's colour scheme).
 * @cssprop --lp-color-muted - Secondary text: hints, counts and the save status.
 * @cssprop --lp-color-background - Background.
 * @cssprop --lp-color-surface - Background of panels and boxes.
 * @cssprop --lp-color-border - Borders of fields and boxes.
 * @cssprop --lp-color-accent - Links, buttons, activity borders and filled bars.
 * @cssprop --lp-color-accent-text - Text on accent fills (primary buttons); defaults to the background.
 * @cssprop [--lp-color-focus=#ffbf47] - The focus ring.
 * @cssprop [--lp-color-focus-contrast=#0b0c0c] - The outer ring that keeps focus visible on any background.
 * @cssprop --lp-color-error - Error messages, error boxes and buttons that delete.
 * @cssprop --lp-color-error-text - Text on error fills; defaults to the background.
 * @cssprop --lp-color-success - Saved and correct states.
 * @cssprop --lp-color-shadow - Shadows.
 * @cssprop [--lp-radius=6px] - Corner radius of buttons and boxes.
 */
@localized()
export class LpChecklist extends ActivityElement<ChecklistBlock> {
  static override styles = styles;

  protected readonly kind = 'checklist';

  @state() private confirming = false;

  private controllers = new Map<string, ResponseController>();
  /** The language the activity's content is written in, as last rendered. */
  private contentLang?: string;

  protected isBlock(block: unknown): block is ChecklistBlock {
    return isChecklistBlock(block);
  }

  private get rows(): Row[] {
    const block = this.valid;
    if (!block) return [];
    const activity = { pack: this.pack, unit: this.unit, activity: block.id };
    return block.rows.map((row) => ({
      row,
      key: responseKey({ ...activity, item: row.id }),
      noteKey: block.notes ? responseKey({ ...activity, item: `${row.id}-note` }) : undefined,
    }));
  }

  override async flush(): Promise<void> {
    await Promise.all([...this.controllers.values()].map((c) => c.flush()));
  }

  protected syncControllers(): void {
    const keys = new Set(this.rows.flatMap((r) => (r.noteKey ? [r.key, r.noteKey] : [r.key])));
    for (const [key, c] of this.controllers) {
      if (!keys.has(key)) {
        void c.flush();
        this.removeController(c);
        this.controllers.delete(key);
      }
    }
    const namespace = this.storageNamespace;
    for (const key of keys) {
      if (!this.controllers.has(key)) this.controllers.set(key, new ResponseController(this, key, () => namespace, () => this.meta(key)));
    }
  }

  /** What a saved rating, tick or note carries for the portfolio: the activity's title, the row, its place and the scale. */
  private meta(key: string): ResponseMeta {
    const block = this.valid;
    const i = this.rows.findIndex((r) => r.key === key || r.noteKey === key);
    if (!block || i < 0) return {};
    const row = this.rows[i].row;
    const title = activityTitle(block);
    if (key !== this.rows[i].key) return { title, prompt: msg(str`Note on: ${row.text}`, { desc: 'A checklist row\'s note, then the row' }), order: 2 * i + 1 };
    if (block.scale) return { title, prompt: row.text, order: 2 * i, scale: block.scale };
    return { title, prompt: row.text, order: 2 * i, choices: [{ value: 'true', label: msg('Ticked', { desc: 'How a ticked checklist row reads in the portfolio and its exports' }) }] };
  }

  override render() {
    if (this.block && !this.valid) {
      return this.renderInvalid();
    }
    const block = this.valid;
    if (!block) return nothing;
    const rows = this.rows;
    const controllers = [...this.controllers.values()];
    const loading = controllers.some((c) => c.status === 'loading');
    // The element's own words in the interface language; the course's in the content's (WCAG 3.1.2).
    const lang = (this.contentLang = contentLang(this));
    const title = block.title ? withContentPart((t) => activityTitle({ id: block.id, title: t }), block.title, lang) : activityTitle(block);
    const values = rows.map((r) => this.controllers.get(r.key)?.value ?? '');
    return html`
      <section class="ui-activity" lang=${interfaceLang()} aria-labelledby="ui-heading">
        <h2 id="ui-heading" tabindex="-1">${title}</h2>
        ${block.required ? html`<p class="ui-eyebrow">${msg('Required activity')}</p>` : nothing}
        ${block.introHtml ? html`<div class="ui-intro" lang=${lang ?? nothing}>${unsafeHTML(sanitize(block.introHtml))}</div>` : nothing}
        ${controllers.some((c) => c.ready && !c.persistent) ? this.renderMemoryOnly() : nothing}
        <ul class="ui-rows" role="list">
          ${rows.map((r, i) => html`<li>${block.scale ? this.renderRated(r, i, block.scale) : this.renderTicked(r, i)}</li>`)}
        </ul>
        <p class="ui-summary" role="status">${loading ? '' : this.summary(block, values)}</p>
        <p class="ui-status ui-error" role="status">${controllers.some((c) => c.status === 'error') ? this.errorText() : ''}</p>
        ${block.scale && !loading && values.some((v) => v !== '')
          ? ratingsChart(levelCounts(block.scale, values), rows.length, { headingId: 'ui-chart-heading', level: 3, lang: this.contentLang })
          : nothing}
        ${this.readonly ? nothing : this.renderClear(controllers.some((c) => c.value !== ''))}
      </section>
    `;
  }

  /** This checklist's answers as a JSON backup, from what is on screen; each row's rating, then its note. */
  protected download(): void {
    const block = this.valid;
    if (!block) return;
    // The same title, prompts, scale and choices a saved answer carries, so the portfolio reads an import alike.
    const records = this.rows.flatMap((r) =>
      [r.key, r.noteKey].filter((k): k is string => !!k).map((key) => makeRecord(key, this.controllers.get(key)?.value ?? '', this.meta(key))),
    );
    downloadFile(`${this.pack}-${this.unit}-${block.id}-answers.json`, JSON.stringify(toExportFile(records), null, 2));
  }

  private renderRated(r: Row, i: number, scale: string[]) {
    const c = this.controllers.get(r.key);
    if (!c) return nothing;
    return html`
      <fieldset class="ui-row" part="row">
        <legend id="ui-row-text-${i}" lang=${this.contentLang ?? nothing}>${unsafeHTML(sanitize(r.row.html))}</legend>
        <div class="ui-levels">
          ${scale.map(
            (level, j) => html`
              <label class="ui-level" for="ui-row-${i}-level-${j}">
                <input
                  type="radio"
                  id="ui-row-${i}-level-${j}"
                  name="ui-row-${i}"
                  .value=${level}
                  .checked=${live(c.value === level)}
                  ?disabled=${this.readonly || !c.ready}
                  @change=${() => this.save(c, level)}
                />
                <span lang=${this.contentLang ?? nothing}>${level}</span>
              </label>
            `,
          )}
        </div>
        ${this.renderNote(r, i)}
      </fieldset>
    `;
  }

  private renderTicked(r: Row, i: number) {
    const c = this.controllers.get(r.key);
    if (!c) return nothing;
    return html`
      <div class="ui-row" part="row">
        <div class="ui-tick">
          <input
            type="checkbox"
            id="ui-row-${i}"
            .checked=${live(c.value === 'true')}
            ?disabled=${this.readonly || !c.ready}
            @change=${(e: Event) => this.save(c, (e.target as HTMLInputElement).checked ? 'true' : '')}
          />
          <label for="ui-row-${i}" id="ui-row-text-${i}" lang=${this.contentLang ?? nothing}>${unsafeHTML(sanitize(r.row.html))}</label>
        </div>
        ${this.renderNote(r, i)}
      </div>
    `;
  }

  private renderNote(r: Row, i: number) {
    const c = r.noteKey ? this.controllers.get(r.noteKey) : undefined;
    if (!c) return nothing;
    return html`
      <div class="ui-note">
        <label for="ui-note-${i}">${msg('Note')}</label>
        <textarea
          id="ui-note-${i}"
          part="note"
          rows="2"
          lang=${this.contentLang ?? nothing}
          spellcheck="true"
          aria-describedby="ui-row-text-${i}"
          ?readonly=${this.readonly}
          .value=${c.value}
          @input=${(e: InputEvent) => c.input((e.target as HTMLTextAreaElement).value)}
          @blur=${() => void c.flush()}
        ></textarea>
      </div>
    `;
  }

  private renderClear(anything: boolean) {
    if (!this.confirming) {
      return html`<button id="ui-clear" type="button" ?disabled=${!anything} @click=${() => this.askToClear()}>
        ${msg('Clear all answers')}
      </button>`;
    }
    return html`
      <div class="ui-confirm" role="group" aria-labelledby="ui-confirm-text">
        <p id="ui-confirm-text">${msg('Clear every answer in this checklist? They will be deleted from this browser and cannot be brought back.')}</p>
        <div class="ui-actions">
          <button id="ui-cancel-clear" type="button" @click=${() => this.cancelClear()}>${msg('Keep my answers')}</button>
          <button id="ui-confirm-clear" class="ui-danger" type="button" @click=${() => this.clearAll()}>${msg('Yes, clear my answers')}</button>
        </div>
      </div>
    `;
  }

  private summary(block: ChecklistBlock, values: string[]): string {
    const done = values.filter((v) => v !== '').length;
    const total = values.length;
    if (block.scale) {
      return plural(total, {
        zero: () => msg(str`${done} of ${total} rated`, { id: 'checklist-rated-zero' }),
        one: () => msg(str`${done} of ${total} rated`, { id: 'checklist-rated-one' }),
        two: () => msg(str`${done} of ${total} rated`, { id: 'checklist-rated-two' }),
        few: () => msg(str`${done} of ${total} rated`, { id: 'checklist-rated-few' }),
        many: () => msg(str`${done} of ${total} rated`, { id: 'checklist-rated-many' }),
        other: () => msg(str`${done} of ${total} rated`, { id: 'checklist-rated-other' }),
      });
    }
    return plural(total, {
      zero: () => msg(str`${done} of ${total} ticked`, { id: 'checklist-ticked-zero' }),
      one: () => msg(str`${done} of ${total} ticked`, { id: 'checklist-ticked-one' }),
      two: () => msg(str`${done} of ${total} ticked`, { id: 'checklist-ticked-two' }),
      few: () => msg(str`${done} of ${total} ticked`, { id: 'checklist-ticked-few' }),
      many: () => msg(str`${done} of ${total} ticked`, { id: 'checklist-ticked-many' }),
      other: () => msg(str`${done} of ${total} ticked`, { id: 'checklist-ticked-other' }),
    });
  }

  private errorText(): string {
    return msg('Not saved. Your answers are still here: keep this page open and try again.');
  }

  /** A rating or a tick is one deliberate choice: save it at once. */
  private save(c: ResponseController, value: string): void {
    c.input(value);
    void c.flush();
  }

  private async askToClear(): Promise<void> {
    this.confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#ui-cancel-clear')?.focus();
  }

  private async cancelClear(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#ui-clear')?.focus();
  }

  private async clearAll(): Promise<void> {
    this.confirming = false;
    await Promise.all([...this.controllers.values()].map((c) => c.clear()));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#ui-heading')?.focus();
  }
}

define('lp-checklist', LpChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'lp-checklist': LpChecklist;
  }
}
