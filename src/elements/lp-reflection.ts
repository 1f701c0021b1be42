import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { localized, msg, str } from '@lit/localize';
import type { ReflectionBlock } from '../content/model.js';
import { responseKey } from '../store/keys.js';
import { DEFAULT_NAMESPACE } from '../store/responses.js';
import { ResponseController } from './controllers/response-controller.js';
import { SchemeController } from './controllers/scheme-controller.js';
import { define } from './define.js';
import { emit } from './events.js';
import { formatNumber } from '../locales/format.js';
import { LocaleController } from '../locales/locale-controller.js';
import { plural } from '../locales/plural.js';
import { sanitize } from './sanitize.js';
import { styles } from './lp-reflection.styles.js';

/** One answer box as rendered: a prompt of the block, or the whole activity. */
interface Field {
  key: string;
  labelHtml?: string;
  labelText: string;
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

/** "Activity 4.2.1: Title", as the heading and the unit's contents both show it. */
export function activityTitle(block: ReflectionBlock): string {
  return block.title ? msg(str`Activity ${block.id}: ${block.title}`) : msg(str`Activity ${block.id}`);
}

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/u);
  return words[0] === '' ? 0 : words.length;
}

/**
 * @summary A reflection activity: one or more free-text prompts whose answers are kept between visits.
 * @csspart field - Each answer box.
 * @cssproperty --lp-field-min-height - Smallest height of an answer box.
 * @event lp-response-change - An answer was saved or cleared: `{ key, value, updatedAt }`.
 * @event lp-error - An answer could not be loaded, saved or cleared: `{ code, message }`.
 */
@localized()
export class LpReflection extends LitElement {
  static override styles = styles;

  /** The compiled activity, set by lp-unit. Never Markdown. */
  @property({ attribute: false }) block?: ReflectionBlock;
  /** Pack id, the first part of every key. */
  @property() pack = 'standalone';
  /** Unit id, the second part of every key. */
  @property() unit = '';
  /** Standalone use without a block: the full response key. */
  @property() key?: string;
  /** Standalone use: the label of the single answer box. */
  @property() label?: string;
  @property({ attribute: 'storage-namespace' }) storageNamespace = DEFAULT_NAMESPACE;
  @property({ type: Boolean, reflect: true }) readonly = false;

  @state() private confirming?: string;
  /** Polite announcements, one per field, for word limits crossed. */
  @state() private announcements = new Map<string, string>();

  /** Follows the `lang` of the element or the page. */
  protected readonly language = new LocaleController(this);
  /** Follows the page's colour scheme, else the learner's. */
  protected readonly scheme = new SchemeController(this);
  private controllers = new Map<string, ResponseController>();

