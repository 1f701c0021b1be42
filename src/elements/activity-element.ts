/**
 * What the checklist and the quiz share: the properties lp-unit sets, the
 * language and colour scheme they follow, the check of a block's shape, and
 * keeping their answers' controllers in step when the block, pack, unit or
 * namespace changes. Each kind says how to recognise its block and how to
 * (re)make its controllers.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { errorBox } from './error-box.js';
import type { ActivityBlock } from '../content/model.js';
import { DEFAULT_NAMESPACE } from '../store/responses.js';
import { SchemeController } from './controllers/scheme-controller.js';
import { LocaleController } from '../locales/locale-controller.js';
import { emit } from './events.js';

export abstract class ActivityElement<B extends ActivityBlock> extends LitElement {
  /** Follows the `lang` of the element or the page. */
  protected readonly language = new LocaleController(this);
  /** Follows the page's colour scheme, else the learner's. */
  protected readonly scheme = new SchemeController(this);

  /** The compiled activity, set by lp-unit. Never Markdown. */
  @property({ attribute: false }) block?: B;
  /** Pack id, the first part of every key. */
  @property() pack = 'standalone';
  /** Unit id, the second part of every key. */
  @property() unit = '';
  @property({ attribute: 'storage-namespace' }) storageNamespace = DEFAULT_NAMESPACE;
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The kind's name in the `lp-error` message: "checklist", "quiz". */
  protected abstract readonly kind: string;

  /** A block from compiled JSON may be hand-edited or from another version: its shape is checked before use. */
  protected abstract isBlock(block: unknown): block is B;

  /** Makes, keeps or drops the answers' controllers for the current block, pack, unit and namespace. */
  protected abstract syncControllers(): void;

  /** Saves every unsaved answer now. */
  abstract flush(): Promise<void>;

  /** The block, when it has the shape this element needs. */
  protected get valid(): B | undefined {
    return this.isBlock(this.block) ? this.block : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('block') && this.block && !this.isBlock(this.block)) {
      emit(this, 'lp-error', { code: 'invalid-block', message: `The activity is not a valid ${this.kind} block.` });
    }
    if (['block', 'pack', 'unit', 'storageNamespace'].some((p) => changed.has(p as keyof ActivityElement<B>))) {
      this.syncControllers();
    }
  }

  /** This activity's answers as a JSON backup, from what is on screen. */
  protected abstract download(): void;

  /** In place of a block that is not one of this kind. */
  protected renderInvalid() {
    return errorBox({ heading: msg('This activity could not be shown.') });
  }

  /** IndexedDB cannot be opened: the answers last only as long as this page. */
  protected renderMemoryOnly() {
    return html`<div class="ui-warning" role="alert">
      <p>${msg('This browser is not letting the page keep your answers, so they will be lost when you leave or reload it. Download a copy before you go.')}</p>
      <button type="button" @click=${() => this.download()}>${msg('Download my answers')}</button>
    </div>`;
  }
}
