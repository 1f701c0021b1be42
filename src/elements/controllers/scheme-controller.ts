/**
 * Light or dark. The element takes the host page's `color-scheme` (a page
 * that says `color-scheme: dark` gets the dark scheme whatever the learner's
 * setting). A page that says nothing gets the learner's own preference,
 * `prefers-color-scheme`, instead of a white slab on a dark screen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SchemeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const { style } = this.host;
    if (style.colorScheme) return;
    const inherited = getComputedStyle(this.host).colorScheme;
    if (!inherited || inherited === 'normal') style.colorScheme = 'light dark';
  }
}
