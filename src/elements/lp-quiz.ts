import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { localized, msg } from '@lit/localize';
import type { QuizBlock } from '../content/model.js';
import { responseKey } from '../store/keys.js';
import { makeRecord, type ResponseMeta } from '../store/responses.js';
import { toExportFile } from '../store/export.js';
import { downloadFile } from './download.js';
import { ResponseController } from './controllers/response-controller.js';
import { define } from './define.js';
import { ActivityElement } from './activity-element.js';
import { activityTitle } from './activity.js';
import { sanitize } from './sanitize.js';
import { styles } from './lp-quiz.styles.js';
import { contentLang, interfaceLang, withContentPart } from './language-parts.js';

/** What "Check answer" found: nothing chosen, right, or wrong. */
type Verdict = 'none' | 'right' | 'wrong';

/** A block from compiled JSON may be hand-edited or from another version: check its shape before use. */
function isQuizBlock(block: unknown): block is QuizBlock {
  const b = block as QuizBlock;
  return (
    !!b &&
    typeof b.id === 'string' &&
    b.id !== '' &&
    typeof b.stemHtml === 'string' &&
    (b.feedbackHtml === undefined || typeof b.feedbackHtml === 'string') &&
    Array.isArray(b.options) &&
    b.options.length >= 2 &&
    b.options.every((o) => !!o && typeof o.id === 'string' && o.id !== '' && !o.id.includes(',') &&
      typeof o.html === 'string' && typeof o.correct === 'boolean') &&
    b.options.some((o) => o.correct)
  );
}

/** A stem of one paragraph goes into the legend without its `<p>`, which a legend may not hold. */
function legendHtml(stemHtml: string): string {
  const m = /^\s*<p>([\s\S]*)<\/p>\s*$/.exec(stemHtml);
  return m && !m[1].includes('<p') ? m[1] : stemHtml;
}

/** The question's text, without its markup (the stem is sanitised author HTML; a parsed document runs nothing). */
const stemText = (block: QuizBlock) => new DOMParser().parseFromString(block.stemHtml, 'text/html').body.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What a saved choice carries for the portfolio: the activity's title, the question and what each option reads as. */
function quizMeta(block: QuizBlock): ResponseMeta {
  const prompt = stemText(block);
  return { title: activityTitle(block), ...(prompt ? { prompt } : {}), choices: block.options.map((o) => ({ value: o.id, label: typeof o.text === 'string' ? o.text : o.id })) };
}

