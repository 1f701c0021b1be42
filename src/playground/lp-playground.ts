import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { localized, msg, str } from '@lit/localize';
import type { EditorView } from '@codemirror/view';
import { compileUnit } from '../content/compile.js';
import type { Diagnostic } from '../content/model.js';
import { readPackManifest, type Manifest } from '../content/pack.js';
import { slugify, UNIT_NUMBER } from '../content/scaffold.js';
import { responseStore } from '../store/responses.js';
import { define } from '../elements/define.js';
import { downloadFile } from '../elements/download.js';
import '../elements/lp-unit.js';
import type { LpUnit } from '../elements/lp-unit.js';
import { LocaleController } from '../locales/locale-controller.js';
import { SchemeController } from '../elements/controllers/scheme-controller.js';
import { plural } from '../locales/plural.js';
import { DraftStore, PREVIEW_NAMESPACE, PREVIEW_PACK } from './draft.js';
import { createEditor, moveTo, replaceText, setMarkdown, showDiagnostics } from './editor.js';
import { exampleText, newUnitText, type ExampleId } from './examples.js';
import { styles } from './lp-playground.styles.js';

/** How long typing must pause before the preview and the problems follow it. */
export const PREVIEW_DELAY_MS = 300;
/** How long typing must pause before the draft is saved. */
export const SAVE_DELAY_MS = 600;

type Kind = 'unit' | 'manifest';

/** A file that does not start with front matter but reads as a pack manifest is one. */
function kindOf(text: string, name?: string): Kind {
  if (name && /(^|\/)pack\.ya?ml$/i.test(name)) return 'manifest';
  if (/^\s*---/.test(text)) return 'unit';
  return /^parts\s*:/m.test(text) && /^id\s*:/m.test(text) ? 'manifest' : 'unit';
}

/**
 * What a page writes to show the unit inline (README, "Using it in a page"):
 * `</script` and `<!--` are escaped so the Markdown cannot end its element.
 */
export function embedSnippet(text: string): string {
  const escaped = text.replace(/<(\/script|!--)/gi, '<\\$1').replace(/\n*$/, '\n');
  return `<script type="module" src="/path/to/learning-pack.js"></script>

<lp-unit pack="my-course">
<script type="text/markdown">
${escaped}</script>
</lp-unit>
`;
}

/**
 * @summary The authoring playground: a unit's Markdown in an editor, shown live as learners will see it,
 * with the compiler's problems at their lines. For the documentation site; not part of the library bundle.
 */
@localized()
export class LpPlayground extends LitElement {
  static override styles = styles;

  /** The folder the example files (unit 4.2, pack.yaml) are fetched from, relative to the page. */
  @property({ attribute: 'examples-base' }) examplesBase = 'playground/examples/';
  /** Where the draft is kept. */
  @property({ attribute: 'draft-namespace' }) draftNamespace?: string;
  /** Where answers typed into the preview are kept, apart from learners' answers. */
  @property({ attribute: 'preview-namespace' }) previewNamespace = PREVIEW_NAMESPACE;

  @state() private kind: Kind = 'unit';
  /** The text the preview and the problems show (follows the editor after a pause). */
  @state() private shown = '';
  @state() private diagnostics: Diagnostic[] = [];
  @state() private manifest?: Manifest;
  @state() private status = '';
  @state() private storageNote = '';
  @state() private snippet = '';
  @state() private previewRun = 0;
  @state() private newUnitError = '';

  protected readonly language = new LocaleController(this);
  /** Follows the page's colour scheme, else the author's. */
  protected readonly scheme = new SchemeController(this);
  private drafts?: DraftStore;
  private editor?: EditorView;
  private previewTimer?: ReturnType<typeof setTimeout>;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private saving: Promise<void> = Promise.resolve();
  private resolveReady!: () => void;

