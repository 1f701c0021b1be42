/**
 * What a learner waits for in a browser: first render, typing, unit switches,
 * export and import, memory. Headless Chromium (the system's), driven through
 * puppeteer-core, which @web/test-runner-chrome ships.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { rollup, type OutputChunk, type Plugin, type RollupOptions } from 'rollup';
import { pathToFileURL } from 'node:url';
import { puppeteerCore } from '@web/test-runner-chrome';
import type { BenchServer } from './server.js';
import { emptyPage, generatedPack, PAGE_BUNDLE, UNIT_JSON, UNIT_MD, unitPage } from './pages.js';
import { median, percentile, type Row } from './report.js';

type Browser = Awaited<ReturnType<typeof puppeteerCore.launch>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

/** The system Chromium with the flags the browser tests use (test/browsers.mjs). */
export async function launch(): Promise<Browser> {
  const { chromiumPath } = await import(pathToFileURL('scripts/browser-list.mjs').href);
  const { CHROMIUM_ARGS } = await import(pathToFileURL('test/browsers.mjs').href);
  return puppeteerCore.launch({ executablePath: chromiumPath() as string, headless: true, args: [...(CHROMIUM_ARGS as string[])], protocolTimeout: 600_000 });
}

/** The in-page half of the bench (scripts/bench/page.ts) with every module of src/store, as one script. */
export async function buildPageBundle(): Promise<string> {
  const pageScript = resolve('scripts/bench/page.ts');
  const modules = readdirSync('src/store').filter((f) => f.endsWith('.ts'));
  const code = [
    ...modules.map((f, i) => `import * as m${i} from ${JSON.stringify(resolve('src/store', f))};`),
    `window.lpStoreModules = { ${modules.map((f, i) => `${JSON.stringify(f)}: m${i}`).join(', ')} };`,
    `import ${JSON.stringify(pageScript)};`,
  ].join('\n');
  const entry: Plugin = {
    name: 'bench-page-entry',
    // The page script has only side effects, and package.json's `sideEffects` does not name scripts/.
    resolveId: (id) => (id === 'bench-page' ? '\0bench-page.js' : id === pageScript ? { id, moduleSideEffects: true } : null),
    load: (id) => (id === '\0bench-page.js' ? code : null),
  };
  const all = (await import(pathToFileURL('rollup.config.mjs').href)).default as RollupOptions | RollupOptions[];
  const config = Array.isArray(all) ? all[0]! : all;
  const plugins = ((config.plugins as Plugin[]) ?? []).filter((p) => p.name !== 'clean-output');
  const bundle = await rollup({ input: 'bench-page', plugins: [entry, ...plugins], onwarn: () => undefined });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return (output[0] as OutputChunk).code;
}

/**
 * Records, in the page, when Activity 4.2.1's first answer box is first on
 * screen. Checked every frame, so it must cost next to nothing: it looks up
 * the id in the document and in the shadow roots of our elements only (a walk
 * through every element of every shadow root, each frame, took a fifth of the
 * main thread of the unit's page, and none of the static page's).
 */
