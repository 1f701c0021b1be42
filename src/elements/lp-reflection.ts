import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ref } from 'lit/directives/ref.js';
import { localized, msg, str } from '@lit/localize';
import type { ReflectionBlock } from '../content/model.js';
import { parseKey, responseKey } from '../store/keys.js';
import { DEFAULT_NAMESPACE, makeRecord } from '../store/responses.js';
import { toExportFile } from '../store/export.js';
import { ResponseController } from './controllers/response-controller.js';
import { SchemeController } from './controllers/scheme-controller.js';
import { define } from './define.js';
import { downloadFile } from './download.js';
import { emit } from './events.js';
import { currentLocale } from '../locales/localization.js';
import { formatNumber } from '../locales/format.js';
import { LocaleController } from '../locales/locale-controller.js';
import { plural } from '../locales/plural.js';
import { sanitize } from './sanitize.js';
import { styles } from './lp-reflection.styles.js';
import { activityTitle } from './activity.js';
import { countWords } from '../content/words.js';
import { contentLang, interfaceLang, withContentPart } from './language-parts.js';

export { countWords };

/** One answer box as rendered: a prompt of the block, or the whole activity. */
interface Field {
  key: string;
  /** The prompt's HTML, sanitised once per block, not per keystroke. */
  labelHtml?: string;
  labelText: string;
  /** The label is the element's own words ("Your answer"), not the content's. */
  ownLabel?: boolean;
  minWords?: number;
  maxWords?: number;
}

/** A block from compiled JSON may be hand-edited or from another version: check its shape before use. */
function isReflectionBlock(block: unknown): block is ReflectionBlock {
  const b = block as ReflectionBlock;
  return (
    !!b &&
    typeof b.id === 'string' &&
    b.id !== '' &&
    (b.introHtml === undefined || typeof b.introHtml === 'string') &&
    Array.isArray(b.prompts) &&
    b.prompts.every((p) => !!p && typeof p.id === 'string' && typeof p.text === 'string' && typeof p.html === 'string')
  );
}

export { activityTitle };

let instances = 0;

/** Made once per language: a formatter is costly to make, and the status is drawn at every keystroke. */
const timeFormats = new Map<string, { time: Intl.DateTimeFormat; date: Intl.DateTimeFormat }>();

function timeOf(iso: string): { time: string; date?: string } {
  const when = new Date(iso);
  const locale = currentLocale();
  let formats = timeFormats.get(locale);
  if (!formats) {
    formats = {
      time: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }),
      date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }),
    };
    timeFormats.set(locale, formats);
  }
  const time = formats.time.format(when);
  const today = new Date().toDateString() === when.toDateString();
  return today ? { time } : { time, date: formats.date.format(when) };
}

