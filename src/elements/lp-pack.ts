import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import type { Unit } from '../content/model.js';
import type { PackManifest } from '../content/manifest.js';
import { loadManifest, LoadError } from '../engine/load.js';
import { loadUnitIn } from '../engine/variants.js';
import { activities, activityComplete, unitState, type UnitState } from '../engine/progress.js';
import { DEFAULT_NAMESPACE, listResponses, responseStore } from '../store/responses.js';
import { SchemeController } from './controllers/scheme-controller.js';
import { define } from './define.js';
import { LocaleController, languageOf } from '../locales/locale-controller.js';
import { interfaceLang, withContentPart } from './language-parts.js';
import { emit, type ResponseChangeDetail } from './events.js';
import { styles } from './lp-pack.styles.js';
import './lp-progress.js';
import './lp-unit.js';

/** One unit as the pack shows it: loaded, or the reason it could not be. */
interface PackEntry {
  /** The unit's file, or its language variant's when the pack is shown in that language. */
  src: string;
  part: { number: string; title: string };
  unit?: Unit;
  error?: string;
}

interface LoadedPack {
  manifest: PackManifest;
  entries: PackEntry[];
}

/** A catalogue entry of the pack switcher (`packs` attribute). */
interface CatalogueEntry {
  id: string;
  title: string;
  description?: string;
  src: string;
}

/** Where the learner was (unit and how far down it), and which units without activities they have read to the end. */
interface Position {
  unit: string;
  /** Pixels scrolled past the top of the unit. */
  offset: number;
}

const positionKey = (namespace: string, pack: string) => `${namespace}:position:${pack}`;
const readKey = (namespace: string, pack: string) => `${namespace}:read-to-end:${pack}`;

function readLocal<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? 'null') as T) ?? fallback;
  } catch {
    return fallback;
  }
}

function writeLocal(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused: the learner starts at the first unit next time, nothing else is lost.
  }
}

/** How long the course waits for the saved answers before it is shown without them. */
const ANSWERS_WAIT_MS = 2000;