const FIRST_BOX = `(() => {
  const id = 'ui-activity-4.2.1';
  const find = (root) => {
    const hit = root.getElementById(id);
    if (hit) return hit;
    for (const el of root.querySelectorAll('lp-pack, lp-unit')) if (el.shadowRoot) { const f = find(el.shadowRoot); if (f) return f; }
    return null;
  };
  let host = null;
  const tick = () => {
    host = host && host.isConnected ? host : find(document);
    const box = host && ((host.shadowRoot && host.shadowRoot.querySelector('textarea')) || host.querySelector('textarea'));
    if (box) {
      const r = box.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) { window.__lpFirstBox = performance.now(); return; }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface Load {
  ms: number;
  requests: number;
  resources: { name: string; start: number; end: number }[];
}

/** One cold load in a fresh browser context: navigation start → first answer box on screen. */
async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    let requests = 0;
    page.on('request', () => requests++);
    await page.evaluateOnNewDocument(FIRST_BOX);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const handle = await page.waitForFunction('window.__lpFirstBox', { timeout: 120_000, polling: 50 });
    const ms = (await handle.jsonValue()) as number;
    const resources = (await page.evaluate(
      `performance.getEntriesByType('resource').map((e) => ({ name: e.name.split('/').pop(), start: e.startTime, end: e.responseEnd }))`,
    )) as Load['resources'];
    return { ms, requests, resources };
  } finally {
    await context.close();
  }
}

export async function benchFirstRender(browser: Browser, server: BenchServer, runs: number, budget: number): Promise<{ rows: Row[]; detail: unknown }> {
  const variants = [
    { key: 'static', name: 'static HTML page, plain textareas (floor)', url: '/bench/render-static.html' },
    { key: 'json', name: 'compiled .json source', url: '/bench/render-json.html' },
    { key: 'md', name: '.md source', url: '/bench/render-md.html' },
  ];
  const loads = new Map<string, Load[]>(variants.map((v) => [v.key, []]));
  for (let run = 0; run < runs; run++) {
    // Each round in a different order, so no variant always follows the same one.
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(i + run) % variants.length];
      loads.get(v.key)!.push(await coldLoad(browser, server.origin + v.url));
    }
  }
  const floor = median(loads.get('static')!.map((l) => l.ms));
  const rows: Row[] = [];
  const detail: Record<string, unknown> = {};
  for (const v of variants) {
    const ls = loads.get(v.key)!;
    const ms = median(ls.map((l) => l.ms));
    const requests = median(ls.map((l) => l.requests));
    const ratio = ms / floor;
    const row: Row = { section: 'first render', name: v.name, value: ms, unit: 'ms', note: `${requests} requests, median of ${ls.length}` };
    if (v.key !== 'static') Object.assign(row, { floor, floorName: 'static', ratio });
    if (v.key === 'json') Object.assign(row, { budget: `≤ ${budget} × static`, pass: ratio <= budget });
    if (v.key === 'md') {
      // The chain: when the compiler chunk was asked for, against when the unit's Markdown had arrived.
      const starts = ls.map((l) => {
        const md = l.resources.find((r) => r.name?.endsWith('.md'));
        const compiler = l.resources.find((r) => /compile/.test(r.name ?? ''));
        return md && compiler ? compiler.start - md.end : NaN;
      });
      const lead = median(starts.filter((x) => !Number.isNaN(x)));
      row.note += `; compiler chunk requested ${Number.isNaN(lead) ? '?' : Math.abs(lead).toFixed(0)} ms ${lead < 0 ? 'before' : 'after'} the .md arrived`;
    }
    rows.push(row);
    detail[v.key] = ls.map((l) => ({ ms: l.ms, requests: l.requests }));
  }
  return { rows, detail };
}

/** The debounce before a save, read from the source (undefined when it is not found). */
function debounceMs(source: string): number | undefined {
  const m = /SAVE_DELAY_MS\s*=\s*(\d+)/.exec(source);
  return m ? Number(m[1]) : undefined;
}

async function benchPage(browser: Browser, server: BenchServer, path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`  page error on ${path}: ${e}`));
  await page.goto(server.origin + path, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction('window.lpBench && customElements.get("lp-unit")', { timeout: 120_000 });
  return page;
}

/**
 * Opens the typing page and starts the measure; `done` resolves when it ends.
 * It is mostly waiting, so the bench runs other work meanwhile (even work
 * that blocks Node: the page keeps time itself).
 */
export async function startTyping(browser: Browser, server: BenchServer, keystrokes: number) {
  const page = await benchPage(browser, server, '/bench/typing.html');
  const done = page.evaluate(`lpBench.typing('4.2.1', ${keystrokes})`) as Promise<{ keystroke: number[]; bare: number[] }>;
  done.catch(() => undefined);
  return { done };
}

export function typingRows(result: { keystroke: number[]; bare: number[] }, controllerSource: string, bareWrites: number): Row[] {
  const delay = debounceMs(controllerSource);
  // NaN (a keystroke never saved) arrives from the page as null.
  const lost = result.keystroke.filter((x) => typeof x !== 'number' || Number.isNaN(x)).length;
  const ks = result.keystroke.filter((x) => typeof x === 'number' && !Number.isNaN(x));
  const bare = median(result.bare);
  const budget = delay === undefined ? undefined : delay + bareWrites * bare;
  const p50 = median(ks);
  const p95 = percentile(ks, 95);
  const bare95 = percentile(result.bare, 95);
  const budget95 = delay === undefined ? undefined : delay + bareWrites * bare95;
  const n = result.keystroke.length;
  return [
    {
      section: 'typing',
      name: `keystroke → committed write, median of ${n}`,
      value: p50,
      unit: 'ms',
      floor: bare,
      floorName: 'bare idb-keyval set',
      ratio: p50 / bare,
      budget: budget === undefined ? 'debounce not found' : `≤ ${delay} ms debounce + ${bareWrites} × bare = ${budget.toFixed(0)} ms`,
      pass: budget !== undefined && p50 <= budget && lost === 0,
      note: lost ? `${lost} keystrokes never saved` : undefined,
    },
    {
      section: 'typing',
      name: `keystroke → committed write, 95th percentile`,
      value: p95,
      unit: 'ms',
      floor: bare95,
      floorName: 'bare set p95',
      ratio: p95 / bare95,
      // Like with like: the slowest keystrokes beside the slowest bare writes of the same run.
      budget: budget95 === undefined ? undefined : `≤ ${delay} ms debounce + ${bareWrites} × bare p95 = ${budget95.toFixed(0)} ms`,
      pass: budget95 === undefined ? undefined : p95 <= budget95,
    },
  ];
}

export async function benchKeystrokeCost(browser: Browser, server: BenchServer, budgetMs: number, n: number): Promise<Row[]> {
  const page = await benchPage(browser, server, '/bench/typing.html');
  try {
    await page.evaluate(`lpBench.keystrokeSetup('4.2.1', 5000)`);
    const ours: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < n; i++) {
      for (const which of i % 2 ? (['plain', 'ours'] as const) : (['ours', 'plain'] as const)) {
        await page.evaluate(`lpBench.keystrokeArm('${which}')`);
        await page.keyboard.sendCharacter(i % 6 === 5 ? ' ' : 'x');
        (which === 'ours' ? ours : plain).push((await page.evaluate('lpBench.keystrokeCost()')) as number);
      }
    }
    const p50 = median(ours);
    const p95 = percentile(ours, 95);
    return [
      {
        section: 'typing',
        name: 'main-thread time per keystroke, 5,000-word answer',
        value: p50,
        unit: 'ms',
        floor: median(plain),
        floorName: 'plain textarea',
        ratio: p50 / median(plain),
        budget: `< ${budgetMs} ms (one frame), p95 too`,
        pass: p50 < budgetMs && p95 < budgetMs,
        note: `p95 ${p95.toFixed(1)} ms, ${ours.length} keystrokes`,
      },
    ];
  } finally {
    await page.close();
  }
}

export interface ScaleBudgets {
  unitSwitchMs: number;
  export10kMs: number;
  heapGrowth: number;
  heapPerSwitchKB: number;
}

/** Unit switches measured for memory. */
const SWITCHES = 500;

/** The least-squares slope of y against x. */
function slope(points: [number, number][]): number {
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxx ? sxy / sxx : 0;
}

export async function benchScale(browser: Browser, server: BenchServer, units: [string, string], ids: [string, string], budgets: ScaleBudgets): Promise<Row[]> {
  const rows: Row[] = [];
  const page = await benchPage(browser, server, '/bench/scale.html');
  try {
    // 1. Contents of a 200-unit pack.
    // <lp-pack> is loaded on demand: ask the bundle for it.
    const hasPack = await page.evaluate(
      `import('/dist/learning-pack.js').then((m) => m.loadElement?.('lp-pack')).then(() => !!customElements.get('lp-pack'), () => false)`,
    );
    if (hasPack) {
      for (const [file, body] of generatedPack(200)) server.files.set(`/bench/pack200/${file}`, body);
      server.files.set('/bench/pack.html', unitPage('').replace(/<lp-unit[^]*<\/lp-unit>/, '<lp-pack src="/bench/pack200/pack.yaml" storage-namespace="bench-pack"></lp-pack>'));
      const context = await browser.createBrowserContext();
      try {
        const p = await context.newPage();
        await p.goto(`${server.origin}/bench/pack.html`, { waitUntil: 'domcontentloaded' });
        const found = await p
          .waitForFunction(
            `(() => { const texts = (root) => [root.textContent || '', ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap((e) => texts(e.shadowRoot))];
               return texts(document.body).some((t) => t.includes('Generated unit 200')) && performance.now(); })()`,
            { timeout: 60_000, polling: 'raf' },
          )
          .then((h) => h.jsonValue() as Promise<number>)
          .catch(() => null);
        rows.push({
          section: 'scale',
          name: 'contents of a 200-unit pack on screen',
          value: found,
          unit: 'ms',
          note: found === null ? 'unit 200 not listed within 60 s' : 'navigation start → unit 200 listed',
        });
      } finally {
        await context.close();
      }
    } else {
      rows.push({ section: 'scale', name: 'contents of a 200-unit pack', value: null, unit: 'ms', note: 'n/a — needs <lp-pack>' });
    }

    // 2. Unit switches and memory.
    const cdp = await page.createCDPSession();
    const heap = async () => {
      // Twice: objects freed by the first collection's finalisers go in the second.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.evaluate(`lpBench.switchSetup(${JSON.stringify(units)}, ${JSON.stringify(ids)})`);
    await page.evaluate(`lpBench.switchUnits(1)`);
    const after1 = await heap();
    const times = (await page.evaluate(`lpBench.switchUnits(99)`)) as number[];
    const after100 = await heap();
    // What each switch keeps: the slope of the heap against the number of switches, from
    // switch 100 to 500, fitted through a checkpoint every 50 switches. The heap after
    // garbage collection moves up and down by a few hundred kilobytes from one checkpoint
    // to the next (caches of compiled code and styles fill and empty); a leak shows as a
    // steady slope through that noise, where the difference of two checkpoints would not.
    const points: [number, number][] = [[100, after100]];
    for (let n = 150; n <= SWITCHES; n += 50) {
      times.push(...((await page.evaluate(`lpBench.switchUnits(50)`)) as number[]));
      points.push([n, await heap()]);
    }
    const perSwitchKB = slope(points) / 1024;
    const switchMs = median(times);
    rows.push({
      section: 'scale',
      name: 'unit switch, data in memory → answer box on screen',
      value: switchMs,
      unit: 'ms',
      budget: `< ${budgets.unitSwitchMs} ms`,
      pass: switchMs < budgets.unitSwitchMs,
      note: `median of ${times.length}, p95 ${percentile(times, 95).toFixed(1)} ms`,
    });
    rows.push({
      section: 'scale',
      name: 'JS heap after 100 unit switches',
      value: after100 / 1024 / 1024,
      unit: 'MB',
      floor: after1 / 1024 / 1024,
      floorName: 'after 1',
      ratio: after100 / after1,
      budget: `≤ ${budgets.heapGrowth} × after 1`,
      pass: after100 / after1 <= budgets.heapGrowth,
      note: 'after garbage collection; the first switches warm caches',
    });
    rows.push({
      section: 'scale',
      name: `JS heap kept per unit switch, switches 100 → ${SWITCHES}`,
      value: perSwitchKB,
      unit: 'KB',
      budget: `≤ ${budgets.heapPerSwitchKB} KB (no leak)`,
      pass: perSwitchKB <= budgets.heapPerSwitchKB,
      note: `least-squares slope through ${points.length} checkpoints: ${points.map(([, b]) => (b / 1024 / 1024).toFixed(2)).join(', ')} MB`,
    });

    // 3. Export and import of 10,000 responses.
    const r = (await page.evaluate(`lpBench.exportImport(10000, 5)`)) as { exportMs: number[]; importMs: number[] | null; importNote: string; bytes: number };
    const exportMs = median(r.exportMs);
    rows.push({
      section: 'scale',
      name: 'export of 10,000 responses (list, toExportFile, JSON)',
      value: exportMs,
      unit: 'ms',
      budget: `< ${budgets.export10kMs} ms`,
      pass: exportMs < budgets.export10kMs,
      note: `${(r.bytes / 1024 / 1024).toFixed(1)} MB file, median of ${r.exportMs.length}`,
    });
    rows.push({
      section: 'scale',
      name: 'import of 10,000 responses into an empty store',
      value: r.importMs ? median(r.importMs) : null,
      unit: 'ms',
      note: r.importMs ? `${r.importNote}, median of ${r.importMs.length}` : r.importNote,
    });
  } finally {
    await page.close();
  }
  return rows;
}

export const pagesFor = (unitJson: string, staticHtml: string, pageBundle: string): [string, string][] => [
  [UNIT_JSON, unitJson],
  [PAGE_BUNDLE, pageBundle],
  ['/bench/render-md.html', unitPage(UNIT_MD)],
  ['/bench/render-json.html', unitPage(UNIT_JSON)],
  ['/bench/render-static.html', staticHtml],
  ['/bench/typing.html', unitPage(UNIT_JSON, `<script type="module" src="${PAGE_BUNDLE}"></script>`).replace('storage-namespace="bench"', 'storage-namespace="bench-typing"')],
  ['/bench/scale.html', emptyPage()],
];