/**
 * `<lp-unit>` creates one for each reflection of a unit and sets `block`. Alone in a page, give it a
 * `key` (`pack/unit/activity`) and a `label` for a single answer box.
 *
 * @tagname lp-reflection
 * @summary A reflection activity: one or more free-text prompts whose answers are kept between visits.
 * @attr {string} [storage-namespace=learning-pack] - Keeps these answers apart from other sites or courses on the same origin (SPEC §5).
 * @attr {boolean} readonly - Shows the saved answers without letting the learner change them.
 * @fires {CustomEvent<ResponseChangeDetail>} lp-response-change - An answer was saved or cleared: `{ key, value, updatedAt }`.
 * @fires {CustomEvent<ErrorDetail>} lp-error - An answer could not be loaded, saved or cleared, or the activity has no valid key: `{ code, message }`.
 * @csspart field - Each answer box.
 * @cssprop [--lp-field-min-height=10rem] - Smallest height of an answer box.
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
export class LpReflection extends LitElement {
  static override styles = styles;

  /** The compiled activity, set by lp-unit. Never Markdown. */
  @property({ attribute: false }) block?: ReflectionBlock;
  /** Pack id, the first part of every key. Required with a block: no part of a key may be empty or hold a `/`. */
  @property() pack = '';
  /** Unit id, the second part of every key. Required with a block. */
  @property() unit = '';
  /** Standalone use without a block: the full response key, `pack/unit/activity[/item]`. */
  @property() key?: string;
  /** Standalone use: the label of the single answer box. */
  @property() label?: string;
  @property({ attribute: 'storage-namespace' }) storageNamespace = DEFAULT_NAMESPACE;
  @property({ type: Boolean, reflect: true }) readonly = false;

  @state() private confirming?: number;
  /** The one polite announcement of this activity: limits crossed, "Saved" on leaving a box. */
  @state() private announcement = '';

  /** Follows the `lang` of the element or the page. */
  protected readonly language = new LocaleController(this);
  /** Follows the page's colour scheme, else the learner's. */
  protected readonly scheme = new SchemeController(this);
  /** Ids of this instance's own parts: unguessable, so ids in author HTML never collide with them. */
  private readonly uid = `ui-r${++instances}${Math.random().toString(36).slice(2, 7)}`;
  private fields: Field[] = [];
  /** Why no key can be built, for the error box. */
  private keyProblem?: string;
  private controllers: ResponseController[] = [];
  private words: { value: string; count: number }[] = [];
  private introHtml?: string;
  private readonly parts = new Map<string, HTMLElement>();
  /** The language the activity's content is written in, as last rendered. */
  private contentLang?: string;
  /** The "download a backup" advice, shown once per namespace when the browser refuses to keep storage. */
  private persistNote?: boolean;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('block') && this.block && !isReflectionBlock(this.block)) {
      emit(this, 'lp-error', { code: 'invalid-block', message: 'The activity is not a valid reflection block.' });
    }
    if (['block', 'pack', 'unit', 'key', 'label'].some((p) => changed.has(p as keyof LpReflection))) {
      this.buildFields(changed.has('block'));
    }
  }

  /** Saves every unsaved answer now. */
  async flush(): Promise<void> {
    await Promise.all(this.controllers.map((c) => c.flush()));
  }

  private buildFields(blockChanged: boolean): void {
    const block = this.block;
    const before = this.keyProblem;
    this.keyProblem = undefined;
    this.fields = [];
    if (block && !isReflectionBlock(block)) return;
    if (blockChanged) this.introHtml = block?.introHtml ? sanitize(block.introHtml) : undefined;
    try {
      if (!block) {
        if (this.key !== undefined) {
          if (!parseKey(this.key)) throw new Error(`"${this.key}" is not a response key (pack/unit/activity or pack/unit/activity/item).`);
          this.fields = [{ key: this.key, labelText: this.label ?? msg('Your answer'), ownLabel: this.label === undefined }];
        }
      } else {
        const activity = { pack: this.pack, unit: this.unit, activity: block.id };
        const old = new Map(this.fields.map((f) => [f.key, f]));
        this.fields =
          block.prompts.length === 0
            ? [{ key: responseKey(activity), labelText: msg('Your answer'), ownLabel: true }]
            : block.prompts.map((p) => {
                const key = responseKey({ ...activity, item: p.id });
                const labelHtml = !blockChanged && old.get(key)?.labelHtml !== undefined ? old.get(key)!.labelHtml : sanitize(p.html);
                return { key, labelHtml, labelText: p.text, minWords: p.minWords, maxWords: p.maxWords };
              });
      }
    } catch (e) {
      this.fields = [];
      this.keyProblem = e instanceof Error ? e.message : String(e);
      if (this.keyProblem !== before) emit(this, 'lp-error', { code: 'invalid-key', message: this.keyProblem });
    }
    // One controller per box, each reading its key through a getter: a changed key re-keys it.
    while (this.controllers.length > this.fields.length) void this.controllers.pop()!.dispose();
    while (this.controllers.length < this.fields.length) {
      const i = this.controllers.length;
      this.controllers.push(
        new ResponseController(this, () => this.fields[i]?.key, () => this.storageNamespace, () => ({
          title: this.block ? activityTitle(this.block) : this.label,
          prompt: this.fields[i]?.labelText,
          order: i,
        })),
      );
    }
  }

  private wordCount(i: number, value: string): number {
    const cached = this.words[i];
    if (cached?.value === value) return cached.count;
    const count = countWords(value);
    this.words[i] = { value, count };
    return count;
  }

  override render() {
    if (this.block && !isReflectionBlock(this.block)) {
      return html`<div class="ui-error-box" role="alert" lang=${interfaceLang()}>
        <p><strong>${msg('This activity could not be shown.')}</strong></p>
        <p>${msg('If you are studying this unit, please tell your tutor. Your saved answers are not affected.')}</p>
      </div>`;
    }
    if (this.keyProblem) {
      return html`<div class="ui-error-box" role="alert" lang=${interfaceLang()}>
        <p><strong>${msg('This activity cannot keep answers.')}</strong></p>
        <p>${msg('It has not been told which pack and unit it belongs to, so its answers could be mixed up with another course’s. The page needs to give it a pack and a unit (or a full key).')}</p>
        <p><code>${this.keyProblem}</code></p>
      </div>`;
    }
    const fields = this.fields;
    if (fields.length === 0) return nothing;
    const block = this.block;
    const title = block ? activityTitle(block) : undefined;
    const memoryOnly = this.controllers.some((c) => c.ready && !c.persistent);
    // The element's own words in the interface language; the course's in the content's (WCAG 3.1.2).
    this.contentLang = contentLang(this);
    const heading = block?.title
      ? withContentPart((t) => activityTitle({ id: block.id, title: t }), block.title, this.contentLang)
      : title;
    return html`
      <section class="ui-activity" lang=${interfaceLang()} aria-labelledby=${title ? `${this.uid}-heading` : nothing} aria-label=${title ? nothing : msg('Activity')}>
        ${title ? html`<h2 id="${this.uid}-heading" tabindex="-1">${heading}</h2>` : nothing}
        ${block?.required ? html`<p class="ui-eyebrow">${msg('Required activity')}</p>` : nothing}
        ${this.introHtml ? html`<div class="ui-intro" lang=${this.contentLang ?? nothing}>${unsafeHTML(this.introHtml)}</div>` : nothing}
        ${this.readonly ? nothing : html`<p class="ui-saves">${msg('Your answers save by themselves as you type, and stay in this browser on this device.')}</p>`}
        ${memoryOnly ? this.renderMemoryOnly() : this.renderPersistNote()}
        ${fields.map((f, i) => this.renderField(f, i))}
        <p class="ui-visually-hidden" role="status">${this.announcement}</p>
      </section>
    `;
  }

  private renderPersistNote() {
    if (this.persistNote === undefined && this.controllers.some((c) => c.persistence === 'refused')) {
      const told = `${this.storageNamespace}:backup-advice-shown`;
      try {
        this.persistNote = localStorage.getItem(told) === null;
        localStorage.setItem(told, new Date().toISOString());
      } catch {
        this.persistNote = true;
      }
    }
    if (!this.persistNote) return nothing;
    return html`<div class="ui-note">
      <p>${msg('This browser has not promised to keep your answers, and may delete them if it runs short of space. Downloading a copy now and then is wise.')}</p>
      <button type="button" @click=${() => this.download()}>${msg('Download my answers')}</button>
    </div>`;
  }

  private renderMemoryOnly() {
    return html`<div class="ui-warning" role="alert">
      <p>${this.controllers.some((c) => c.mirrored)
        ? msg('This browser is not letting the page keep your answers. Your learning site keeps a copy of them while you work; download a copy to keep your own.')
        : msg('This browser is not letting the page keep your answers, so they will be lost when you leave or reload it. Download a copy before you go.')}</p>
      <button type="button" @click=${() => this.download()}>${msg('Download my answers')}</button>
    </div>`;
  }

  private own = (name: string) => ref((el?: Element) => (el ? this.parts.set(name, el as HTMLElement) : this.parts.delete(name)));

  private renderField(field: Field, i: number) {
    const c = this.controllers[i];
    if (!c) return nothing;
    const id = `${this.uid}-${i}`;
    const words = this.wordCount(i, c.value);
    const over = field.maxWords !== undefined && words > field.maxWords ? words - field.maxWords : 0;
    const hint = this.hint(field);
    const failed = c.status === 'error' || c.status === 'load-error';
    const describedBy = [hint ? `${id}-hint` : '', `${id}-count`, `${id}-status`, failed ? `${id}-error` : ''].filter(Boolean).join(' ');
    const lang = this.contentLang ?? nothing;
    return html`
      <div class="ui-field">
        <label for="${id}-field" lang=${field.ownLabel ? nothing : lang}>${field.labelHtml !== undefined ? unsafeHTML(field.labelHtml) : field.labelText}</label>
        ${hint ? html`<p class="ui-hint" id="${id}-hint">${hint}</p>` : nothing}
        <textarea
          ${this.own(`field-${i}`)}
          id="${id}-field"
          part="field"
          rows="8"
          lang=${lang}
          spellcheck="true"
          aria-describedby=${describedBy}
          aria-invalid=${failed ? 'true' : nothing}
          aria-busy=${c.ready ? nothing : 'true'}
          ?readonly=${this.readonly || !c.ready}
          .value=${c.value}
          @input=${(e: InputEvent) => this.onInput(field, c, i, (e.target as HTMLTextAreaElement).value)}
          @focus=${() => (c.focused = true)}
          @blur=${() => this.onBlur(c)}
        ></textarea>
        <div class="ui-meta">
          <p class="ui-count" id="${id}-count">
            <span>${this.wordCountText(words)}</span>
            ${over
              ? html`<span class="ui-over">${this.wordsOver(over)}</span>`
              : nothing}
          </p>
          <p class="ui-status" id="${id}-status" aria-hidden="true">${this.statusText(c)}</p>
        </div>
        ${failed ? this.renderFailure(c, id) : nothing}
        ${c.conflict ? this.renderConflict(c) : nothing}
        ${this.readonly || !c.ready ? nothing : this.renderClear(field, c, i, id)}
      </div>
    `;
  }

  private renderFailure(c: ResponseController, id: string) {
    const quota = c.error instanceof DOMException && c.error.name === 'QuotaExceededError';
    const message =
      c.status === 'load-error'
        ? msg('Your saved answer could not be loaded, so this box is locked to keep it from being overwritten. Try again, or reload the page.')
        : quota
          ? msg('Not saved: this browser’s storage is full. Your text is still here. Free some space (or copy your text somewhere safe), then try again. We will also keep trying.')
          : msg('Not saved. Your text is still here: keep this page open and try again, or copy it somewhere safe. We will also keep trying.');
    return html`<div class="ui-failure">
      <p class="ui-error" id="${id}-error" role="alert">${message}</p>
      <button type="button" @click=${() => void c.retry()}>${msg('Try again')}</button>
    </div>`;
  }

  private renderConflict(c: ResponseController) {
    return html`<div class="ui-conflict" role="group" aria-label=${msg('Two versions of this answer')}>
      <p role="alert">${msg('This answer was changed in another tab or window. Your text is still in the box; the other version is below. Choose which to keep.')}</p>
      <blockquote class="ui-theirs" lang=${this.contentLang ?? nothing}>${c.conflict!.theirs}</blockquote>
      <div class="ui-actions">
        <button type="button" @click=${() => void c.keepMine()}>${msg('Keep the text in the box')}</button>
        <button type="button" @click=${() => c.useTheirs()}>${msg('Use the other version')}</button>
      </div>
    </div>`;
  }

  private renderClear(field: Field, c: ResponseController, i: number, id: string) {
    if (this.confirming !== i) {
      return html`<button ${this.own(`clear-${i}`)} class="ui-clear" type="button" ?disabled=${c.value === ''}
        aria-describedby="${id}-label-text" @click=${() => this.askToClear(i)}>${msg('Clear answer')}</button>
        <span id="${id}-label-text" lang=${field.ownLabel ? nothing : (this.contentLang ?? nothing)} hidden>${field.labelText}</span>`;
    }
    return html`
      <div class="ui-confirm" role="group" aria-labelledby="${id}-confirm-text" @keydown=${(e: KeyboardEvent) => this.onConfirmKey(e, i)}>
        <p id="${id}-confirm-text">${msg('Clear this answer? It will be deleted from this browser and cannot be brought back.')}</p>
        <div class="ui-actions">
          <button ${this.own(`cancel-${i}`)} class="ui-cancel-clear" type="button" @click=${() => this.cancelClear(i)}>${msg('Keep my answer')}</button>
          <button class="ui-confirm-clear ui-danger" type="button" @click=${() => this.clear(c, i)}>${msg('Yes, clear my answer')}</button>
        </div>
      </div>
    `;
  }

  /** "1 word." / "2 air." Whole sentences, so the box's description reads as "401 words. 1 word over the limit." */
  private wordCountText(words: number): string {
    const n = formatNumber(words);
    return plural(words, {
      zero: () => msg(str`${n} words.`, { id: 'word-count-zero' }),
      one: () => msg(str`${n} word.`, { id: 'word-count-one' }),
      two: () => msg(str`${n} words.`, { id: 'word-count-two' }),
      few: () => msg(str`${n} words.`, { id: 'word-count-few' }),
      many: () => msg(str`${n} words.`, { id: 'word-count-many' }),
      other: () => msg(str`${n} words.`, { id: 'word-count-other' }),
    });
  }

  private wordsOver(over: number): string {
    const n = formatNumber(over);
    return plural(over, {
      zero: () => msg(str`${n} words over the limit.`, { id: 'words-over-zero' }),
      one: () => msg(str`${n} word over the limit.`, { id: 'words-over-one' }),
      two: () => msg(str`${n} words over the limit.`, { id: 'words-over-two' }),
      few: () => msg(str`${n} words over the limit.`, { id: 'words-over-few' }),
      many: () => msg(str`${n} words over the limit.`, { id: 'words-over-many' }),
      other: () => msg(str`${n} words over the limit.`, { id: 'words-over-other' }),
    });
  }

  private hint(field: Field): string | undefined {
    const { minWords: min, maxWords: max } = field;
    if (min !== undefined && max !== undefined) return msg(str`Aim for ${min} to ${max} words.`);
    if (min !== undefined) return msg(str`Aim for at least ${min} words.`);
    if (max !== undefined) return msg(str`Write no more than ${max} words.`);
    return undefined;
  }

  private statusText(c: ResponseController): string {
    if (c.slow) return msg('Still saving… Your text is kept on this page: please keep it open.');
    switch (c.status) {
      case 'loading':
        return msg('Loading your answer…');
      case 'pending':
      case 'saving':
        return msg('Saving…');
      case 'saved': {
        const { time, date } = timeOf(c.updatedAt!);
        return date ? msg(str`Saved in this browser on ${date} at ${time}`) : msg(str`Saved in this browser at ${time}`);
      }
      case 'idle': {
        if (!c.updatedAt) return '';
        const { time, date } = timeOf(c.updatedAt);
        return date ? msg(str`Last saved in this browser on ${date} at ${time}`) : msg(str`Last saved in this browser at ${time}`);
      }
      case 'cleared':
        return msg('Answer cleared');
      default:
        return '';
    }
  }

  private onInput(field: Field, c: ResponseController, i: number, value: string): void {
    const before = this.wordCount(i, c.value);
    c.input(value);
    const after = this.wordCount(i, value);
    const message = this.limitCrossed(field, before, after);
    if (message) this.announcement = message;
  }

  /** "Saved" is said once, when the learner leaves the box, never at every pause in typing. */
  private async onBlur(c: ResponseController): Promise<void> {
    c.focused = false;
    const changed = c.status === 'pending' || c.status === 'saving' || c.status === 'saved';
    await c.flush();
    if (changed && c.status === 'saved') this.announcement = msg('Saved');
  }

  /** The announcement for a word limit crossed by this edit, if any. */
  private limitCrossed({ minWords: min, maxWords: max }: Field, before: number, after: number): string | undefined {
    if (max !== undefined && before <= max && after > max) return msg(str`You are over the limit of ${max} words.`);
    if (max !== undefined && before > max && after <= max) return msg(str`You are back within the limit of ${max} words.`);
    if (min !== undefined && before < min && after >= min) return msg(str`You have reached the minimum of ${min} words.`);
    return undefined;
  }

  private onConfirmKey(e: KeyboardEvent, i: number): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    void this.cancelClear(i);
  }

  private async askToClear(i: number): Promise<void> {
    this.confirming = i;
    await this.updateComplete;
    this.parts.get(`cancel-${i}`)?.focus();
  }

  private async cancelClear(i: number): Promise<void> {
    this.confirming = undefined;
    await this.updateComplete;
    this.parts.get(`clear-${i}`)?.focus();
  }

  private async clear(c: ResponseController, i: number): Promise<void> {
    this.confirming = undefined;
    await c.clear();
    await this.updateComplete;
    this.parts.get(`field-${i}`)?.focus();
  }

  /** This activity's answers as a JSON backup, from what is on screen (saved or not). */
  private download(): void {
    const records = this.fields.map((f, i) =>
      makeRecord(f.key, this.controllers[i]?.value ?? '', { title: this.block ? activityTitle(this.block) : this.label, prompt: f.labelText, order: i }),
    );
    const name = (this.fields[0]?.key ?? 'answers').split('/').slice(0, 3).join('-');
    downloadFile(`${name}-answers.json`, JSON.stringify(toExportFile(records), null, 2));
  }
}

define('lp-reflection', LpReflection);

declare global {
  interface HTMLElementTagNameMap {
    'lp-reflection': LpReflection;
  }
}