  private get fields(): Field[] {
    const block = this.block;
    if (block && !isReflectionBlock(block)) return [];
    if (!block) {
      return this.key ? [{ key: this.key, labelText: this.label ?? msg('Your answer') }] : [];
    }
    const activity = { pack: this.pack, unit: this.unit, activity: block.id };
    if (block.prompts.length === 0) {
      return [{ key: responseKey(activity), labelText: msg('Your answer') }];
    }
    return block.prompts.map((p) => ({
      key: responseKey({ ...activity, item: p.id }),
      labelHtml: p.html,
      labelText: p.text,
      minWords: p.minWords,
      maxWords: p.maxWords,
    }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('block') && this.block && !isReflectionBlock(this.block)) {
      emit(this, 'lp-error', { code: 'invalid-block', message: 'The activity is not a valid reflection block.' });
    }
    if (['block', 'pack', 'unit', 'key', 'storageNamespace'].some((p) => changed.has(p as keyof LpReflection))) {
      this.syncControllers();
    }
  }

  /** Saves every unsaved answer now. */
  async flush(): Promise<void> {
    await Promise.all([...this.controllers.values()].map((c) => c.flush()));
  }

  private syncControllers(): void {
    const keys = new Set(this.fields.map((f) => f.key));
    for (const [key, c] of this.controllers) {
      if (!keys.has(key)) {
        void c.flush();
        this.removeController(c);
        this.controllers.delete(key);
      }
    }
    const namespace = this.storageNamespace;
    for (const key of keys) {
      if (!this.controllers.has(key)) {
        this.controllers.set(key, new ResponseController(this, key, () => namespace));
      }
    }
  }

  override render() {
    if (this.block && !isReflectionBlock(this.block)) {
      return html`<div class="ui-error-box" role="alert">
        <p><strong>${msg('This activity could not be shown.')}</strong></p>
        <p>${msg('If you are studying this unit, please tell your tutor. Your saved answers are not affected.')}</p>
      </div>`;
    }
    const fields = this.fields;
    if (fields.length === 0) return nothing;
    const block = this.block;
    const title = block ? activityTitle(block) : undefined;
    return html`
      <section class="ui-activity" aria-labelledby=${title ? 'ui-heading' : nothing} aria-label=${title ? nothing : msg('Activity')}>
        ${title ? html`<h2 id="ui-heading" tabindex="-1">${title}</h2>` : nothing}
        ${block?.required ? html`<p class="ui-eyebrow">${msg('Required activity')}</p>` : nothing}
        ${block?.introHtml ? html`<div class="ui-intro">${unsafeHTML(sanitize(block.introHtml))}</div>` : nothing}
        ${fields.map((f, i) => this.renderField(f, i))}
      </section>
    `;
  }

  private renderField(field: Field, i: number) {
    const c = this.controllers.get(field.key);
    if (!c) return nothing;
    const words = countWords(c.value);
    const over = field.maxWords !== undefined && words > field.maxWords ? words - field.maxWords : 0;
    const hint = this.hint(field);
    const id = `ui-field-${i}`;
    return html`
      <div class="ui-field">
        <label for=${id}>${field.labelHtml ? unsafeHTML(sanitize(field.labelHtml)) : field.labelText}</label>
        ${hint ? html`<p class="ui-hint" id="ui-hint-${i}">${hint}</p>` : nothing}
        <textarea
          id=${id}
          part="field"
          rows="8"
          spellcheck="true"
          aria-describedby="${hint ? `ui-hint-${i} ` : ''}ui-count-${i}"
          ?readonly=${this.readonly}
          .value=${c.value}
          @input=${(e: InputEvent) => this.onInput(field, c, (e.target as HTMLTextAreaElement).value)}
          @blur=${() => void c.flush()}
        ></textarea>
        <div class="ui-meta">
          <p id="ui-count-${i}">
            <span>${this.wordCount(words)}</span>
            ${over
              ? html`<span class="ui-over">${this.wordsOver(over)}</span>`
              : nothing}
          </p>
          <p class="ui-status ${c.status === 'error' ? 'ui-error' : ''}" role="status">${this.statusText(c)}</p>
        </div>
        <p class="ui-visually-hidden" role="status">${this.announcements.get(field.key) ?? ''}</p>
        ${this.readonly ? nothing : this.renderClear(field, c, i)}
      </div>
    `;
  }

  private renderClear(field: Field, c: ResponseController, i: number) {
    if (this.confirming !== field.key) {
      return html`<button id="ui-clear-${i}" type="button" ?disabled=${c.value === ''}
        aria-describedby="ui-label-text-${i}" @click=${() => this.askToClear(field.key, i)}>${msg('Clear answer')}</button>
        <span id="ui-label-text-${i}" hidden>${field.labelText}</span>`;
    }
    return html`
      <div class="ui-confirm" role="group" aria-labelledby="ui-confirm-text-${i}">
        <p id="ui-confirm-text-${i}">${msg('Clear this answer? It will be deleted from this browser and cannot be brought back.')}</p>
        <div class="ui-actions">
          <button id="ui-cancel-clear-${i}" type="button" @click=${() => this.cancelClear(i)}>${msg('Keep my answer')}</button>
          <button id="ui-confirm-clear-${i}" class="ui-danger" type="button" @click=${() => this.clear(c, i)}>${msg('Yes, clear my answer')}</button>
        </div>
      </div>
    `;
  }

  /** "1 word." / "2 air." Whole sentences, so the box's description reads as "401 words. 1 word over the limit." */
  private wordCount(words: number): string {
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
    switch (c.status) {
      case 'loading':
        return msg('Loading your answer…');
      case 'pending':
      case 'saving':
        return msg('Saving…');
      case 'saved':
        return msg('Saved');
      case 'cleared':
        return msg('Answer cleared');
      case 'error':
        return msg('Not saved. Your text is still here: keep this page open and try again, or copy it somewhere safe.');
      default:
        return '';
    }
  }

  private onInput(field: Field, c: ResponseController, value: string): void {
    const before = countWords(c.value);
    c.input(value);
    const after = countWords(value);
    const message = this.limitCrossed(field, before, after);
    if (message) this.announcements = new Map(this.announcements).set(field.key, message);
  }

  /** The announcement for a word limit crossed by this edit, if any. */
  private limitCrossed({ minWords: min, maxWords: max }: Field, before: number, after: number): string | undefined {
    if (max !== undefined && before <= max && after > max) return msg(str`You are over the limit of ${max} words.`);
    if (max !== undefined && before > max && after <= max) return msg(str`You are back within the limit of ${max} words.`);
    if (min !== undefined && before < min && after >= min) return msg(str`You have reached the minimum of ${min} words.`);
    return undefined;
  }

  private async askToClear(key: string, i: number): Promise<void> {
    this.confirming = key;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`#ui-cancel-clear-${i}`)?.focus();
  }

  private async cancelClear(i: number): Promise<void> {
    this.confirming = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`#ui-clear-${i}`)?.focus();
  }

  private async clear(c: ResponseController, i: number): Promise<void> {
    this.confirming = undefined;
    await c.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>(`#ui-field-${i}`)?.focus();
  }
}

define('lp-reflection', LpReflection);

declare global {
  interface HTMLElementTagNameMap {
    'lp-reflection': LpReflection;
  }
}
