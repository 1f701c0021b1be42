/**
 * The bench's code that runs inside the page: typing, unit switches, export
 * and import. Bundled by the bench with every module of src/store, which it
 * finds at run time (window.lpStoreModules), so new store functions are
 * measured as they land.
 */
import { clear, createStore, set } from 'idb-keyval';

type Modules = Record<string, Record<string, unknown>>;

declare global {
  interface Window {
    lpStoreModules: Modules;
    lpBench: typeof bench;
  }
}

type AnyFn = (...args: unknown[]) => unknown;

function storeFunction(test: (name: string) => boolean): { name: string; fn: AnyFn } | undefined {
  for (const mod of Object.values(window.lpStoreModules)) {
    for (const [name, value] of Object.entries(mod)) if (test(name) && typeof value === 'function') return { name, fn: value as AnyFn };
  }
  return undefined;
}

/** The element with this id anywhere in the page, shadow roots included. */
function deepFind(root: Document | ShadowRoot, id: string): Element | null {
  const hit = root.querySelector(`[id="${CSS.escape(id)}"]`);
  if (hit) return hit;
  for (const el of root.querySelectorAll('*')) {
    const found = el.shadowRoot && deepFind(el.shadowRoot, id);
    if (found) return found;
  }
  return null;
}

/** The first answer box of an activity, once it has a box on screen. */
function answerBox(activity: string): HTMLTextAreaElement | null {
  const host = deepFind(document, `ui-activity-${activity}`);
  const box = host?.shadowRoot?.querySelector('textarea') ?? host?.querySelector('textarea');
  if (!box) return null;
  const r = box.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? box : null;
}

const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));
const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

async function waitForBox(activity: string, timeoutMs = 15000): Promise<HTMLTextAreaElement> {
  const start = performance.now();
  for (;;) {
    const box = answerBox(activity);
    if (box) return box;
    if (performance.now() - start > timeoutMs) throw new Error(`Activity ${activity}'s answer box did not appear within ${timeoutMs} ms`);
    await frame();
  }
}

