import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { localized, msg, str } from '@lit/localize';
import type { ActivityBlock, Block, CompileResult, Diagnostic, Unit } from '../content/model.js';
import { DEFAULT_NAMESPACE, listResponses, responseStore, type ResponseRecord } from '../store/responses.js';
import { toExportFile } from '../store/export.js';
import { packFromSource, responseKey } from '../store/keys.js';
import { StorageNoticeController } from './controllers/storage-notice-controller.js';
import { downloadFile } from './download.js';
import { SchemeController } from './controllers/scheme-controller.js';
import { define } from './define.js';
import { emit, type ErrorDetail } from './events.js';
import { LocaleController } from '../locales/locale-controller.js';
import { plural } from '../locales/plural.js';
import { sanitize } from './sanitize.js';
import { styles } from './lp-unit.styles.js';
import './lp-reflection.js';
import { activityTitle } from './activity.js';
import { load } from './autoload.js';
import { interfaceLang, withContentPart } from './language-parts.js';
import { errorBox, type Problem } from './error-box.js';

interface Loaded {
  unit: Unit;
  diagnostics: Diagnostic[];
  /** The source's name in the compiler's messages: `src`, or `inline`. */
  file: string;
}

/** A compiler diagnostic as a problem in the error box: with its place when it is the author's (LP codes). */
function problemOf(d: Pick<Diagnostic, 'code' | 'message' | 'line' | 'column'>, file: string): Problem {
  return d.code.startsWith('LP') ? { file, line: d.line, column: d.column, code: d.code, message: d.message } : { code: d.code, message: d.message };
}

/** The element of each kind of activity. */
const ACTIVITY_TAGS = { reflection: literal`lp-reflection`, checklist: literal`lp-checklist`, quiz: literal`lp-quiz` } as const;

interface ContentsEntry {
  target: string;
  text: string;
  /** An activity's entry: its id and title, the title in the unit's language inside the interface's words. */
  activity?: { id: string; title?: string };
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

/** Any failure to load, as the error the learner is shown. */
function asLoadError(e: unknown): UnitLoadError {
  return e instanceof UnitLoadError ? e : new UnitLoadError(String(e instanceof Error ? e.message : e), 'load-failed');
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

/**
 * Removes the indentation an inline `<script type="text/markdown">` picks up
 * from the page. Linear in the text: a regular expression such as `\s+$`
 * backtracks quadratically over a long run of spaces inside a line, and
 * `Math.min(...indents)` overflows the stack on a very long source.
 */
function dedent(text: string): string {
  const lines = text.trimEnd().split('\n');
  let first = 0;
  while (first < lines.length - 1 && !lines[first]!.trim()) first++;
  let cut = Infinity;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    let indent = 0;
    while (indent < line.length && (line[indent] === ' ' || line[indent] === '\t')) indent++;
    if (indent < line.length && indent < cut) cut = indent;
  }
  if (cut === Infinity) cut = 0;
  let out = '';
  for (let i = first; i < lines.length; i++) out += `${lines[i]!.slice(cut)}\n`;
  return out;
}

/** Each block's HTML through the sanitiser once, however often the unit is drawn again. */
const sanitized = new WeakMap<Block, string>();

function sanitizedHtml(block: Block & { html: string }, baseUrl?: string): string {
  let html = sanitized.get(block);
  if (html === undefined) sanitized.set(block, (html = sanitize(block.html, baseUrl)));
  return html;
}

/** A compiled unit's address: its relative links and images point next to it (the compiler resolved a `.md` unit's). */
const compiledFrom = new WeakMap<Unit, string>();

/** The compiler is a chunk of its own: pages of compiled units never download it. */
const loadCompiler = () => import('../content/compile.js');
/** The check of a compiled unit: a small chunk, needed only by `.json` sources. */
const loadValidator = () => import('../content/validate.js');

/** The nearest heading before an element in document order, within its parent chain. */
function headingBefore(el: Element): Element | undefined {
  for (let node: Element | null = el; node; node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (/^H[1-6]$/.test(prev.tagName)) return prev;
      const inner = prev.querySelectorAll('h1, h2, h3, h4, h5, h6');
      if (inner.length) return inner[inner.length - 1];
    }
  }
  return undefined;
}