/**
 * `src` names a compiled pack (`pack.json`) or a pack folder's `pack.yaml`; each unit is shown in an `<lp-unit>`.
 *
 * @tagname lp-pack
 * @summary The whole course: contents with each unit's progress, the current unit, previous and next, and
 * resume where the learner left off.
 * @attr {string} [storage-namespace=learning-pack] - Keeps these answers apart from other sites or courses on the same origin (SPEC §5).
 * @attr {boolean} readonly - Shows the saved answers without letting the learner change them.
 * @fires {CustomEvent<ProgressDetail>} lp-progress - Units complete changed, or the pack loaded: `{ pack, completed, total }`.
 * @fires {CustomEvent<UnitCompleteDetail>} lp-unit-complete - A unit became complete: `{ pack, unit }`.
 * @fires {CustomEvent<ActivityCompleteDetail>} lp-activity-complete - An activity became complete: `{ pack, unit, activity }`.
 * @fires {CustomEvent<ErrorDetail>} lp-error - The pack or its catalogue could not be loaded: `{ code, message }`.
 * @csspart contents - The contents navigation.
 * @cssprop [--lp-pack-width=64rem] - Widest the pack (contents and unit) grows.
 * @cssprop [--lp-gutter=1rem] - Space at the left and right edges.
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
export class LpPack extends LitElement {
  static override styles = styles;

  /** Follows the `lang` of the element or the page. */
  protected readonly language = new LocaleController(this);
  /** Follows the page's colour scheme, else the learner's. */
  protected readonly scheme = new SchemeController(this);

  /** The pack: `pack.yaml`, or a compiled `pack.json`. */
  @property() src?: string;
  /** A catalogue of packs for the switcher: JSON `{ "packs": [{ "id", "title", "description", "src" }] }`. */
  @property() packs?: string;
  /** The id of the unit shown; without it, the unit the learner last had open, else the first. */
  @property({ reflect: true }) unit?: string;
  @property({ attribute: 'storage-namespace' }) storageNamespace = DEFAULT_NAMESPACE;
  @property({ type: Boolean, reflect: true }) readonly = false;
  /**
   * `hash` (default): each unit has an address (`#/4.2`) that can be bookmarked, the back button moves
   * between units, and the document title follows the unit. `none`: the host page's address and title are left alone.
   */
  @property() routing: 'hash' | 'none' = 'hash';

  /** Saved answers of this pack, key → value, kept current from `lp-response-change`. */
  @state() private answers = new Map<string, string>();
  @state() private readToEnd = new Set<string>();
  @state() private switching = false;
  @state() private announcement = '';

  private readonly pack = new Task(this, {
    task: async ([src, namespace, lang], { signal }): Promise<LoadedPack> => {
      if (!src) throw new LoadError(msg('No course to show: give the element a src.'), 'no-source');
      const manifest = await loadManifest(src, signal);
      const units = manifest.parts.flatMap((part) => part.units.map((u) => ({ src: u.file, part })));
      const saved = listResponses(manifest.id, responseStore(namespace)).catch(() => []);
      const [loaded, records] = await Promise.all([
        // In the pack's language (its own `lang`, else the page's), each unit's variant in it where there is one (NAME.cy.md).
        Promise.allSettled(units.map((u) => loadUnitIn(u.src, lang, manifest.lang, signal))),
        // Saved answers only mark each unit's state: IndexedDB can be slow to open, or never answer,
        // so the course is shown without them after a while, and they are put in when they come.
        Promise.race([saved, new Promise<undefined>((resolve) => setTimeout(resolve, ANSWERS_WAIT_MS))]),
      ]);
      this.answers = new Map(records?.map((r) => [r.key, r.value]));
      if (!records) void saved.then((late) => !signal.aborted && this.answersLoaded(late));
      this.readToEnd = new Set(readLocal<string[]>(readKey(namespace, manifest.id), []));
      const entries = units.map((u, i): PackEntry => {
        const result = loaded[i];
        return result.status === 'fulfilled'
          ? { ...u, src: result.value.src, unit: result.value.unit }
          : { ...u, error: result.reason instanceof Error ? result.reason.message : String(result.reason) };
      });
      return { manifest, entries };
    },
    args: () => [this.src, this.storageNamespace, languageOf(this)] as const,
    onComplete: (loaded) => this.opened(loaded),
    onError: (e) => emit(this, 'lp-error', { code: e instanceof LoadError ? e.code : 'load-failed', message: String(e instanceof Error ? e.message : e) }),
  });

  private readonly catalogue = new Task(this, {
    task: async ([url], { signal }): Promise<CatalogueEntry[]> => {
      if (!url) return [];
      const response = await fetch(url, { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = (await response.json()) as { packs?: unknown };
      const list = Array.isArray(data?.packs) ? data.packs : [];
      const base = new URL(url, document.baseURI);
      return list
        .filter((p): p is CatalogueEntry => !!p && typeof p.id === 'string' && typeof p.title === 'string' && typeof p.src === 'string')
        .map((p) => ({ ...p, src: new URL(p.src, base).href }));
    },
    args: () => [this.packs] as const,
  });

  private observer?: IntersectionObserver;

  constructor() {
    super();
    this.addEventListener('lp-response-change', (e) => this.answerChanged(e.detail));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('pagehide', this.savePosition);
    document.addEventListener('visibilitychange', this.savePosition);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.savePosition();
    this.observer?.disconnect();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('pagehide', this.savePosition);
    document.removeEventListener('visibilitychange', this.savePosition);
  }

  /** The unit a `#/4.2` address names, by its number. */
  private unitFromHash(loaded = this.loaded): string | undefined {
    if (this.routing !== 'hash') return undefined;
    const match = /^#\/(.+)$/.exec(location.hash);
    if (!match) return undefined;
    const number = decodeURIComponent(match[1]);
    return loaded?.entries.find((e) => e.unit?.meta.number === number)?.unit?.meta.id;
  }

  private readonly onHashChange = (): void => {
    const id = this.unitFromHash();
    if (id && id !== this.unit) void this.show(id, { fromAddress: true });
  };

  /** Remembers the unit and how far down it the learner has read. */
  private readonly savePosition = (): void => {
    if (!this.unit || !this.packId) return;
    const offset = Math.max(0, Math.round(-this.getBoundingClientRect().top));
    writeLocal(positionKey(this.storageNamespace, this.packId), { unit: this.unit, offset } satisfies Position);
  };

  private get loaded(): LoadedPack | undefined {
    return this.pack.value;
  }

  private get packId(): string {
    return this.loaded?.manifest.id ?? '';
  }

  /** Every unit's state, from the saved answers. */
  private states(loaded = this.loaded): Map<string, UnitState> {
    const states = new Map<string, UnitState>();
    const pack = loaded?.manifest.id ?? '';
    for (const entry of loaded?.entries ?? []) {
      if (entry.unit) states.set(entry.unit.meta.id, unitState(pack, entry.unit, this.answers, this.readToEnd.has(entry.unit.meta.id)));
    }
    return states;
  }

  // The task calls onComplete before its value is readable, so the loaded pack is passed in.
  /** The saved answers have arrived: answers saved since, heard as events, are newer and stay. */
  private answersLoaded(records: { key: string; value: string }[]): void {
    const answers = new Map(records.map((r) => [r.key, r.value]));
    for (const [key, value] of this.answers) answers.set(key, value);
    this.answers = answers;
    if (this.loaded) this.reportProgress();
  }

  private reportProgress(loaded = this.loaded): void {
    if (!loaded) return;
    const states = [...this.states(loaded).values()];
    emit(this, 'lp-progress', { pack: loaded.manifest.id, completed: states.filter((s) => s === 'complete').length, total: loaded.entries.length });
  }

  /** The entry shown: the `unit` asked for, else the first that loaded. */
  private get current(): PackEntry | undefined {
    const entries = this.loaded?.entries ?? [];
    return entries.find((e) => e.unit?.meta.id === this.unit) ?? entries.find((e) => e.unit) ?? entries[0];
  }

  private opened(loaded: LoadedPack): void {
    const ids = loaded.entries.map((e) => e.unit?.meta.id);
    const last = readLocal<Position | null>(positionKey(this.storageNamespace, loaded.manifest.id), null);
    const asked = this.unitFromHash(loaded) ?? (this.unit && ids.includes(this.unit) ? this.unit : undefined);
    if (asked) {
      this.unit = asked;
    } else {
      this.unit = (last && ids.includes(last.unit) ? last.unit : ids.find(Boolean)) ?? undefined;
      if (last && last.unit === this.unit && last.offset > 0) void this.restoreOffset(last);
    }
    this.reportProgress(loaded);
  }

  /** Back near where the learner was reading, once the unit has rendered. */
  private async restoreOffset(position: Position): Promise<void> {
    const el = await this.unitElement(position.unit);
    if (!el) return;
    const top = this.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top + position.offset });
  }

  /** The lp-unit showing a unit, once it has rendered it. */
  private async unitElement(unitId: string): Promise<HTMLElementTagNameMap['lp-unit'] | undefined> {
    await this.updateComplete;
    const el = this.renderRoot.querySelector('lp-unit');
    if (!el) return undefined;
    for (let i = 0; i < 250 && el.unit?.meta.id !== unitId; i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    return el.unit?.meta.id === unitId ? el : undefined;
  }


  /** An answer in the current unit was saved or cleared: progress follows, and completions are announced. */
  private answerChanged(detail: ResponseChangeDetail): void {
    const entry = this.current;
    if (!entry?.unit || !detail.key.startsWith(`${this.packId}/`)) return;
    const unit = entry.unit;
    const id = unit.meta.id;
    const before = new Map(activities(unit).map((a) => [a.id, activityComplete(this.packId, id, a, this.answers)]));
    const unitBefore = unitState(this.packId, unit, this.answers, this.readToEnd.has(id));
    this.answers = new Map(this.answers).set(detail.key, detail.value);
    for (const a of activities(unit)) {
      if (!before.get(a.id) && activityComplete(this.packId, id, a, this.answers)) {
        emit(this, 'lp-activity-complete', { pack: this.packId, unit: id, activity: a.id });
      }
    }
    if (unitBefore !== 'complete' && unitState(this.packId, unit, this.answers, this.readToEnd.has(id)) === 'complete') {
      emit(this, 'lp-unit-complete', { pack: this.packId, unit: id });
      this.announcement = msg(str`Unit ${unit.meta.number} is complete.`);
    }
    this.reportProgress();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('unit') && this.unit && this.packId) {
      const previous = readLocal<Position | null>(positionKey(this.storageNamespace, this.packId), null);
      if (previous?.unit !== this.unit) writeLocal(positionKey(this.storageNamespace, this.packId), { unit: this.unit, offset: 0 } satisfies Position);
      this.followAddress();
    }
    void this.watchEnd();
  }

  /** A unit without activities is complete once the learner has reached its end. */
  private async watchEnd(): Promise<void> {
    this.observer?.disconnect();
    const unit = this.current?.unit;
    if (!unit || activities(unit).length || this.readToEnd.has(unit.meta.id) || typeof IntersectionObserver === 'undefined') return;
    // Watched once the unit's text is on the page: until then its end sits just under its heading.
    const shown = await this.unitElement(unit.meta.id);
    const end = this.renderRoot.querySelector('.ui-end');
    if (!shown || !end || this.current?.unit !== unit || this.readToEnd.has(unit.meta.id)) return;
    this.observer?.disconnect();
    this.observer = new IntersectionObserver((seen) => {
      if (!seen.some((s) => s.isIntersecting)) return;
      this.observer?.disconnect();
      this.readToEnd = new Set(this.readToEnd).add(unit.meta.id);
      writeLocal(readKey(this.storageNamespace, this.packId), [...this.readToEnd]);
      emit(this, 'lp-unit-complete', { pack: this.packId, unit: unit.meta.id });
      this.reportProgress();
    });
    this.observer.observe(end);
  }

  /** With hash routing, the address and the document title name the unit shown. */
  private followAddress(): void {
    const meta = this.current?.unit?.meta;
    if (this.routing !== 'hash' || !meta || !this.loaded) return;
    const hash = `#/${encodeURIComponent(meta.number)}`;
    if (location.hash !== hash) history.pushState(null, '', hash);
    document.title = msg(str`${meta.number} ${meta.title} – ${this.loaded.manifest.title}`);
  }

  /** Shows another unit and moves the focus to its heading, as a page change would. */
  async show(unitId: string, { fromAddress = false } = {}): Promise<void> {
    if (this.unit && this.unit !== unitId && !fromAddress) this.savePosition();
    this.unit = unitId;
    if (!this.wide()) this.renderRoot.querySelector('.ui-contents')?.removeAttribute('open');
    const el = await this.unitElement(unitId);
    const heading = el?.shadowRoot?.querySelector<HTMLElement>('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    this.scrollIntoView({ block: 'start' });
  }

  override render() {
    return this.pack.render({
      initial: () => html`<p class="ui-loading" role="status" lang=${interfaceLang()}>${msg('Loading the course…')}</p>`,
      pending: () => html`<p class="ui-loading" role="status" lang=${interfaceLang()}>${msg('Loading the course…')}</p>`,
      error: (e) => this.renderFailure(e),
      complete: (loaded) => this.renderPack(loaded),
    });
  }

  private renderFailure(e: unknown) {
    return html`<div class="ui-error-box" role="alert" lang=${interfaceLang()}>
      <p><strong>${msg('This course could not be shown.')}</strong></p>
      <p>${e instanceof Error ? e.message : String(e)}</p>
      <p>${msg('If you are studying this course, please tell your tutor. Your saved answers are not affected.')}</p>
    </div>`;
  }

  private renderPack({ manifest, entries }: LoadedPack) {
    const states = this.states();
    const current = this.current;
    const index = current ? entries.indexOf(current) : -1;
    const completed = [...states.values()].filter((s) => s === 'complete').length;
    // The course's words in its language; this element's own in the interface's (WCAG 3.1.2).
    const ui = interfaceLang();
    return html`
      <div class="ui-pack" lang=${manifest.lang}>
        <button type="button" class="ui-skip" lang=${ui} @click=${() => this.skip()}>${msg('Skip to the unit')}</button>
        <header class="ui-header">
          <p class="ui-pack-title">${manifest.title}</p>
          ${this.packs ? this.renderSwitcher(manifest) : nothing}
          <lp-progress lang=${ui} .completed=${completed} .total=${entries.length}></lp-progress>
        </header>
        <details class="ui-contents" part="contents" ?open=${this.wide()}>
          <summary lang=${ui}>${msg('Course contents')}</summary>
          <nav lang=${ui} aria-label=${msg('Course contents')}>
            ${manifest.parts.map((part) => html`
              <h2 class="ui-part" lang=${ui}>${withContentPart((t) => msg(str`Part ${part.number}: ${t}`), part.title, manifest.lang)}</h2>
              <ol>
                ${entries.filter((e) => e.part === part).map((e) => this.renderEntry(e, e === current, states))}
              </ol>`)}
          </nav>
        </details>
        <div id="ui-unit" class="ui-unit" tabindex="-1">
          ${current?.unit
            ? html`<lp-unit src=${current.src} pack=${manifest.id} storage-namespace=${this.storageNamespace}
                ?readonly=${this.readonly}></lp-unit>`
            : current
              ? html`<div class="ui-error-box" role="alert" lang=${ui}><p><strong>${msg('This unit could not be shown.')}</strong></p><p>${current.error}</p></div>`
              : nothing}
          <div class="ui-end"></div>
        </div>
        <nav class="ui-pager" lang=${ui} aria-label=${msg('Previous and next units')}>
          ${index > 0 ? this.renderPagerLink(entries[index - 1], 'previous') : html`<span></span>`}
          ${index >= 0 && index < entries.length - 1 ? this.renderPagerLink(entries[index + 1], 'next') : html`<span></span>`}
        </nav>
        <p class="ui-visually-hidden" role="status" lang=${ui}>${this.announcement}</p>
      </div>
    `;
  }

  private renderEntry(entry: PackEntry, isCurrent: boolean, states: Map<string, UnitState>) {
    if (!entry.unit) {
      return html`<li class="ui-entry" lang=${interfaceLang()}><span class="ui-entry-title">${msg('A unit that could not be loaded')}</span>
        <span class="ui-state">${msg('Could not be loaded')}</span></li>`;
    }
    const { id, number, title } = entry.unit.meta;
    const state = states.get(id) ?? 'not-started';
    const words = { 'not-started': msg('Not started'), 'in-progress': msg('In progress'), complete: msg('Complete') }[state];
    return html`<li class="ui-entry ui-${state}">
      <a href="#" aria-current=${isCurrent ? 'page' : nothing} @click=${(e: Event) => this.go(e, id)}>
        <span class="ui-icon" aria-hidden="true">${state === 'complete' ? '✓' : state === 'in-progress' ? '◐' : '○'}</span>
        <span class="ui-entry-title" lang=${entry.unit.meta.lang}>${number} ${title}</span>
        <span class="ui-state" lang=${interfaceLang()}>${words}</span>
      </a>
    </li>`;
  }

  private renderPagerLink(entry: PackEntry, direction: 'previous' | 'next') {
    const meta = entry.unit?.meta;
    if (!meta) return html`<span></span>`;
    const label = direction === 'previous' ? msg('Previous unit') : msg('Next unit');
    return html`<a class="ui-${direction}" href="#" @click=${(e: Event) => this.go(e, meta.id)}>
      <span class="ui-direction">${label}</span>
      <span lang=${meta.lang}>${meta.number} ${meta.title}</span>
    </a>`;
  }

  private renderSwitcher(manifest: PackManifest) {
    const list = this.catalogue.value ?? [];
    return html`<div class="ui-switcher" lang=${interfaceLang()}>
      <p>${msg('Wrong learning pack?')}
        <button type="button" aria-expanded=${this.switching ? 'true' : 'false'} aria-controls="ui-pack-list"
          @click=${() => (this.switching = !this.switching)}>${msg('Change pack')}</button></p>
      <ul id="ui-pack-list" ?hidden=${!this.switching}>
        ${list.map((p) => html`<li>
          <button type="button" aria-current=${p.id === manifest.id ? 'true' : nothing} @click=${() => this.switchTo(p)}>${p.title}</button>
          ${p.description ? html`<span class="ui-description">${p.description}</span>` : nothing}
        </li>`)}
      </ul>
    </div>`;
  }

  private switchTo(entry: CatalogueEntry): void {
    this.switching = false;
    this.unit = undefined;
    this.src = entry.src;
  }

  private go(e: Event, unitId: string): void {
    e.preventDefault();
    void this.show(unitId);
  }

  /**
   * A button, not a link: its target is in this shadow root, where neither the browser's
   * fragment navigation nor a checker following the link can reach.
   */
  private skip(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('#ui-unit');
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  }

  /** On a phone the contents start closed, so the unit comes first. */
  private wide(): boolean {
    return typeof matchMedia === 'function' && matchMedia('(min-width: 48rem)').matches;
  }
}

define('lp-pack', LpPack);

declare global {
  interface HTMLElementTagNameMap {
    'lp-pack': LpPack;
  }
}
