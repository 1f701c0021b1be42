import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { localized, msg, str } from '@lit/localize';
import type { Block, CompileResult, Diagnostic, Unit } from '../content/model.js';
import { DEFAULT_NAMESPACE, listResponses, responseStore } from '../store/responses.js';
import { toExportFile } from '../store/export.js';
import { StorageNoticeController } from './controllers/storage-notice-controller.js';
import { downloadFile } from './download.js';
import { define } from './define.js';
import { emit, type ErrorDetail } from './events.js';
import { plural } from './plural.js';
import { sanitize } from './sanitize.js';
import { styles } from './lp-unit.styles.js';
import { activityTitle } from './lp-reflection.js';

type LoadState =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; unit: Unit; diagnostics: Diagnostic[] }
  | { status: 'failed'; message: string; diagnostics: Diagnostic[] };

interface ContentsEntry {
  target: string;
  text: string;
}

/** Thrown for a unit that cannot be shown; the message is for the learner. */
class UnitLoadError extends Error {
  override name = 'UnitLoadError';
  constructor(
    message: string,
    readonly code: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
  }
}

/**
 * The text of an inline `<script type="text/markdown">`. Nothing in a page can
 * hold `</script>` inside a script element, so the Markdown writes it `<\/script>`
 * (and `<!--`, which would keep the element open, `<\!--`); both mean the
 * original here, so a code sample that shows them renders whole.
 */
function inlineSource(text: string): string {
  return text.replace(/<\\(\/script|!--)/gi, '<$1');
}

/** Removes the indentation an inline `<script type="text/markdown">` picks up from the page. */
function dedent(text: string): string {
  const lines = text.replace(/^\s*\n/, '').trimEnd().split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n') + '\n';
}

function isUnit(value: unknown): value is Unit {
  const u = value as Unit;
  return !!u && typeof u === 'object' && !!u.meta && typeof u.meta.id === 'string' && Array.isArray(u.blocks);
}

/**
 * @summary One learning unit: its title, contents, text and activities, from Markdown or a compiled unit.
 * @event lp-error - The unit, or a block of it, could not be shown: `{ code, message }`.
 * @cssproperty --lp-measure - Widest the text column grows.
 * @cssproperty --lp-font-family - Typeface of the unit.
 * @cssproperty --lp-color-accent - Links, activity borders and buttons.
 */
@localized()
export class LpUnit extends LitElement {
  static override styles = styles;

  /** A unit's `.md` source or compiled `.json`. Without it, an inline `<script type="text/markdown">` child is used. */
  @property() src?: string;
  /** Pack id used in response keys when the unit stands alone. */
  @property() pack = 'standalone';
  @property({ attribute: 'storage-namespace' }) storageNamespace = DEFAULT_NAMESPACE;
  @property({ type: Boolean, reflect: true }) readonly = false;

  @state() private load: LoadState = { status: 'empty' };
  @state() private downloadMessage = '';
  private loads = 0;
  private readonly notice = new StorageNoticeController(this, () => this.storageNamespace);

