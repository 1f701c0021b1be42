/**
 * Each element's language, from its own `lang`, else the nearest `lang` up
 * the host page (across shadow roots), else English; followed live.
 *
 * @lit/localize has one locale per page, so the elements share one interface
 * language. When every element on the page asks for the same language, that
 * is the language. When they disagree (a Welsh unit on an English page, say),
 * the page's own language, `<html lang>`, decides. Elements inside another
 * learning-pack element (an activity inside a unit) follow that element and
 * do not ask on their own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { supportedLocale, useLocale, type Locale } from './localization.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The language an element is in: its own `lang` or the nearest one above it, crossing shadow roots. */
export function languageOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

const requests = new Map<LocaleController, Locale>();
const hosts = new WeakSet<Element>();
let observer: MutationObserver | undefined;

function decide(): void {
  const wanted = new Set(requests.values());
  if (wanted.size === 0) return;
  void useLocale(wanted.size === 1 ? [...wanted][0] : supportedLocale(document.documentElement.lang));
}

function refreshAll(): void {
  for (const c of requests.keys()) c.resolve();
  decide();
}

/** Asks for the host's language while it is connected, and again whenever a `lang` above it changes. */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: Host) {
    hosts.add(host);
    host.addController(this);
  }

  hostConnected(): void {
    if (this.insideAnotherElement()) return;
    observer ??= new MutationObserver(refreshAll);
    // The document, and every shadow root between it and the host, may carry the `lang` that applies.
    for (let root = this.host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang'] });
      if (!(root instanceof ShadowRoot)) break;
    }
    this.resolve();
    decide();
  }

  hostDisconnected(): void {
    if (requests.delete(this)) decide();
  }

  /** Records the language the host asks for now; a host whose language changed updates (its content may follow it). */
  resolve(): void {
    const lang = languageOf(this.host);
    if (this.lang !== undefined && lang !== this.lang) this.host.requestUpdate();
    this.lang = lang;
    requests.set(this, supportedLocale(lang));
  }

  /** The host's language when last resolved. */
  private lang?: string;

  private insideAnotherElement(): boolean {
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      if (hosts.has(root.host)) return true;
    }
    return false;
  }
}