/**
 * The learner's last choice is kept between visits; nothing is graded or sent anywhere.
 * `<lp-unit>` creates one for each quiz of a unit and sets `block`.
 *
 * @tagname lp-quiz
 * @summary A knowledge check: one question with one or several right answers, checked in the browser.
 * @attr {string} [pack=standalone] - The pack's id: the first part of every key under which answers are kept.
 * @attr {string} unit - The unit's id: the second part of every key.
 * @attr {string} [storage-namespace=learning-pack] - Keeps these answers apart from other sites or courses on the same origin (SPEC §5).
 * @attr {boolean} readonly - Shows the saved answers without letting the learner change them.
 * @fires {CustomEvent<ResponseChangeDetail>} lp-response-change - The choice was saved or cleared: `{ key, value, updatedAt }` (value: option ids joined by `,`).
 * @fires {CustomEvent<ErrorDetail>} lp-error - The choice could not be loaded, saved or cleared, or the block is malformed: `{ code, message }`.
 * @csspart option - Each answer.
 * @csspart result - The right-or-wrong message with the feedback.
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
export class LpQuiz extends ActivityElement<QuizBlock> {
  static override styles = styles;

  protected readonly kind = 'quiz';

  /** Shown after "Check answer" until the choice changes or the learner tries again. */
  @state() private verdict?: Verdict;

  private controller?: ResponseController;

  protected isBlock(block: unknown): block is QuizBlock {
    return isQuizBlock(block);
  }

  /** Saves the choice now if it is not saved yet. */
  override async flush(): Promise<void> {
    await this.controller?.flush();
  }

  protected syncControllers(): void {
    const block = this.valid;
    const key = block ? responseKey({ pack: this.pack, unit: this.unit, activity: block.id }) : undefined;
    if (this.controller && this.controller.key === key) return;
    if (this.controller) {
      void this.controller.flush();
      this.removeController(this.controller);
      this.controller = undefined;
    }
    this.verdict = undefined;
    if (key) {
      const namespace = this.storageNamespace;
      this.controller = new ResponseController(this, key, () => namespace, () => (this.valid ? quizMeta(this.valid) : {}));
    }
  }

  private get chosen(): Set<string> {
    const value = this.controller?.value ?? '';
    return new Set(value === '' ? [] : value.split(','));
  }

  override render() {
    if (this.block && !this.valid) {
      return this.renderInvalid();
    }
    const block = this.valid;
    const c = this.controller;
    if (!block || !c) return nothing;
    // The element's own words in the interface language; the course's in the content's (WCAG 3.1.2).
    const lang = contentLang(this) ?? nothing;
    const title = block.title
      ? withContentPart((t) => activityTitle({ id: block.id, title: t }), block.title, contentLang(this))
      : activityTitle(block);
    const chosen = this.chosen;
    const type = block.multiple ? 'checkbox' : 'radio';
    return html`
      <section class="ui-activity" lang=${interfaceLang()} aria-labelledby="ui-heading">
        <h2 id="ui-heading" tabindex="-1">${title}</h2>
        ${block.required ? html`<p class="ui-eyebrow">${msg('Required activity')}</p>` : nothing}
        ${c.ready && !c.persistent ? this.renderMemoryOnly() : nothing}
        <fieldset aria-describedby="${block.multiple ? 'ui-hint ' : ''}ui-result">
          <legend lang=${lang}>${unsafeHTML(sanitize(legendHtml(block.stemHtml)))}</legend>
          ${block.multiple ? html`<p class="ui-hint" id="ui-hint">${msg('Choose all that apply.')}</p>` : nothing}
          <ul class="ui-options" role="list">
            ${block.options.map(
              (o) => html`<li>
                <label class="ui-option" part="option" for="ui-option-${o.id}">
                  <input
                    type=${type}
                    id="ui-option-${o.id}"
                    name="ui-options"
                    .value=${o.id}
                    .checked=${live(chosen.has(o.id))}
                    ?disabled=${this.readonly || !this.controller?.ready}
                    @change=${() => this.choose()}
                  />
                  <span lang=${lang}>${unsafeHTML(sanitize(o.html))}</span>
                </label>
              </li>`,
            )}
          </ul>
        </fieldset>
        <div class="ui-result ${this.verdict ? `ui-shown ui-${this.verdict}` : ''}" id="ui-result" part="result" role="status">${this.renderVerdict(block, lang)}</div>
        <p class="ui-status ui-error" role="status">${c.status === 'error' ? this.errorText() : ''}</p>
        <div class="ui-actions">
          <button id="ui-check" class="ui-primary" type="button" @click=${() => this.check()}>${msg('Check answer')}</button>
          ${this.readonly
            ? nothing
            : html`<button id="ui-try-again" type="button" ?disabled=${chosen.size === 0 && !this.verdict}
                @click=${() => this.tryAgain()}>${msg('Try again')}</button>`}
        </div>
      </section>
    `;
  }

  /** The choice as a JSON backup: the ids of the options chosen. */
  protected download(): void {
    const block = this.valid;
    const c = this.controller;
    if (!block || !c?.key) return;
    const records = [makeRecord(c.key, c.value, { ...quizMeta(block), order: 0 })];
    downloadFile(`${this.pack}-${this.unit}-${block.id}-answers.json`, JSON.stringify(toExportFile(records), null, 2));
  }

  private renderVerdict(block: QuizBlock, lang: string | typeof nothing) {
    switch (this.verdict) {
      case 'none':
        return html`<p>${block.multiple ? msg('Choose at least one answer first.') : msg('Choose an answer first.')}</p>`;
      case 'right':
        return html`<p class="ui-verdict">${msg('Right.')}</p>
          ${this.renderFeedback(block, lang)}`;
      case 'wrong':
        return html`<p class="ui-verdict">${block.multiple ? msg('Not quite: check which answers apply.') : msg('Not quite.')}</p>
          ${this.renderFeedback(block, lang)}`;
      default:
        return nothing;
    }
  }

  private renderFeedback(block: QuizBlock, lang: string | typeof nothing) {
    return block.feedbackHtml ? html`<div class="ui-feedback" lang=${lang}>${unsafeHTML(sanitize(block.feedbackHtml))}</div>` : nothing;
  }

  private errorText(): string {
    return msg('Your choice was not saved. It is still selected: keep this page open and try again.');
  }

  /** Reads the choice from the inputs, saves it at once, and hides a verdict that no longer applies. */
  private choose(): void {
    const c = this.controller;
    if (!c) return;
    const ids = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="ui-options"]')]
      .filter((i) => i.checked)
      .map((i) => i.value);
    this.verdict = undefined;
    c.input(ids.join(','));
    void c.flush();
  }

  private check(): void {
    const block = this.valid;
    if (!block) return;
    const chosen = this.chosen;
    if (chosen.size === 0) {
      this.verdict = 'none';
      return;
    }
    const right = block.options.every((o) => o.correct === chosen.has(o.id));
    this.verdict = right ? 'right' : 'wrong';
  }

  private async tryAgain(): Promise<void> {
    this.verdict = undefined;
    // clear() empties the choice at once; move focus back to the question before the delete finishes.
    const clearing = this.controller?.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[name="ui-options"]')?.focus();
    await clearing;
  }
}

define('lp-quiz', LpQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'lp-quiz': LpQuiz;
  }
}