function type(box: HTMLTextAreaElement, text: string): void {
  box.value += text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

/** The next lp-response-change, as a time, or NaN after `timeoutMs`. */
function nextSave(target: EventTarget, timeoutMs = 5000): Promise<number> {
  return new Promise((ok) => {
    const done = () => {
      clearTimeout(timer);
      target.removeEventListener('lp-response-change', done);
      ok(performance.now());
    };
    const timer = setTimeout(() => {
      target.removeEventListener('lp-response-change', done);
      ok(NaN);
    }, timeoutMs);
    target.addEventListener('lp-response-change', done);
  });
}

const record = (key: string, value: string) => {
  const [pack, unit, activity, item] = key.split('/');
  return { key, pack, unit, activity, item, value, updatedAt: new Date().toISOString() };
};

const bench = {
  waitForBox: async (activity: string) => {
    await waitForBox(activity);
    return performance.now();
  },

  /** Keystroke → committed write of the element, in turn with a bare idb-keyval set of the same record. */
  async typing(activity: string, n: number): Promise<{ keystroke: number[]; bare: number[] }> {
    const box = await waitForBox(activity);
    await sleep(300); // let the saved answer load
    const bareStore = createStore('bench-bare', 'responses');
    await clear(bareStore);
    const keystroke: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < n; i++) {
      const saved = nextSave(document);
      const start = performance.now();
      type(box, i % 6 === 5 ? ' ' : 'a');
      keystroke.push((await saved) - start);
      const r = record(`bench/typing/1/${i}`, box.value);
      const t = performance.now();
      await set(r.key, r, bareStore);
      bare.push(performance.now() - t);
    }
    return { keystroke, bare };
  },

  /**
   * Prepares the keystroke-cost measure: Activity 4.2.1's first box and a
   * plain textarea beside it, both holding an answer of `words` words.
   */
  async keystrokeSetup(activity: string, words: number): Promise<void> {
    const box = await waitForBox(activity);
    const text = Array.from({ length: words }, (_, i) => `word${i % 97}`).join(' ');
    const saved = nextSave(document);
    box.value = '';
    type(box, text);
    await saved;
    const plain = document.createElement('textarea');
    plain.rows = 8;
    plain.value = text;
    plain.addEventListener('input', () => undefined);
    document.body.append(plain);
    Object.assign(bench, { costState: { box, plain } });
  },

  /**
   * Focuses one of the two boxes, caret at the end, and times the next
   * keystroke the browser types into it: from beforeinput to the end of the
   * input handlers, the re-render they cause and the layout after it.
   */
  async keystrokeArm(which: 'ours' | 'plain'): Promise<void> {
    const { box, plain } = (bench as unknown as { costState: { box: HTMLTextAreaElement; plain: HTMLTextAreaElement } }).costState;
    const target = which === 'ours' ? box : plain;
    const host = (box.getRootNode() as ShadowRoot).host as HTMLElement & { updateComplete: Promise<unknown> };
    target.focus();
    target.setSelectionRange(target.value.length, target.value.length);
    await frame();
    await frame();
    let start = 0;
    const cost = new Promise<number>((ok) => {
      window.addEventListener('beforeinput', () => (start = performance.now()), { capture: true, once: true });
      window.addEventListener(
        'input',
        async () => {
          if (which === 'ours') await host.updateComplete;
          void target.offsetHeight;
          ok(performance.now() - start);
        },
        { once: true },
      );
    });
    Object.assign(bench, { lastCost: cost });
  },

  keystrokeCost: () => (bench as unknown as { lastCost: Promise<number> }).lastCost,

  /** Puts an lp-unit in the page that switches between compiled units given as JSON. */
  async switchSetup(units: string[], ids: string[]): Promise<void> {
    const el = document.createElement('lp-unit');
    el.setAttribute('pack', 'bench');
    el.setAttribute('storage-namespace', 'bench-switch');
    document.body.append(el);
    const urls = units.map((u) => URL.createObjectURL(new Blob([u], { type: 'application/json' })));
    Object.assign(bench, { switchState: { el, urls, ids, next: 0 } });
  },

  /** Switches unit `n` times; each time from setting `src` (the data is in memory) to the new answer box on screen. */
  async switchUnits(n: number): Promise<number[]> {
    const s = (bench as unknown as { switchState: { el: HTMLElement & { src: string }; urls: string[]; ids: string[]; next: number } }).switchState;
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const k = s.next++ % s.urls.length;
      const start = performance.now();
      s.el.src = s.urls[k];
      await waitForBox(s.ids[k]);
      times.push(performance.now() - start);
    }
    return times;
  },

  /** Export (and import, if the store has it) of `n` responses, `runs` times each. */
  async exportImport(n: number, runs: number): Promise<{ exportMs: number[]; importMs: number[] | null; importNote: string; bytes: number }> {
    // Through the store's own API: ResponseStore, listResponses and toExportFile, parseImport and mergeResponses.
    const fn = (name: string) => {
      const found = storeFunction((n) => n === name);
      if (!found) throw new Error(`src/store has no ${name}`);
      return found.fn;
    };
    const Store = Object.values(window.lpStoreModules).map((m) => (m as Record<string, unknown>).ResponseStore).find(Boolean) as
      | (new (namespace: string) => { putMany(records: unknown[]): Promise<void>; list(): Promise<unknown[]> })
      | undefined;
    if (!Store) throw new Error('src/store has no ResponseStore');
    const store = new Store(`bench-export-${Math.random().toString(36).slice(2)}`);
    const words = 'I would start by asking colleagues which of their lessons they would open to others and why.';
    const makeRecord = fn('makeRecord');
    await store.putMany(Array.from({ length: n }, (_, i) => makeRecord(`bench/unit-${Math.floor(i / 100)}/${i % 100}/p`, `${words} (${i})`)));
    const list = fn('listResponses');
    const toExport = fn('toExportFile');
    const exportMs: number[] = [];
    let json = '';
    let count = 0;
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      const file = toExport(await list('bench', store)) as { responses?: unknown[] };
      json = JSON.stringify(file);
      exportMs.push(performance.now() - t);
      count = file.responses?.length ?? 0;
    }
    if (count !== n) throw new Error(`the export held ${count} responses, not ${n}`);
    const parse = fn('parseImport');
    const merge = fn('mergeResponses');
    const importMs: number[] = [];
    for (let r = 0; r < runs; r++) {
      const target = new Store(`bench-import-${r}-${Math.random().toString(36).slice(2)}`);
      const t = performance.now();
      const parsed = parse(json) as { ok: boolean; records?: unknown[] };
      if (!parsed.ok) return { exportMs, importMs: null, importNote: 'n/a — the export did not parse', bytes: json.length };
      await merge(parsed.records, target);
      importMs.push(performance.now() - t);
      const written = (await target.list()).length;
      if (written !== n) return { exportMs, importMs: null, importNote: `n/a — import wrote ${written} of ${n} responses`, bytes: json.length };
    }
    return { exportMs, importMs, importNote: 'parseImport() then mergeResponses()', bytes: json.length };
  },
};

window.lpBench = bench;
