import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { DEFAULT_NAMESPACE, responseStore, type ResponseRecord } from '../store/responses.js';
import { pageOrder, toExportFile } from '../store/export.js';
import { answerText, groupByActivity, ratingsOf, toMarkdown, type ActivityGroup, type MarkdownLabels } from '../store/readable.js';
import { mergeResponses, parseImport, type ImportProblem } from '../store/import.js';
import { publish, subscribe } from '../store/sync.js';
import { SchemeController } from './controllers/scheme-controller.js';
import { define } from './define.js';
import { LocaleController } from '../locales/locale-controller.js';
import { downloadFile } from './download.js';
import { emit } from './events.js';
import { currentLocale } from '../locales/localization.js';
import { plural } from '../locales/plural.js';
import { styles } from './lp-portfolio.styles.js';
import { ratingsChart } from './ratings-chart.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function when(iso: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * Exports are Markdown, JSON (which the import reads back) and Word; nothing leaves the browser unless the learner saves a file.
 *
 * @tagname lp-portfolio
 * @summary Every answer the learner has written in this browser, grouped by pack and unit, with exports and import.
 * @attr {string} [storage-namespace=learning-pack] - Keeps these answers apart from other sites or courses on the same origin (SPEC §5).
 * @fires {CustomEvent<ResponseChangeDetail>} lp-response-change - An answer was deleted or imported: `{ key, value, updatedAt }`.
 * @fires {CustomEvent<ErrorDetail>} lp-error - Answers could not be read, deleted, exported or imported: `{ code, message }`.
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
export class LpPortfolio extends LitElement {
  static override styles = styles;

  /** Follows the `lang` of the element or the page. */
  protected readonly language = new LocaleController(this);
  /** Follows the page's colour scheme, else the learner's. */
  protected readonly scheme = new SchemeController(this);

  @property({ attribute: 'storage-namespace' }) storageNamespace = DEFAULT_NAMESPACE;
  /** Show one pack only; empty for every pack. */
  @property() pack = '';

  @state() private records?: ResponseRecord[];
  @state() private failed = false;
  /** The key, or `*` for all shown, whose deletion awaits confirmation. */
  @state() private confirming?: string;
  @state() private message = '';
  @state() private messageBad = false;