  /** The unit being shown, once loaded. */
  get unit(): Unit | undefined {
    return this.load.status === 'ready' ? this.load.unit : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.src) {
      // An inline source may not be parsed yet when the element upgrades during page load.
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => void this.reload(), { once: true });
      } else {
        void this.reload();
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.reload();
  }

  /** Loads (again) from `src` or the inline source. Never rejects. */
  async reload(): Promise<void> {
    const load = ++this.loads;
    this.load = { status: 'loading' };
    let next: LoadState;
    try {
      const { unit, diagnostics } = await this.fetchUnit();
      next = { status: 'ready', unit, diagnostics };
      for (const d of diagnostics.filter((d) => d.severity === 'error')) {
        this.fail({ code: d.code, message: `${d.line}:${d.column} ${d.message}` });
      }
    } catch (e) {
      const err = e instanceof UnitLoadError ? e : new UnitLoadError(String(e instanceof Error ? e.message : e), 'load-failed');
      next = { status: 'failed', message: err.message, diagnostics: err.diagnostics };
      this.fail({ code: err.code, message: err.message });
    }
    if (load === this.loads) this.load = next;
  }

  private async fetchUnit(): Promise<{ unit: Unit; diagnostics: Diagnostic[] }> {
    if (!this.src) {
      const script = this.querySelector('script[type="text/markdown"]');
      if (!script) {
        throw new UnitLoadError(msg('No unit to show: give the element a src or an inline Markdown source.'), 'no-source');
      }
      return this.compile(dedent(inlineSource(script.textContent ?? '')), 'inline');
    }
    let response: Response;
    try {
      response = await fetch(this.src);
    } catch {
      throw new UnitLoadError(msg(str`The unit could not be downloaded from ${this.src}. Check your connection and reload the page.`), 'load-failed');
    }
    if (!response.ok) {
      throw new UnitLoadError(msg(str`The unit could not be found at ${this.src} (HTTP ${response.status}).`), 'load-failed');
    }
    const text = await response.text();
    const isJson = /\.json($|[?#])/i.test(this.src) || (response.headers.get('content-type') ?? '').includes('json');
    if (!isJson) return this.compile(text, this.src);
    let unit: unknown;
    try {
      unit = JSON.parse(text);
    } catch {
      unit = undefined;
    }
    if (!isUnit(unit)) throw new UnitLoadError(msg(str`${this.src} is not a compiled unit.`), 'invalid-unit');
    return { unit, diagnostics: [] };
  }

  private async compile(source: string, file: string): Promise<{ unit: Unit; diagnostics: Diagnostic[] }> {
    // The compiler is a chunk of its own: pages of compiled units never download it.
    const { compileUnit } = await import('../content/compile.js');
    const result: CompileResult = compileUnit(source, file);
    if (!result.unit) {
      throw new UnitLoadError(msg('This unit has mistakes in its source and cannot be shown.'), 'compile-failed', result.diagnostics);
    }
    return { unit: result.unit, diagnostics: result.diagnostics };
  }

  protected override updated(): void {
    // A table wider than a phone scrolls in its own box; make that box reachable
    // and scrollable from the keyboard, and name it (axe: scrollable-region-focusable).
    for (const box of this.renderRoot.querySelectorAll<HTMLElement>('.lp-table:not([tabindex])')) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', msg('Table'));
    }
  }

  private fail(detail: ErrorDetail): void {
    emit(this, 'lp-error', detail);
  }

  override render() {
    switch (this.load.status) {
      case 'empty':
      case 'loading':
        return html`<p class="ui-loading" role="status">${msg('Loading the unit…')}</p>`;
      case 'failed':
        return this.renderFailure(this.load.message, this.load.diagnostics);
      case 'ready':
        return this.renderUnit(this.load.unit);
    }
  }

  private renderFailure(message: string, diagnostics: Diagnostic[]) {
    return html`
      <article>
        <div class="ui-error-box" role="alert">
          <p><strong>${msg('This unit could not be shown.')}</strong></p>
          <p>${message}</p>
          ${diagnostics.length
            ? html`<ul>
                ${diagnostics.map((d) => html`<li><code>${d.file}:${d.line}:${d.column} ${d.code}</code> ${d.message}</li>`)}
              </ul>`
            : nothing}
          <p>${msg('If you are studying this unit, please tell your tutor. Your saved answers are not affected.')}</p>
        </div>
      </article>
    `;
  }

  private renderUnit(unit: Unit) {
    const { meta } = unit;
    const contents = this.contents(unit);
    const duration = meta.duration;
    return html`
      <article lang=${meta.lang}>
        <header>
          <p class="ui-number">${msg(str`Unit ${meta.number}`)}</p>
          <h1>${meta.title}</h1>
          ${meta.summary ? html`<p class="ui-summary">${meta.summary}</p>` : nothing}
          ${duration
            ? html`<p class="ui-facts">${plural(duration, {
                one: () => msg(str`About ${duration} minute`, { id: 'duration-one' }),
                other: () => msg(str`About ${duration} minutes`, { id: 'duration-other' }),
              })}</p>`
            : nothing}
          ${meta.objectives?.length
            ? html`<section class="ui-objectives" aria-labelledby="ui-objectives-heading">
                <h2 id="ui-objectives-heading">${msg('By the end of this unit you will be able to:')}</h2>
                <ul>${meta.objectives.map((o) => html`<li>${o}</li>`)}</ul>
              </section>`
            : nothing}
        </header>
        ${contents.length
          ? html`<nav aria-labelledby="ui-contents-heading">
              <h2 id="ui-contents-heading">${msg('Contents')}</h2>
              <ol>
                ${contents.map((c) => html`<li><a href="#${c.target}" @click=${(e: Event) => this.goTo(e, c.target)}>${c.text}</a></li>`)}
              </ol>
            </nav>`
          : nothing}
        ${this.notice.show ? this.renderStorageNotice(unit) : nothing}
        <div class="ui-content">${unit.blocks.map((b) => this.renderBlock(b, unit))}</div>
        ${unit.blocks.some((b) => b.type === 'reflection') ? this.renderYourAnswers(unit) : nothing}
      </article>
    `;
  }

  private renderStorageNotice(unit: Unit) {
    return html`<section class="ui-notice" aria-labelledby="ui-notice-heading">
      <h2 id="ui-notice-heading">${msg('Keep a copy of your answers')}</h2>
      <p>${msg('Your answers are saved in this browser only. On iPhone, iPad and in Safari, the browser may delete them if you do not open this site for seven days. Download a copy of your answers now and then to keep them safe.')}</p>
      <div class="ui-actions">
        <button type="button" class="ui-primary" @click=${() => this.downloadAnswers(unit)}>${msg('Download my answers')}</button>
        <button type="button" @click=${() => this.notice.dismiss()}>${msg('Got it')}</button>
      </div>
    </section>`;
  }

  private renderYourAnswers(unit: Unit) {
    return html`<section class="ui-your-answers" aria-labelledby="ui-your-answers-heading">
      <h2 id="ui-your-answers-heading">${msg('Your answers')}</h2>
      <p>${msg('Your answers to this unit are saved in this browser as you type. Download a copy to keep them safe.')}</p>
      <button type="button" @click=${() => this.downloadAnswers(unit)}>${msg('Download my answers')}</button>
      <p role="status">${this.downloadMessage}</p>
    </section>`;
  }

  /** Downloads this unit's answers in the export format of SPEC §5. */
  private async downloadAnswers(unit: Unit): Promise<void> {
    try {
      // Answers still waiting for the typing pause belong in the copy too.
      await Promise.all([...this.renderRoot.querySelectorAll('lp-reflection')].map((r) => r.flush()));
      const records = (await listResponses(this.pack, responseStore(this.storageNamespace))).filter((r) => r.unit === unit.meta.id);
      const file = toExportFile(records);
      downloadFile(`${this.pack}-${unit.meta.id}-answers.json`, JSON.stringify(file, null, 2));
      const n = file.responses.length;
      this.downloadMessage =
        n === 0
          ? msg('There are no answers to download yet.')
          : plural(n, {
              one: () => msg(str`Downloaded ${n} answer.`, { id: 'downloaded-one' }),
              other: () => msg(str`Downloaded ${n} answers.`, { id: 'downloaded-other' }),
            });
    } catch (e) {
      this.downloadMessage = msg('Your answers could not be downloaded. Please try again.');
      this.fail({ code: 'export-failed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  /** Top-level sections and activities, in the order the learner meets them. */
  private contents(unit: Unit): ContentsEntry[] {
    const sections = unit.headings.filter((h) => h.depth === 2);
    const entries: ContentsEntry[] = [];
    for (const block of unit.blocks) {
      if (block.type === 'reflection') {
        entries.push({ target: `ui-activity-${block.id}`, text: activityTitle(block) });
      } else if (block.type === 'html' || block.type === 'callout') {
        for (const h of sections) if (block.html.includes(`id="${h.id}"`)) entries.push({ target: h.id, text: h.text });
      }
    }
    return entries;
  }

  private renderBlock(block: Block, unit: Unit): TemplateResult | typeof nothing {
    try {
      switch (block.type) {
        case 'html':
          return html`${unsafeHTML(sanitize(block.html))}`;
        case 'callout':
          return this.renderCallout(block);
        case 'reflection':
          return html`<lp-reflection
            id="ui-activity-${block.id}"
            .block=${block}
            pack=${this.pack}
            unit=${unit.meta.id}
            storage-namespace=${this.storageNamespace}
            ?readonly=${this.readonly}
          ></lp-reflection>`;
        case 'error':
          return this.renderBlockError(block.code, block.message, block.line, block.column);
      }
    } catch (e) {
      return this.renderBlockError('render-failed', e instanceof Error ? e.message : String(e));
    }
    return nothing;
  }

  private renderCallout(block: Extract<Block, { type: 'callout' }>) {
    const body = unsafeHTML(sanitize(block.html));
    if (block.kind === 'quote') {
      return html`<figure class="ui-quote">
        <blockquote>${body}</blockquote>
        ${block.cite ? html`<figcaption>— <cite>${block.cite}</cite></figcaption>` : nothing}
      </figure>`;
    }
    const names = { note: msg('Note'), tip: msg('Tip'), important: msg('Important'), warning: msg('Warning') };
    const title = block.title ?? names[block.kind];
    return html`<aside class="ui-callout ui-${block.kind}" aria-label=${title}>
      <p class="ui-callout-title">${title}</p>
      <div>${body}</div>
    </aside>`;
  }

  private renderBlockError(code: string, message: string, line?: number, column?: number) {
    return html`<div class="ui-error-box">
      <p><strong>${msg('This part of the unit could not be shown.')}</strong></p>
      <p><code>${code}</code> ${message}${line ? ` (${msg(str`line ${line}, column ${column ?? 1}`)})` : ''}</p>
    </div>`;
  }

  /** Contents links point into the shadow root, where the browser's own fragment navigation cannot reach. */
  private goTo(e: Event, target: string): void {
    e.preventDefault();
    const el = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(target)}"]`);
    if (!el) return;
    const focusable = el instanceof LitElement ? (el.renderRoot.querySelector<HTMLElement>('h2') ?? el) : el;
    if (!focusable.hasAttribute('tabindex')) focusable.setAttribute('tabindex', '-1');
    focusable.scrollIntoView({ block: 'start' });
    focusable.focus({ preventScroll: true });
  }
}

define('lp-unit', LpUnit);

declare global {
  interface HTMLElementTagNameMap {
    'lp-unit': LpUnit;
  }
}
