/** The events of SPEC §4: bubbling, composed CustomEvents. */
export interface ResponseChangeDetail {
  key: string;
  value: string;
  updatedAt: string;
}

export interface ErrorDetail {
  code: string;
  message: string;
}

export interface ProgressDetail {
  pack: string;
  completed: number;
  total: number;
}

export interface UnitCompleteDetail {
  pack: string;
  unit: string;
}

export interface ActivityCompleteDetail extends UnitCompleteDetail {
  activity: string;
}

export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lp-response-change': CustomEvent<ResponseChangeDetail>;
    'lp-error': CustomEvent<ErrorDetail>;
    'lp-progress': CustomEvent<ProgressDetail>;
    'lp-unit-complete': CustomEvent<UnitCompleteDetail>;
    'lp-activity-complete': CustomEvent<ActivityCompleteDetail>;
  }
}