  private unsubscribe?: () => void;
  private subscribed?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = this.subscribed = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('storageNamespace') && changed.get('storageNamespace') !== undefined) void this.refresh();
  }

  /** Reads every answer again. */
  async refresh(): Promise<void> {
    if (this.isConnected && this.subscribed !== this.storageNamespace) {
      this.unsubscribe?.();
      this.subscribed = this.storageNamespace;
      this.unsubscribe = subscribe(this.storageNamespace, () => void this.refresh());
    }
    try {
      const all = await responseStore(this.storageNamespace).list();
      this.records = all.filter((r) => r.value !== '').sort(pageOrder);
      this.failed = false;
    } catch (e) {
      this.failed = true;
      emit(this, 'lp-error', { code: 'load-failed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  private get shown(): ResponseRecord[] {
    return (this.records ?? []).filter((r) => !this.pack || r.pack === this.pack);
  }

  override render() {
    if (this.failed) {
      return html`<div class="ui-error-box" role="alert"><p><strong>${msg('Your answers could not be read from this browser.')}</strong></p>
        <p>${msg('Reload the page to try again.')}</p></div>`;
    }
    if (!this.records) return html`<p role="status">${msg('Loading your answers…')}</p>`;
    const packs = [...new Set(this.records.map((r) => r.pack))];
    const shown = this.shown;
    const n = shown.length;
    return html`
      <section aria-labelledby="ui-portfolio-heading">
        <h2 id="ui-portfolio-heading">${msg('Your answers')}</h2>
        <p>${msg('Everything you have written in the activities, as saved in this browser on this device.')}</p>
        <div class="ui-controls">
          ${packs.length > 1
            ? html`<div>
                <label for="ui-pack">${msg('Show the answers of')}</label>
                <select id="ui-pack" @change=${(e: Event) => (this.pack = (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${!this.pack}>${msg('Every course')}</option>
                  ${packs.map((p) => html`<option value=${p} ?selected=${this.pack === p}>${p}</option>`)}
                </select>
              </div>`
            : nothing}
          <div class="ui-actions" role="group" aria-label=${msg('Download or print')}>
            <button type="button" ?disabled=${n === 0} @click=${() => this.exportJson()}>${msg('Download a backup (JSON)')}</button>
            <button type="button" ?disabled=${n === 0} @click=${() => this.exportMarkdown()}>${msg('Download as text (Markdown)')}</button>
            <button type="button" ?disabled=${n === 0} @click=${() => void this.exportDocx()}>${msg('Download as a Word document')}</button>
            <button type="button" ?disabled=${n === 0} @click=${() => window.print()}>${msg('Print or save as PDF')}</button>
          </div>
          <div>
            <label for="ui-import">${msg('Bring back answers from a backup (JSON)')}</label>
            <input id="ui-import" type="file" accept=".json,application/json" @change=${(e: Event) => void this.importFile(e.target as HTMLInputElement)} />
          </div>
        </div>
        <p class="ui-message ${this.messageBad ? 'ui-bad' : ''}" role=${this.messageBad ? 'alert' : 'status'}>${this.message}</p>
        ${n === 0 ? html`<p>${msg('There are no answers saved in this browser yet.')}</p>` : this.renderGroups(groupByActivity(shown))}
        ${n > 0 ? this.renderDeleteAll(n) : nothing}
      </section>
    `;
  }

  private renderGroups(groups: ActivityGroup[]) {
    let unit = '';
    return groups.map((g, i) => {
      const u = `${g.pack}/${g.unit}`;
      const heading = u !== unit ? html`<h3>${msg(str`${g.unit} (${g.pack})`, { desc: 'A unit id, then its pack id' })}</h3>` : nothing;
      unit = u;
      const ratings = ratingsOf(g);
      return html`${heading}
        <h4>${g.title}</h4>
        ${ratings ? ratingsChart(ratings.counts, ratings.rows.length, { headingId: `ui-chart-heading-${i}`, level: 5 }) : nothing}
        ${g.responses.map((r) => this.renderAnswer(r))}`;
    });
  }

  private renderAnswer(r: ResponseRecord) {
    return html`<div class="ui-answer">
      <p class="ui-prompt">${r.prompt ?? msg('Your answer')}</p>
      <p class="ui-value">${answerText(r)}</p>
      <p class="ui-when">${msg(str`Last changed ${when(r.updatedAt)}`)}</p>
      ${this.confirming === r.key
        ? this.renderConfirm(msg('Delete this answer? It will be removed from this browser and cannot be brought back.'), () => this.deleteOne(r))
        : html`<button type="button" class="ui-delete" aria-label=${msg(str`Delete answer to: ${r.prompt ?? r.key}`)} @click=${() => this.ask(r.key)}>${msg('Delete')}</button>`}
    </div>`;
  }

  private renderDeleteAll(n: number) {
    if (this.confirming === '*') {
      const question = plural(n, {
        zero: () => msg(str`Delete all ${n} answers shown? They will be removed from this browser and cannot be brought back.`, { id: 'delete-all-zero' }),
        one: () => msg(str`Delete ${n} answer? It will be removed from this browser and cannot be brought back.`, { id: 'delete-all-one' }),
        two: () => msg(str`Delete all ${n} answers shown? They will be removed from this browser and cannot be brought back.`, { id: 'delete-all-two' }),
        few: () => msg(str`Delete all ${n} answers shown? They will be removed from this browser and cannot be brought back.`, { id: 'delete-all-few' }),
        many: () => msg(str`Delete all ${n} answers shown? They will be removed from this browser and cannot be brought back.`, { id: 'delete-all-many' }),
        other: () => msg(str`Delete all ${n} answers shown? They will be removed from this browser and cannot be brought back.`, { id: 'delete-all-other' }),
      });
      return this.renderConfirm(question, () => this.deleteShown());
    }
    return html`<button type="button" class="ui-delete-all" @click=${() => this.ask('*')}>${msg('Delete all answers shown')}</button>`;
  }

  private renderConfirm(question: string, yes: () => void) {
    return html`<div class="ui-confirm" role="group" aria-label=${question} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.cancel()}>
      <p>${question}</p>
      <div class="ui-actions">
        <button type="button" class="ui-cancel" @click=${() => this.cancel()}>${msg('Keep')}</button>
        <button type="button" class="ui-danger ui-yes" @click=${yes}>${msg('Yes, delete')}</button>
      </div>
    </div>`;
  }

  private async ask(key: string): Promise<void> {
    this.confirming = key;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.ui-confirm .ui-cancel')?.focus();
  }

  private async cancel(): Promise<void> {
    this.confirming = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private async deleteOne(r: ResponseRecord): Promise<void> {
    await this.deleteRecords([r]);
  }

  private async deleteShown(): Promise<void> {
    await this.deleteRecords(this.shown);
  }

  private async deleteRecords(records: ResponseRecord[]): Promise<void> {
    this.confirming = undefined;
    const store = responseStore(this.storageNamespace);
    try {
      for (const r of records) {
        await store.delete(r.key);
        const updatedAt = new Date().toISOString();
        publish(this.storageNamespace, { key: r.key, value: '', updatedAt, deleted: true });
        emit(this, 'lp-response-change', { key: r.key, value: '', updatedAt });
      }
      const n = records.length;
      this.say(
        plural(n, {
          zero: () => msg(str`Deleted ${n} answers.`, { id: 'deleted-zero' }),
          one: () => msg(str`Deleted ${n} answer.`, { id: 'deleted-one' }),
          two: () => msg(str`Deleted ${n} answers.`, { id: 'deleted-two' }),
          few: () => msg(str`Deleted ${n} answers.`, { id: 'deleted-few' }),
          many: () => msg(str`Deleted ${n} answers.`, { id: 'deleted-many' }),
          other: () => msg(str`Deleted ${n} answers.`, { id: 'deleted-other' }),
        }),
      );
    } catch (e) {
      this.say(msg('The answers could not be deleted. Please try again.'), true);
      emit(this, 'lp-error', { code: 'delete-failed', message: e instanceof Error ? e.message : String(e) });
    }
    await this.refresh();
  }

  private say(message: string, bad = false): void {
    this.message = message;
    this.messageBad = bad;
  }

  private fileName(ext: string): string {
    return `${this.pack || 'learning-pack'}-answers.${ext}`;
  }

  private exportJson(): void {
    downloadFile(this.fileName('json'), JSON.stringify(toExportFile(this.shown), null, 2));
  }

  private exportMarkdown(): void {
    const md = toMarkdown(this.shown, this.labels());
    downloadFile(this.fileName('md'), md, 'text/markdown');
  }

  /** The words around the answers in the Markdown and Word exports. */
  private labels(): MarkdownLabels {
    return {
      heading: msg('Your answers'),
      unit: (pack, unit) => msg(str`${unit} (${pack})`, { desc: 'A unit id, then its pack id' }),
      row: msg('Item', { desc: 'Column heading: a checklist row' }),
      rating: msg('Your rating'),
      level: msg('Level'),
      count: msg('Number of items'),
    };
  }

  private async exportDocx(): Promise<void> {
    this.say(msg('Preparing the Word document…'));
    try {
      // Loaded only when chosen: the Word library is large and most learners never need it.
      const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
      const labels = this.labels();
      const table = (head: [string, string], rows: [string, string][]) =>
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [head, ...rows].map(
            (cells, i) =>
              new TableRow({
                tableHeader: i === 0,
                children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: i === 0 })] })] })),
              }),
          ),
        });
      const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [new Paragraph({ text: labels.heading, heading: HeadingLevel.TITLE })];
      let unit = '';
      for (const g of groupByActivity(this.shown)) {
        if (`${g.pack}/${g.unit}` !== unit) {
          unit = `${g.pack}/${g.unit}`;
          children.push(new Paragraph({ text: labels.unit(g.pack, g.unit), heading: HeadingLevel.HEADING_1 }));
        }
        children.push(new Paragraph({ text: g.title, heading: HeadingLevel.HEADING_2 }));
        const ratings = ratingsOf(g);
        if (ratings) {
          children.push(table([labels.row, labels.rating], ratings.rows.map((r) => [r.label, r.level])));
          children.push(new Paragraph({ text: '' }));
          children.push(table([labels.level, labels.count], ratings.counts.map((c) => [c.level, String(c.count)])));
        }
        for (const r of g.responses.filter((r) => !r.scale)) {
          children.push(new Paragraph({ children: [new TextRun({ text: r.prompt ?? msg('Your answer'), bold: true })] }));
          for (const line of answerText(r).split(/\r?\n/)) children.push(new Paragraph({ text: line }));
        }
      }
      const blob = await Packer.toBlob(new Document({ sections: [{ children }] }));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = this.fileName('docx');
      link.type = DOCX_TYPE;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.say(msg('The Word document has been downloaded.'));
    } catch (e) {
      this.say(msg('The Word document could not be made. Please try the Markdown download instead.'), true);
      emit(this, 'lp-error', { code: 'export-failed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const text = await file.text();
      const parsed = parseImport(text);
      if (!parsed.ok) {
        this.say(this.problemText(parsed.problem), true);
        return;
      }
      const counts = await mergeResponses(parsed.records, responseStore(this.storageNamespace));
      for (const r of counts.written) publish(this.storageNamespace, { key: r.key, value: r.value, updatedAt: r.updatedAt });
      const { added, updated, kept } = counts;
      this.say(msg(str`Backup read: ${added} added, ${updated} updated, ${kept} kept as they were.`, { desc: 'Counts of answers' }));
      await this.refresh();
    } catch (e) {
      this.say(msg('The backup could not be read. Your saved answers are unchanged.'), true);
      emit(this, 'lp-error', { code: 'import-failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      input.value = '';
    }
  }

  private problemText({ code, entry, property }: ImportProblem): string {
    const unchanged = msg('Nothing was imported and your saved answers are unchanged.');
    const where = entry !== undefined ? msg(str`answer ${entry}`, { desc: 'Position of an answer in a backup file' }) : msg('the file');
    const reasons: Record<ImportProblem['code'], () => string> = {
      'too-large': () => msg('This file is too large to be a backup of answers.'),
      'not-json': () => msg('This file is not a backup of answers: it is not JSON, or it is cut short.'),
      'duplicate-property': () => msg(str`This backup names "${property ?? ''}" twice in ${where}.`),
      'not-an-object': () => msg('This file is not a backup of answers.'),
      'unknown-property': () => msg(str`This backup has "${property ?? ''}" in ${where}, which a backup of answers never has.`),
      'wrong-format': () => msg('This file is a different kind of file, not a backup of answers.'),
      'newer-version': () => msg('This backup was made by a newer version. Update the page, then try again.'),
      'wrong-version': () => msg('This backup’s version is not one we know.'),
      'no-responses': () => msg('This backup has no list of answers.'),
      'too-many': () => msg('This backup has more answers than any backup could.'),
      'bad-entry': () => msg(str`In this backup, ${where} is not an answer.`),
      'bad-key': () => msg(str`In this backup, ${where} does not say which activity it belongs to.`),
      'bad-value': () => msg(str`In this backup, ${where} has no text.`),
      'value-too-long': () => msg(str`In this backup, ${where} is too long.`),
      'bad-date': () => msg(str`In this backup, ${where} has a date that is not valid.`),
      'bad-label': () => msg(str`In this backup, ${where} has a title, prompt or position that is not valid.`),
      'duplicate-key': () => msg(str`In this backup, ${where} repeats an answer given earlier.`),
    };
    return `${reasons[code]()} ${unchanged}`;
  }
}

define('lp-portfolio', LpPortfolio);

declare global {
  interface HTMLElementTagNameMap {
    'lp-portfolio': LpPortfolio;
  }
}