  /** Resolves once the draft is loaded and the editor is on the page. */
  readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));

  /** The editor (for scripts and tests). */
  get view(): EditorView | undefined {
    return this.editor;
  }

  /** The text in the editor. */
  get text(): string {
    return this.editor?.state.doc.toString() ?? '';
  }

  private readonly onPageHide = () => this.keepDraft();
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.keepDraft();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.keepDraft();
    this.editor?.destroy();
    this.editor = undefined;
  }

  protected override async firstUpdated(): Promise<void> {
    this.drafts = new DraftStore(this.draftNamespace);
    let text: string | undefined;
    try {
      text = await this.drafts.load();
    } catch {
      text = undefined;
    }
    if (!this.drafts.persistent) {
      this.storageNote = msg('This browser does not keep anything for this page: download your unit before you leave it.');
    }
    text ??= newUnitText('my-unit', '1.1', msg('My unit'));
    const parent = this.renderRoot.querySelector<HTMLElement>('.ui-editor')!;
    this.editor = createEditor({
      parent,
      root: this.renderRoot as ShadowRoot,
      doc: text,
      labelledBy: 'ui-source-heading',
      describedBy: 'ui-editor-help',
      onChange: () => this.changed(),
    });
    this.follow(text);
    this.resolveReady();
  }

  /** The editor's text changed: the preview, the problems and the draft follow after a pause. */
  private changed(): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.follow(this.text), PREVIEW_DELAY_MS);
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveDraft(), SAVE_DELAY_MS);
  }

  /** Checks the text and shows it. */
  private follow(text: string, name?: string): void {
    this.kind = kindOf(text, name);
    if (this.editor) setMarkdown(this.editor, this.kind === 'unit');
    if (this.kind === 'manifest') {
      const read = readPackManifest(text, 'pack.yaml');
      this.manifest = read.manifest;
      this.diagnostics = read.diagnostics;
    } else {
      this.manifest = undefined;
      this.diagnostics = compileUnit(text, 'unit.md').diagnostics;
    }
    this.shown = text;
    if (this.editor) showDiagnostics(this.editor, this.diagnostics);
  }

  /** Saves the draft now. Never rejects: a failed save keeps the text on screen and says so. */
  saveDraft(): Promise<void> {
    clearTimeout(this.saveTimer);
    const text = this.text;
    const drafts = this.drafts;
    if (!drafts || !this.editor) return this.saving;
    this.saving = this.saving.then(async () => {
      try {
        await drafts.save(text);
        if (this.storageNote && drafts.persistent) this.storageNote = '';
      } catch {
        drafts.keep(text);
        this.storageNote = msg('Your draft could not be saved in this browser. It is still here: download it to keep it.');
      }
    });
    return this.saving;
  }

  private keepDraft(): void {
    if (!this.editor || !this.drafts) return;
    this.drafts.keep(this.text);
    void this.saveDraft();
  }

  /** Replaces the text (undoable), shows it at once and saves it. */
  private load(text: string, name?: string): void {
    if (!this.editor) return;
    replaceText(this.editor, text);
    clearTimeout(this.previewTimer);
    this.follow(text, name);
    void this.saveDraft();
  }

  private async openExample(): Promise<void> {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#ui-example')!;
    const id = select.value as ExampleId;
    const label = select.selectedOptions[0]?.textContent?.trim() ?? id;
    try {
      const text = await exampleText(id, new URL(this.examplesBase, document.baseURI).href);
      this.load(text, id === 'manifest' ? 'pack.yaml' : undefined);
      this.status = msg(str`Opened the example "${label}". Undo (Ctrl+Z, or Cmd+Z on a Mac) in the editor brings back your previous text.`);
    } catch {
      this.status = msg(str`The example "${label}" could not be loaded. Check your connection and try again.`);
    }
  }

  private newUnit(e: Event): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const number = (form.elements.namedItem('number') as HTMLInputElement).value.trim();
    const title = (form.elements.namedItem('title') as HTMLInputElement).value.trim();
    const slug = slugify(title);
    if (!UNIT_NUMBER.test(number)) {
      this.newUnitError = msg('Give a unit number like 4.2: digits or letters between dots.');
      return;
    }
    if (!slug) {
      this.newUnitError = msg('Give the unit a title with at least one letter or digit.');
      return;
    }
    this.newUnitError = '';
    this.load(newUnitText(slug, number, title));
    this.status = msg(str`Started unit ${number}, "${title}". Undo (Ctrl+Z, or Cmd+Z on a Mac) in the editor brings back your previous text.`);
  }

  /** The name the text is downloaded under: pack.yaml, or NUMBER-ID.md as learning-pack new names a unit. */
  get fileName(): string {
    if (this.kind === 'manifest') return 'pack.yaml';
    const meta = compileUnit(this.text, 'unit.md').unit?.meta;
    return meta ? `${meta.number}-${meta.id}.md`.replace(/[^\w.-]+/g, '-') : 'unit.md';
  }

  private download(): void {
    const name = this.fileName;
    downloadFile(name, this.text, this.kind === 'manifest' ? 'text/yaml' : 'text/markdown');
    this.status = msg(str`Downloaded ${name}.`);
  }

  private async open(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const text = await file.text();
      this.load(text, file.name);
      this.status = msg(str`Opened ${file.name}. Undo (Ctrl+Z, or Cmd+Z on a Mac) in the editor brings back your previous text.`);
    } catch {
      this.status = msg(str`${file.name} could not be read.`);
    }
    input.value = '';
  }

  private async copySnippet(): Promise<void> {
    const snippet = embedSnippet(this.text);
    try {
      await navigator.clipboard.writeText(snippet);
      this.snippet = '';
      this.status = msg('The embed snippet is copied. Paste it into your page, and change the script address and the pack id.');
    } catch {
      this.snippet = snippet;
      this.status = msg('The browser did not let the page copy. The snippet is in the box below the buttons: select it and copy it.');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#ui-snippet')?.select();
    }
  }

  /** Deletes every answer typed into the preview, and shows the unit again with empty boxes. */
  private async clearAnswers(): Promise<void> {
    const store = responseStore(this.previewNamespace);
    try {
      const records = await store.list();
      for (const r of records) await store.delete(r.key);
      this.previewRun++;
      this.status = msg('The answers in the preview are cleared.');
    } catch {
      this.status = msg('The answers in the preview could not be cleared. Please try again.');
    }
  }

  private goTo(d: Diagnostic): void {
    if (this.editor) moveTo(this.editor, d.line, d.column);
  }

  private describe(d: Diagnostic): string {
    return d.severity === 'error'
      ? msg(str`Line ${d.line}, column ${d.column}: error ${d.code}: ${d.message}`)
      : msg(str`Line ${d.line}, column ${d.column}: warning ${d.code}: ${d.message}`);
  }

  private problemCount(): string {
    const n = this.diagnostics.length;
    if (n === 0) return msg('No problems found.');
    return plural(n, {
      zero: () => msg(str`${n} problems found.`, { id: 'playground-problems-zero' }),
      one: () => msg(str`${n} problem found.`, { id: 'playground-problems-one' }),
      two: () => msg(str`${n} problems found.`, { id: 'playground-problems-two' }),
      few: () => msg(str`${n} problems found.`, { id: 'playground-problems-few' }),
      many: () => msg(str`${n} problems found.`, { id: 'playground-problems-many' }),
      other: () => msg(str`${n} problems found.`, { id: 'playground-problems-other' }),
    });
  }

  override render() {
    return html`
      <header class="ui-header">
        <h1>${msg('Unit playground')}</h1>
        <p>${msg('Write a unit in Markdown on one side and see it as learners will on the other. Nothing is sent anywhere: your text is kept in this browser.')}</p>
      </header>
      <section class="ui-start" aria-labelledby="ui-start-heading">
        <h2 id="ui-start-heading" class="ui-visually-hidden">${msg('Start, open and save')}</h2>
        <div class="ui-group">
          <label for="ui-example">${msg('Example')}</label>
          <select id="ui-example">
            <option value="unit-4.2">${msg('Unit 4.2: Joint practice development')}</option>
            <option value="every-block">${msg('One of each block')}</option>
            <option value="manifest">${msg('A pack manifest (pack.yaml)')}</option>
          </select>
          <button type="button" @click=${() => this.openExample()}>${msg('Open example')}</button>
        </div>
        <form class="ui-group" @submit=${(e: Event) => this.newUnit(e)} novalidate>
          <span class="ui-field">
            <label for="ui-new-number">${msg('Unit number')}</label>
            <input id="ui-new-number" name="number" value="1.1" size="6" autocomplete="off"
              aria-describedby=${this.newUnitError ? 'ui-new-error' : nothing} aria-invalid=${this.newUnitError ? 'true' : 'false'} />
          </span>
          <span class="ui-field">
            <label for="ui-new-title">${msg('Title')}</label>
            <input id="ui-new-title" name="title" value=${msg('My unit')} size="18" autocomplete="off" />
          </span>
          <button type="submit">${msg('New unit')}</button>
          ${this.newUnitError ? html`<p id="ui-new-error" class="ui-field-error">${this.newUnitError}</p>` : nothing}
        </form>
        <div class="ui-group">
          <button type="button" @click=${() => this.download()}>${msg('Download .md')}</button>
          <label class="ui-file" for="ui-open">${msg('Open .md')}</label>
          <input id="ui-open" type="file" accept=".md,.markdown,.yaml,.yml,text/markdown,text/plain" @change=${(e: Event) => this.open(e)} />
          <button type="button" @click=${() => this.copySnippet()}>${msg('Copy embed snippet')}</button>
          <button type="button" @click=${() => this.clearAnswers()}>${msg('Clear preview answers')}</button>
        </div>
        <p class="ui-status" role="status">${this.status}</p>
        ${this.storageNote ? html`<p class="ui-storage-note" role="alert">${this.storageNote}</p>` : nothing}
        ${this.snippet
          ? html`<label for="ui-snippet">${msg('Embed snippet')}</label>
              <textarea id="ui-snippet" readonly rows="6" .value=${this.snippet}></textarea>`
          : nothing}
      </section>
      <div class="ui-panes">
        <section class="ui-source" aria-labelledby="ui-source-heading">
          <h2 id="ui-source-heading">${this.kind === 'manifest' ? msg('pack.yaml source') : msg('Markdown source')}</h2>
          <p id="ui-editor-help" class="ui-help">${msg('Tab indents the line. To leave the editor with the keyboard, press Escape, then Tab.')}</p>
          <div class="ui-editor"></div>
          <section class="ui-problems" aria-labelledby="ui-problems-heading">
            <h2 id="ui-problems-heading">${msg('Problems')}</h2>
            <p role="status" class="ui-problem-count">${this.problemCount()}</p>
            ${this.diagnostics.length
              ? html`<ul>
                  ${this.diagnostics.map(
                    (d) => html`<li class="ui-problem-${d.severity}">
                      <button type="button" @click=${() => this.goTo(d)}>${this.describe(d)}</button>
                    </li>`,
                  )}
                </ul>`
              : nothing}
          </section>
        </section>
        <div class="ui-preview">
          <h2 id="ui-preview-heading">${msg('Preview')}</h2>
          <div class="ui-preview-body" tabindex="0" role="region" aria-labelledby="ui-preview-heading">
            ${this.kind === 'manifest' ? this.renderManifest() : this.renderUnit()}
          </div>
        </div>
      </div>
    `;
  }

  private renderUnit() {
    return keyed(
      this.previewRun,
      html`<lp-unit .source=${this.shown} pack=${PREVIEW_PACK} storage-namespace=${this.previewNamespace}></lp-unit>`,
    );
  }

  private renderManifest() {
    const m = this.manifest;
    if (!m) return html`<p>${msg('This pack manifest has mistakes: see the problems.')}</p>`;
    return html`<div class="ui-manifest">
      <p>${msg(str`Pack "${m.title}", id ${m.id}, language ${m.lang}.`)}</p>
      ${m.description ? html`<p>${m.description}</p>` : nothing}
      ${m.parts.map(
        (p) => html`<h3>${msg(str`Part ${p.number}: ${p.title}`)}</h3>
          <ol>
            ${p.units.map((u) => html`<li><code>${u.file}</code></li>`)}
          </ol>`,
      )}
      <p>${msg('learning-pack check also looks for each listed file in the pack folder; the playground sees only this file.')}</p>
    </div>`;
  }

  /** The preview element, when a unit is shown. */
  get preview(): LpUnit | null {
    return this.renderRoot.querySelector('lp-unit');
  }
}

define('lp-playground', LpPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'lp-playground': LpPlayground;
  }
}
