/**
 * The SCORM run-time side of a launched pack: finds the LMS's API object the way
 * the standards describe (SCORM 1.2 RTE 3.3.6.1; SCORM 2004 RTE 3.1.2.1), then
 * reports progress, completion and session time, keeps the learner's answers in
 * suspend data, commits, and terminates once.
 */
import { packAnswers, SUSPEND_LIMIT, unpackAnswers, type SuspendedAnswer } from './suspend.js';

export type ScormVersion = '1.2' | '2004';

interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(name: string): string;
  LMSSetValue(name: string, value: string): string;
  LMSCommit(arg: ''): string;
}

interface Api2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(name: string): string;
  SetValue(name: string, value: string): string;
  Commit(arg: ''): string;
}

const API_NAME = { '1.2': 'API', '2004': 'API_1484_11' } as const;

/** The standards' limit on how many parents to climb. */
const MAX_PARENTS = 500;

/** The API object in a window or its parents; frames from another origin are passed over. */
function searchUp(start: Window | null, name: string): unknown {
  let win = start;
  for (let i = 0; win && i <= MAX_PARENTS; i++) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (api) return api;
    } catch {
      // Another origin: its properties cannot be read.
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return undefined;
}

/** The LMS's API: in this window's parents, then its opener's. The version asked for first, then the other. */
export function findApi(win: Window, prefer: ScormVersion = '2004'): ScormSession | undefined {
  const order: ScormVersion[] = prefer === '2004' ? ['2004', '1.2'] : ['1.2', '2004'];
  for (const version of order) {
    const api = searchUp(win, API_NAME[version]) ?? searchUp(win.opener as Window | null, API_NAME[version]);
    if (api) return new ScormSession(version, api as Api12 | Api2004);
  }
  return undefined;
}

/** `HHHH:MM:SS.SS` (1.2's CMITimespan) or `PT#H#M#S` (2004's timeinterval). */
export function sessionTime(ms: number, version: ScormVersion): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = (total % 60).toFixed(2);
  if (version === '2004') return `PT${hours}H${minutes}M${seconds}S`;
  return `${String(Math.min(hours, 9999)).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${seconds.padStart(5, '0')}`;
}

export class ScormSession {
  private started = 0;
  private state: 'new' | 'running' | 'finished' = 'new';
  private completed = false;

  constructor(
    readonly version: ScormVersion,
    private readonly api: Api12 | Api2004,
  ) {}

  get running(): boolean {
    return this.state === 'running';
  }

  private get v12(): Api12 {
    return this.api as Api12;
  }

  private get v2004(): Api2004 {
    return this.api as Api2004;
  }

  private get(name: string): string {
    try {
      return String((this.version === '1.2' ? this.v12.LMSGetValue(name) : this.v2004.GetValue(name)) ?? '');
    } catch {
      return '';
    }
  }

  private set(name: string, value: string): boolean {
    if (!this.running) return false;
    try {
      return String(this.version === '1.2' ? this.v12.LMSSetValue(name, value) : this.v2004.SetValue(name, value)) === 'true';
    } catch {
      return false;
    }
  }

  /** Opens the session; the answers the LMS kept from earlier sessions. */
  start(): SuspendedAnswer[] {
    if (this.state !== 'new') return [];
    let ok = false;
    try {
      ok = String(this.version === '1.2' ? this.v12.LMSInitialize('') : this.v2004.Initialize('')) === 'true';
    } catch {
      ok = false;
    }
    if (!ok) return [];
    this.state = 'running';
    this.started = Date.now();
    if (this.version === '1.2') {
      const status = this.get('cmi.core.lesson_status');
      this.completed = status === 'completed' || status === 'passed';
      if (status === 'not attempted' || status === '') this.set('cmi.core.lesson_status', 'incomplete');
    } else {
      this.completed = this.get('cmi.completion_status') === 'completed';
      if (!this.completed) this.set('cmi.completion_status', 'incomplete');
    }
    return unpackAnswers(this.get('cmi.suspend_data'));
  }

  /** Units complete out of all: completion once every unit is, never taken back. */
  progress(completed: number, total: number): void {
    const done = total > 0 && completed >= total;
    this.completed ||= done;
    if (this.version === '1.2') {
      this.set('cmi.core.lesson_status', this.completed ? 'completed' : 'incomplete');
    } else {
      if (total > 0) this.set('cmi.progress_measure', (Math.min(completed, total) / total).toFixed(4).replace(/\.?0+$/, '') || '0');
      this.set('cmi.completion_status', this.completed ? 'completed' : 'incomplete');
    }
  }

  /** Stores the answers, the newest kept when they do not all fit; how many were left out. */
  suspend(answers: SuspendedAnswer[]): number {
    const packed = packAnswers(answers, SUSPEND_LIMIT[this.version]);
    this.set('cmi.suspend_data', packed.data);
    return packed.dropped;
  }

  commit(): void {
    if (!this.running) return;
    try {
      if (this.version === '1.2') this.v12.LMSCommit('');
      else this.v2004.Commit('');
    } catch {
      // The LMS refused; the next commit or the end of the session tries again.
    }
  }

  /** Session time, how the learner left, a last commit, then the end of the session. Only once. */
  finish(): void {
    if (!this.running) return;
    const elapsed = sessionTime(Date.now() - this.started, this.version);
    if (this.version === '1.2') {
      this.set('cmi.core.session_time', elapsed);
      this.set('cmi.core.exit', this.completed ? '' : 'suspend');
    } else {
      this.set('cmi.session_time', elapsed);
      this.set('cmi.exit', this.completed ? 'normal' : 'suspend');
    }
    this.commit();
    this.state = 'finished';
    try {
      if (this.version === '1.2') this.v12.LMSFinish('');
      else this.v2004.Terminate('');
    } catch {
      // Nothing more can be done once the LMS has gone.
    }
  }
}
