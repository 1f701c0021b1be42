import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { SchemeController } from './controllers/scheme-controller.js';
import { define } from './define.js';
import { LocaleController } from '../locales/locale-controller.js';
import { plural } from '../locales/plural.js';
import { base } from './shared.styles.js';
import type { ProgressDetail } from './events.js';

/**
 * Inside `<lp-pack>` it is set directly; alone in a page it follows the
 * `lp-progress` events of the pack named by `pack`, or shows `completed` of `total`.
 *
 * @tagname lp-progress
 * @summary A pack's progress as a bar with "3 of 5 units complete".
 * @csspart bar - The track of the bar.
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
export class LpProgress extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      .ui-track {
        height: calc(0.75 * var(--_fs));
        border: 1px solid var(--_border);
        border-radius: 999px;
        background: var(--_surface);
        overflow: hidden;
      }
      .ui-fill {
        height: 100%;
        background: var(--_accent);
      }
      p {
        margin: calc(0.25 * var(--_fs)) 0 0;
      }
      @media (forced-colors: active) {
        .ui-fill {
          background: Highlight;
        }
      }
    `,
  ];

  /** Follows the `lang` of the element or the page. */
  protected readonly language = new LocaleController(this);
  /** Follows the page's colour scheme, else the learner's. */
  protected readonly scheme = new SchemeController(this);

  /** The pack whose `lp-progress` events this element follows when it stands alone. */
  @property() pack?: string;
  /** Units complete. */
  @property({ type: Number }) completed?: number;
  /** Units in the pack. */
  @property({ type: Number }) total?: number;

  @state() private heard?: ProgressDetail;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('lp-progress', this.onProgress);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('lp-progress', this.onProgress);
  }

  private readonly onProgress = (e: CustomEvent<ProgressDetail>): void => {
    if (this.pack && e.detail.pack === this.pack) this.heard = e.detail;
  };

  protected override updated(): void {
    // Through the CSSOM, which a strict style-src allows; a style attribute would be blocked.
    const completed = this.completed ?? this.heard?.completed ?? 0;
    const total = this.total ?? this.heard?.total ?? 0;
    const fill = this.renderRoot.querySelector<HTMLElement>('.ui-fill');
    fill?.style.setProperty('width', `${total ? Math.round((100 * Math.min(completed, total)) / total) : 0}%`);
  }

  override render() {
    const completed = this.completed ?? this.heard?.completed;
    const total = this.total ?? this.heard?.total;
    if (completed === undefined || !total) return nothing;
    const label = plural(total, {
      zero: () => msg(str`${completed} of ${total} units complete`, { id: 'units-complete-zero' }),
      one: () => msg(str`${completed} of ${total} unit complete`, { id: 'units-complete-one' }),
      two: () => msg(str`${completed} of ${total} units complete`, { id: 'units-complete-two' }),
      few: () => msg(str`${completed} of ${total} units complete`, { id: 'units-complete-few' }),
      many: () => msg(str`${completed} of ${total} units complete`, { id: 'units-complete-many' }),
      other: () => msg(str`${completed} of ${total} units complete`, { id: 'units-complete-other' }),
    });
    return html`<div class="ui-track" part="bar" role="progressbar" aria-valuemin="0" aria-valuemax=${total}
        aria-valuenow=${completed} aria-valuetext=${label} aria-label=${msg('Progress through the course')}>
        <div class="ui-fill"></div>
      </div>
      <p aria-hidden="true">${label}</p>`;
  }
}

define('lp-progress', LpProgress);

declare global {
  interface HTMLElementTagNameMap {
    'lp-progress': LpProgress;
  }
}
