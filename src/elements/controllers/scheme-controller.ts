/**
 * Light or dark. The element takes the host page's `color-scheme` (a page
 * that says `color-scheme: dark` gets the dark scheme whatever the learner's
 * setting). A page that says nothing gets the learner's own preference,
 * `prefers-color-scheme`, instead of a white slab on a dark screen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Hosts whose scheme is settled: an element inside one of them inherits it. */
const settled = new WeakSet<Element>();

export class SchemeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const { style } = this.host;
    settled.add(this.host);
    if (style.colorScheme) return;
    // Inside another element of ours (an activity in a unit) the scheme is already
    // settled, and reading the computed style would make the browser work out
    // every style of the page again while the unit is first drawn.
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot && settled.has(root.host)) return;
    const inherited = getComputedStyle(this.host).colorScheme;
    if (!inherited || inherited === 'normal') style.colorScheme = 'light dark';
  }
}
