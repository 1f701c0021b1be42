/**
 * Decides whether to tell the learner, once, that this browser may clear their
 * answers after a week away (WebKit without persistent storage). Dismissing it
 * is remembered per storage namespace.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mayBeClearedAfterAWeek } from '../../store/durability.js';

export class StorageNoticeController implements ReactiveController {
  /** Replaced in tests to show the notice in every engine. */
  static check: () => Promise<boolean> = () => mayBeClearedAfterAWeek();

  show = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly namespace: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // localStorage is read only where the notice could show: its first read in
    // a page waits for the browser to load it, which would hold up the unit.
    StorageNoticeController.check()
      .then((atRisk) => {
        this.show = atRisk && !this.dismissed;
        this.host.requestUpdate();
      })
      .catch(() => undefined);
  }

  dismiss(): void {
    this.show = false;
    try {
      localStorage.setItem(this.storageKey, new Date().toISOString());
    } catch {
      // Storage refused (private browsing): the notice simply comes back next visit.
    }
    this.host.requestUpdate();
  }

  private get storageKey(): string {
    return `${this.namespace()}:storage-notice-dismissed`;
  }

  private get dismissed(): boolean {
    try {
      return localStorage.getItem(this.storageKey) !== null;
    } catch {
      return false;
    }
  }
}