/**
 * `src` names a unit's Markdown file or its compiled JSON; the answers of its activities are kept in the
 * learner's browser. The `lp-response-change` events of its activities bubble out of it.
 *
 * @tagname lp-unit
 * @summary One learning unit: its title, contents, text and activities, from Markdown or a compiled unit.
 * @attr {string} [storage-namespace=learning-pack] - Keeps these answers apart from other sites or courses on the same origin (SPEC §5).
 * @attr {boolean} readonly - Shows the saved answers without letting the learner change them.
 * @fires {CustomEvent<ErrorDetail>} lp-error - The unit, or a block of it, could not be shown: `{ code, message }`.
 * @cssprop [--lp-measure=42rem] - Widest the text column grows.
 * @cssprop [--lp-font-size=1.0625rem] - Size of the unit's text.
 * @cssprop [--lp-gutter=1rem] - Space at the left and right edges.
 * @cssprop [--lp-font-family=system-ui] - Typeface.
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
export class LpUnit extends LitElement {
  static override styles = styles;

  /** A unit's `.md` source or compiled `.json`. Without it, an inline `<script type="text/markdown">` child is used. */
  @property() src?: string;
  /**
   * The Markdown of a unit, given as text (an editor's live preview). Used when
   * there is no `src`, before any inline source; each new value is compiled and
   * shown in place of the last, which stays on screen until then.
   */
  @property({ attribute: false }) source?: string;
  /**
   * Pack id, the first part of every response key. Without it, the pack is
   * derived from where the unit comes from (see `packFromSource`), so two
   * courses on one site never share answers by accident.
   */
  @property() pack?: string;
  @property({ attribute: 'storage-namespace' }) storageNamespace = DEFAULT_NAMESPACE;
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Loads from `src` or the inline source; only the newest run's result is shown. */
  private readonly loader = new Task<[], Loaded>(this, {
    task: () => this.fetchUnit(),
    autoRun: false,
    onComplete: ({ diagnostics }) => {
      for (const d of diagnostics.filter((d) => d.severity === 'error')) {
        this.fail({ code: d.code, message: `${d.line}:${d.column} ${d.message}` });
      }
    },
    onError: (e) => {
      const err = asLoadError(e);
      this.fail({ code: err.code, message: err.message });
    },
  });
  @state() private downloadMessage = '';
  /** Follows the `lang` of the element or the page. */
  protected readonly language = new LocaleController(this);
  /** Follows the page's colour scheme, else the learner's. */
  protected readonly scheme = new SchemeController(this);
  private readonly notice = new StorageNoticeController(this, () => this.storageNamespace);

  /** The pack the answers are kept under: `pack`, or one derived from the unit's source. */
  get answersPack(): string {
    return this.pack ?? packFromSource(this.src ?? location.href, location.href);
  }

  /** The unit being shown, once loaded. */
  get unit(): Unit | undefined {
    return this.loader.status === TaskStatus.COMPLETE ? this.loader.value?.unit : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.src && this.source === undefined) {
      // An inline source may not be parsed yet when the element upgrades during page load.
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => void this.reload(), { once: true });
      } else {
        void this.reload();
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') && this.src) || (changed.has('source') && this.source !== undefined && !this.src)) void this.reload();
  }

  /** Loads (again) from `src` or the inline source. Never rejects. */
  async reload(): Promise<void> {
    await this.loader.run().catch(() => undefined);
  }

  private async fetchUnit(): Promise<Loaded> {
    if (!this.src && this.source !== undefined) return this.compile(this.source, 'unit.md');
    if (!this.src) {
      const script = this.querySelector('script[type="text/markdown"]');
      if (!script) {
        throw new UnitLoadError(msg('No unit to show: give the element a src or an inline Markdown source.'), 'no-source');
      }
      return this.compile(dedent(inlineSource(script.textContent ?? '')), 'inline');
    }
    // A Markdown source needs the compiler chunk: request it alongside the unit, not after it.
    // A compiled unit needs only the validator chunk, requested alongside it in the same way.
    const named = /\.json($|[?#])/i.test(this.src);
    const compiler = named ? undefined : loadCompiler();
    compiler?.catch(() => undefined); // a failed fetch reports first; compile() reports this one
    let validator = named ? loadValidator() : undefined;
    validator?.catch(() => undefined);
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
    if (!isJson) return this.compile(text, this.src, new URL(this.src, document.baseURI).href, compiler);
    let unit: unknown;
    try {
      unit = JSON.parse(text);
    } catch {
      unit = undefined;
    }
    let validateUnit: typeof import('../content/validate.js').validateUnit;
    try {
      ({ validateUnit } = await (validator ??= loadValidator()));
    } catch {
      throw new UnitLoadError(msg(str`The unit could not be downloaded from ${this.src}. Check your connection and reload the page.`), 'load-failed');
    }
    const checked = validateUnit(unit);
    if (!checked.ok) {
      const diagnostics = checked.problems.map((problem): Diagnostic => {
        const [path, ...rule] = problem.split(': ');
        return { file: this.src ?? '', line: 1, column: 1, severity: 'error', code: 'invalid-unit', message: `${path}: ${rule.join(': ')}` };
      });
      throw new UnitLoadError(msg(str`${this.src} is not a compiled unit.`), 'invalid-unit', diagnostics);
    }
    try {
      compiledFrom.set(checked.unit, new URL(this.src, document.baseURI).href);
    } catch {
      // A src the URL parser refuses was fetched all the same: links then resolve against the page.
    }
    return { unit: checked.unit, diagnostics: [], file: this.src };
  }

  /** `baseUrl`: the unit file's URL, so its relative links and images point next to it. */
  private async compile(source: string, file: string, baseUrl?: string, compiler = loadCompiler()): Promise<Loaded> {
    const { compileUnit } = await compiler;
    const result: CompileResult = compileUnit(source, file, baseUrl === undefined ? {} : { baseUrl });
    if (!result.unit) {
      throw new UnitLoadError(msg('This unit has mistakes in its source and cannot be shown.'), 'compile-failed', result.diagnostics);
    }
    return { unit: result.unit, diagnostics: result.diagnostics, file };
  }

  protected override updated(): void {
    // A table wider than a phone scrolls in its own box; make that box reachable
    // and scrollable from the keyboard, and name it (axe: scrollable-region-focusable).
    // Named from the table's caption, else from the heading it sits under.
    let n = 0;
    for (const box of this.renderRoot.querySelectorAll<HTMLElement>('.lp-table')) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      const caption = box.querySelector('caption');
      if (caption) {
        caption.id ||= `ui-table-caption-${n++}`;
        box.setAttribute('aria-labelledby', caption.id);
      } else {
        const heading = headingBefore(box)?.textContent?.trim();
        box.setAttribute('aria-label', heading ? msg(str`Table: ${heading}`) : msg('Table'));
      }
    }
    this.nameCallouts();
  }

  /** A callout without a title is named by its kind, in the learner's language. */
  private nameCallouts(): void {
    const names: Record<string, string> = { note: msg('Note'), tip: msg('Tip'), important: msg('Important'), warning: msg('Warning') };
    for (const aside of this.renderRoot.querySelectorAll<HTMLElement>('aside.lp-callout')) {
      const kind = Object.keys(names).find((k) => aside.classList.contains(`lp-callout-${k}`)) ?? 'note';
      // A name this element gave (never the author's title) follows the language when it changes.
      const given = aside.querySelector(':scope > .ui-callout-name');
      if (given) {
        given.textContent = names[kind]!;
        (given as HTMLElement).lang = interfaceLang();
        aside.setAttribute('aria-label', names[kind]!);
        continue;
      }
      if (aside.hasAttribute('aria-label')) continue;
      let title = aside.querySelector(':scope > .lp-callout-title');
      if (!title) {
        title = document.createElement('p');
        title.className = 'lp-callout-title ui-callout-name';
        (title as HTMLElement).lang = interfaceLang();
        title.textContent = names[kind]!;
        aside.prepend(title);
      }
      aside.setAttribute('aria-label', title.textContent ?? names[kind]!);
    }
  }

  private fail(detail: ErrorDetail): void {
    emit(this, 'lp-error', detail);
  }

  override render() {
    const loading = () => html`<p class="ui-loading" role="status" lang=${interfaceLang()}>${msg('Loading the unit…')}</p>`;
    return this.loader.render({
      initial: loading,
      // A new `source` replaces the unit shown only once compiled: the page neither flickers nor loses its place.
      pending: () => (this.source !== undefined && this.loader.value ? this.renderUnit(this.loader.value.unit, this.loader.value.file) : loading()),
      complete: ({ unit, file }) => this.renderUnit(unit, file),
      error: (e) => {
        const err = asLoadError(e);
        return this.renderFailure(err.message, err.diagnostics);
      },
    });
  }

  private renderFailure(message: string, diagnostics: Diagnostic[]) {
    return html`<article>${errorBox({ heading: msg('This unit could not be shown.'), message, problems: diagnostics.map((d) => problemOf(d, d.file)) })}</article>`;
  }

  private renderUnit(unit: Unit, file: string) {
    const { meta } = unit;
    const contents = this.contents(unit);
    const duration = meta.duration;
    // The unit's words in its own language; this element's words in the interface's (WCAG 3.1.2).
    const ui = interfaceLang();
    return html`
      <article lang=${meta.lang}>
        ${contents.length ? html`<a class="ui-skip" lang=${ui} href="#ui-content" @click=${(e: Event) => this.goTo(e, 'ui-content')}>${msg('Skip the contents')}</a>` : nothing}
        <header>
          <p class="ui-number" lang=${ui}>${msg(str`Unit ${meta.number}`)}</p>
          <h1>${meta.title}</h1>
          ${meta.summary ? html`<p class="ui-summary">${meta.summary}</p>` : nothing}
          ${duration
            ? html`<p class="ui-facts" lang=${ui}>${plural(duration, {
                zero: () => msg(str`About ${duration} minutes`, { id: 'duration-zero' }),
                one: () => msg(str`About ${duration} minute`, { id: 'duration-one' }),
                two: () => msg(str`About ${duration} minutes`, { id: 'duration-two' }),
                few: () => msg(str`About ${duration} minutes`, { id: 'duration-few' }),
                many: () => msg(str`About ${duration} minutes`, { id: 'duration-many' }),
                other: () => msg(str`About ${duration} minutes`, { id: 'duration-other' }),
              })}</p>`
            : nothing}
          ${meta.objectives?.length
            ? html`<section class="ui-objectives" aria-labelledby="ui-objectives-heading">
                <h2 id="ui-objectives-heading" lang=${ui}>${msg('By the end of this unit you will be able to:')}</h2>
                <ul>${meta.objectives.map((o) => html`<li>${o}</li>`)}</ul>
              </section>`
            : nothing}
        </header>
        ${contents.length
          ? html`<nav aria-labelledby="ui-contents-heading">
              <h2 id="ui-contents-heading" lang=${ui}>${msg('Contents')}</h2>
              <ol>
                ${contents.map((c) => html`<li><a href="#${c.target}" @click=${(e: Event) => this.goTo(e, c.target)}>${this.entryText(c, meta.lang)}</a></li>`)}
              </ol>
            </nav>`
          : nothing}
        ${this.notice.show ? this.renderStorageNotice(unit) : nothing}
        <div class="ui-content" id="ui-content" tabindex="-1">${unit.blocks.map((b) => this.renderBlock(b, unit, file))}</div>
        ${unit.blocks.some((b) => b.type === 'reflection') ? this.renderYourAnswers(unit) : nothing}
      </article>
    `;
  }

  private renderStorageNotice(unit: Unit) {
    return html`<section class="ui-notice" lang=${interfaceLang()} aria-labelledby="ui-notice-heading">
      <h2 id="ui-notice-heading">${msg('Keep a copy of your answers')}</h2>
      <p>${msg('Your answers are saved in this browser only. On iPhone, iPad and in Safari, the browser may delete them if you do not open this site for seven days. Download a copy of your answers now and then to keep them safe.')}</p>
      <div class="ui-actions">
        <button type="button" class="ui-primary" @click=${() => this.downloadAnswers(unit)}>${msg('Download my answers')}</button>
        <button type="button" @click=${() => this.notice.dismiss()}>${msg('Got it')}</button>
      </div>
    </section>`;
  }

  private renderYourAnswers(unit: Unit) {
    return html`<section class="ui-your-answers" lang=${interfaceLang()} aria-labelledby="ui-your-answers-heading">
      <h2 id="ui-your-answers-heading">${msg('Your answers')}</h2>
      <p>${msg('Your answers to this unit are saved in this browser as you type. Download a copy to keep them safe.')}</p>
      <button type="button" @click=${() => this.downloadAnswers(unit)}>${msg('Download my answers')}</button>
      <p role="status">${this.downloadMessage}</p>
    </section>`;
  }

  /** Downloads this unit's answers in the export format of SPEC §5, in page order, with each activity's title and prompts. */
  private async downloadAnswers(unit: Unit): Promise<void> {
    try {
      // Answers still waiting for the typing pause belong in the copy too.
      await Promise.all([...this.renderRoot.querySelectorAll<HTMLElement & { flush(): Promise<void> }>('lp-reflection, lp-checklist, lp-quiz')].map((r) => r.flush()));
      const pack = this.answersPack;
      const records = (await listResponses(pack, responseStore(this.storageNamespace))).filter((r) => r.unit === unit.meta.id);
      // Answers saved before records carried their questions get them from the unit; page order comes from the unit.
      const questions = new Map<string, { title: string; prompt?: string; order: number }>();
      let order = 0;
      for (const block of unit.blocks) {
        if (block.type !== 'reflection') continue;
        const title = activityTitle(block);
        const activity = { pack, unit: unit.meta.id, activity: block.id };
        try {
          if (block.prompts.length === 0) questions.set(responseKey(activity), { title, order: order++ });
          for (const p of block.prompts) questions.set(responseKey({ ...activity, item: p.id }), { title, prompt: p.text, order: order++ });
        } catch {
          // A block whose ids cannot make a key has no saved answers.
        }
      }
      const ordered: ResponseRecord[] = records.map((r) => {
        const q = questions.get(r.key);
        return q ? { ...r, title: r.title ?? q.title, prompt: r.prompt ?? q.prompt, order: q.order, activity: String(q.order).padStart(6, '0') } : r;
      });
      const file = toExportFile(ordered);
      // The activity was replaced by its page position only to sort; the keys carry the real ids.
      for (const entry of file.responses) delete entry.order;
      downloadFile(`${pack}-${unit.meta.id}-answers.json`, JSON.stringify(file, null, 2));
      const n = file.responses.length;
      this.downloadMessage =
        n === 0
          ? msg('There are no answers to download yet.')
          : plural(n, {
              zero: () => msg(str`Downloaded ${n} answers.`, { id: 'downloaded-zero' }),
              one: () => msg(str`Downloaded ${n} answer.`, { id: 'downloaded-one' }),
              two: () => msg(str`Downloaded ${n} answers.`, { id: 'downloaded-two' }),
              few: () => msg(str`Downloaded ${n} answers.`, { id: 'downloaded-few' }),
              many: () => msg(str`Downloaded ${n} answers.`, { id: 'downloaded-many' }),
              other: () => msg(str`Downloaded ${n} answers.`, { id: 'downloaded-other' }),
            });
    } catch (e) {
      this.downloadMessage = msg('Your answers could not be downloaded. Please try again.');
      this.fail({ code: 'export-failed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  /**
   * Sections (level-2 headings) and activities, in the order the learner meets
   * them: an activity follows the heading of the section it sits in.
   */
  private contents(unit: Unit): ContentsEntry[] {
    const bySection = new Map<string | undefined, ContentsEntry[]>();
    for (const block of unit.blocks) {
      if (block.type !== 'reflection' && block.type !== 'checklist' && block.type !== 'quiz') continue;
      const entries = bySection.get(block.section) ?? [];
      entries.push({ target: `ui-activity-${block.id}`, text: activityTitle(block), activity: { id: block.id, title: block.title } });
      bySection.set(block.section, entries);
    }
    const contents = [...(bySection.get(undefined) ?? [])];
    for (const h of unit.headings) {
      if (h.depth !== 2) continue;
      contents.push({ target: h.id, text: h.text }, ...(bySection.get(h.id) ?? []));
    }
    return contents;
  }

  /** A contents entry: a heading's text as it is; an activity's in the interface's words, its title in the unit's language. */
  private entryText(entry: ContentsEntry, lang: string) {
    const a = entry.activity;
    if (!a) return entry.text;
    if (!a.title) return html`<span lang=${interfaceLang()}>${entry.text}</span>`;
    return html`<span lang=${interfaceLang()}>${withContentPart((t) => activityTitle({ id: a.id, title: t }), a.title, lang)}</span>`;
  }

  private renderBlock(block: Block, unit: Unit, file: string): TemplateResult | typeof nothing {
    try {
      switch (block.type) {
        case 'html':
          return html`${unsafeHTML(sanitizedHtml(block, compiledFrom.get(unit)))}`;
        case 'reflection':
        case 'checklist':
        case 'quiz':
          return this.renderActivity(block, unit);
        case 'error':
          return this.renderBlockError(problemOf(block, file));
      }
    } catch (e) {
      return this.renderBlockError({ code: 'render-failed', message: e instanceof Error ? e.message : String(e) });
    }
    return nothing;
  }

  /** An activity's element, told its block, where its answers are kept and whether they may change. */
  private renderActivity(block: ActivityBlock, unit: Unit) {
    const tag = ACTIVITY_TAGS[block.type];
    // The reflection is in the bundle; the others load the first time a unit uses them.
    if (block.type !== 'reflection') void load(`lp-${block.type}`);
    return staticHtml`<${tag}
      id="ui-activity-${block.id}"
      .block=${block}
      pack=${this.answersPack}
      unit=${unit.meta.id}
      storage-namespace=${this.storageNamespace}
      ?readonly=${this.readonly}
    ></${tag}>`;
  }

  /** A broken block, in its place: the same box as a unit that could not be shown, for one part of it. */
  private renderBlockError(problem: Problem) {
    return errorBox({
      heading: msg('This part of the unit could not be shown.'),
      message: msg('The rest of the unit is shown as usual.'),
      problems: [problem],
    });
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
