/**
 * The script of a SCORM package's launch page (`learning-pack scorm`). It opens
 * the LMS session, puts back answers the LMS kept when this browser has none,
 * then shows the pack and reports to the LMS as the learner works. Without an
 * LMS the pack works on its own. Configuration comes from the element
 * `#lp-course`: `data-src` (the pack.json), `data-version` (1.2 or 2004),
 * `data-storage-namespace`.
 */
// The elements first, from the bundle the page has loaded: the launch script shares its modules.
import '../index.js';
import { msg, str } from '@lit/localize';
import { supportedLocale, useLocale } from '../locales/localization.js';
import { plural } from '../locales/plural.js';
import { DEFAULT_NAMESPACE, makeRecord, responseStore, type ResponseRecord } from '../store/responses.js';
import { findApi, type ScormVersion } from './scorm.js';
import type { SuspendedAnswer } from './suspend.js';

interface ResponseChange {
  key: string;
  value: string;
  updatedAt: string;
}

interface Progress {
  completed: number;
  total: number;
}

function note(text: string): void {
  const list = document.getElementById('lp-notes');
  if (!list) return;
  const item = document.createElement('p');
  item.textContent = text;
  list.append(item);
  list.hidden = false;
}

/** Every answer saved in this browser, or undefined when the browser keeps none here. */
async function localAnswers(namespace: string): Promise<ResponseRecord[] | undefined> {
  try {
    const store = responseStore(namespace);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('storage timed out')), 4000));
    const all = await Promise.race([store.list(), timeout]);
    // Kept in memory only: this browser keeps nothing here.
    return store.persistent ? all : undefined;
  } catch {
    return undefined;
  }
}

/** Writes back answers the LMS kept, with their own dates. */
async function restore(namespace: string, answers: SuspendedAnswer[]): Promise<void> {
  const records: ResponseRecord[] = [];
  for (const { key, value, updatedAt } of answers) {
    try {
      records.push(makeRecord(key, value, {}, updatedAt));
    } catch {
      // Not a key of ours: nothing to put back.
    }
  }
  await responseStore(namespace).putMany(records);
}

async function launch(): Promise<void> {
  const mount = document.getElementById('lp-course');
  if (!mount) return;
  const namespace = mount.dataset.storageNamespace || DEFAULT_NAMESPACE;
  const version: ScormVersion = mount.dataset.version === '1.2' ? '1.2' : '2004';
  // The notes below are in the page's language, the pack's: the same locale the elements use.
  const language = useLocale(supportedLocale(document.documentElement.lang));
  const session = findApi(window, version);
  const kept = session?.start() ?? [];
  // Every answer goes to suspend data from here on (see mirror() below).
  responseStore(namespace).mirrored = session?.running ?? false;
  const local = await localAnswers(namespace);
  await language;
  if (!local) {
    // IndexedDB would not open: the store keeps answers in memory for this visit, and the
    // LMS's copy is the only one there is. Put it back so the learner sees their answers.
    if (kept.length && !responseStore(namespace).persistent) await restore(namespace, kept).catch(() => undefined);
    note(
      session
        ? msg('This browser does not let the course keep your answers here. Your learning site keeps a copy of them while you work; download your answers before you leave to keep your own.')
        : msg('This browser does not let the course keep your answers here, so they will be lost when you leave. Download your answers before you leave.'),
    );
  } else if (local.length === 0 && kept.length) {
    await restore(namespace, kept).catch(() => undefined);
  }

  const answers = new Map<string, SuspendedAnswer>();
  for (const a of [...kept, ...(local ?? [])]) {
    const had = answers.get(a.key);
    if (!had || had.updatedAt <= a.updatedAt) answers.set(a.key, { key: a.key, value: a.value, updatedAt: a.updatedAt });
  }

  const pack = document.createElement('lp-pack');
  pack.setAttribute('src', mount.dataset.src ?? 'pack.json');
  pack.setAttribute('storage-namespace', namespace);
  pack.setAttribute('routing', 'none');
  mount.append(pack);
  if (!session?.running) return;

  let warned = false;
  const mirror = () => {
    const dropped = session.suspend([...answers.values()]);
    if (dropped > 0 && !warned) {
      warned = true;
      note(
        plural(dropped, {
          one: () => msg('Your learning site can keep only your newest answers; 1 older answer is kept in this browser alone. Download your answers to keep a copy of them all.'),
          other: () => msg(str`Your learning site can keep only your newest answers; ${dropped} older answers are kept in this browser alone. Download your answers to keep a copy of them all.`),
        }),
      );
    }
  };
  mirror();
  session.commit();
  pack.addEventListener('lp-response-change', (e) => {
    const { key, value, updatedAt } = (e as CustomEvent<ResponseChange>).detail;
    answers.set(key, { key, value, updatedAt });
    mirror();
    session.commit();
  });
  pack.addEventListener('lp-progress', (e) => {
    const { completed, total } = (e as CustomEvent<Progress>).detail;
    session.progress(completed, total);
    session.commit();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.commit();
  });
  window.addEventListener('pagehide', () => session.finish());
}

void launch();
