/**
 * Compile speed: the Markdown → unit pipeline (compileUnit) beside marked's
 * own GFM parse of the same text, timed in turn so both see the same machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { Marked } from 'marked';
import { compileUnit } from '../../src/content/compile.js';
import { median, timeOnce, type Row } from './report.js';

const UNIT = 'modules/mep-leadership/4.2-joint-practice-development.md';

interface Case {
  name: string;
  text: string;
}

/** Units of about 10 KB, 100 KB and 1 MB made from unit 4.2, each also as plain text with one directive at its end. */
export function compileCases(): Case[] {
  const unit = readFileSync(UNIT, 'utf8');
  const split = unit.indexOf('\n---', 3) + 4;
  const front = unit.slice(0, split);
  const body = unit.slice(split);
  const plain = body.replace(/^:::[a-z][\s\S]*?^:::[ \t]*$/gm, '');
  const reflection = /^:::reflection[\s\S]*?^:::[ \t]*$/m.exec(body)?.[0] ?? ':::reflection{#9.9.9}\nWhat do you think?\n:::';
  const cases: Case[] = [];
  for (const kb of [10, 100, 1024]) {
    const target = kb * 1024;
    let whole = front;
    for (let i = 0; whole.length < target * 0.95; i++) whole += '\n' + body.replaceAll('{#4.2.1', `{#${i + 1}.2.1`);
    let tail = front;
    while (tail.length + reflection.length < target * 0.95) tail += '\n' + plain;
    tail += '\n' + reflection + '\n';
    const size = kb >= 1024 ? '1 MB' : `${kb} KB`;
    cases.push({ name: `${size} unit, directives throughout`, text: whole }, { name: `${size} unit, only directive at its end`, text: tail });
  }
  return cases;
}

/** CPU time of this process in ms: unlike the clock, it does not count the time other processes hold the CPU. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU time of `times` calls of `fn`, per call. */
function timeCpu(fn: () => unknown, times: number): number {
  const start = cpuMs();
  for (let i = 0; i < times; i++) fn();
  return (cpuMs() - start) / times;
}

/**
 * Compile and marked in turn, on the same text, until `budgetMs` has passed
 * (at least `minRuns` pairs), after warm-up runs of both so that neither is
 * timed before the JIT has compiled it. Each sample is the CPU time of
 * enough calls to take about 20 ms (the clock would also count the time
 * other processes on a shared machine hold the CPU); each side's median of
 * samples taken in turn. The floor is marked with GFM, as our pipeline uses
 * it, parsing the same text to HTML; neither side sanitises (DOMPurify runs
 * in the browser only, when a unit is shown).
 */
function race(text: string, budgetMs: number, minRuns = 5, maxRuns = 60): { ours: number; marked: number; runs: number } {
  const marked = new Marked({ gfm: true });
  const warmUntil = performance.now() + Math.min(budgetMs / 2, 1000);
  for (let calls = 0; calls < 3 || (calls < 500 && performance.now() < warmUntil); calls++) {
    compileUnit(text);
    marked.parse(text);
  }
  // The batch is sized from warm calls: sized from the warm-up's own, the first case raced got
  // batches of two calls, timed while the JIT was still at work on our code (more code than marked's).
  const batch = Math.max(1, Math.round(20 / timeCpu(() => (compileUnit(text), marked.parse(text)), 3)));
  const ours: number[] = [];
  const theirs: number[] = [];
  const start = performance.now();
  while ((ours.length < minRuns || performance.now() - start < budgetMs) && ours.length < maxRuns) {
    if (ours.length % 2) {
      theirs.push(timeCpu(() => marked.parse(text), batch));
      ours.push(timeCpu(() => compileUnit(text), batch));
    } else {
      ours.push(timeCpu(() => compileUnit(text), batch));
      theirs.push(timeCpu(() => marked.parse(text), batch));
    }
  }
  return { ours: median(ours), marked: median(theirs), runs: ours.length * batch };
}

export function benchCompile(ratioBudget: number): Row[] {
  const rows: Row[] = [];
  const cases = compileCases();
  // Both sides warmed on every case before any is timed, so the first case raced is not also
  // the one that pays for compiling the code of both.
  for (const c of cases.filter((c) => c.text.length < 200_000)) {
    const marked = new Marked({ gfm: true });
    for (let i = 0; i < 100; i++) {
      compileUnit(c.text);
      marked.parse(c.text);
    }
  }
  for (const c of cases) {
    const bytes = Buffer.byteLength(c.text);
    const diagnostics = compileUnit(c.text).diagnostics.filter((d) => d.severity === 'error');
    const r = race(c.text, bytes > 500_000 ? 3000 : bytes > 50_000 ? 2000 : 1000, bytes > 500_000 ? 9 : 15);
    const mbs = (ms: number) => bytes / 1024 / 1024 / (ms / 1000);
    const ratio = r.ours / r.marked;
    rows.push({
      section: 'compile',
      name: `${c.name} (${(bytes / 1024).toFixed(0)} KB)`,
      value: mbs(r.ours),
      unit: 'MB/s',
      floor: mbs(r.marked),
      floorName: 'marked',
      ratio,
      budget: `time ≤ ${ratioBudget} × marked`,
      pass: ratio <= ratioBudget && diagnostics.length === 0,
      note: `${r.ours.toFixed(1)} ms vs ${r.marked.toFixed(1)} ms, CPU time, medians of ${r.runs} runs in turn${diagnostics.length ? `; ${diagnostics.length} compile errors` : ''}`,
    });
  }
  return rows;
}

/**
 * Time the garbage collector takes while compiling the 10 KB unit with
 * directives, beside marked's parse of it, each alone for the same number of
 * runs. Twice an instance of marked made for each unit, or closures set on a
 * tokenizer made for each unit, kept every unit's tokens alive past the young
 * generation's collections: each collection then copied megabytes, and a fifth
 * of a compile went on it. This figure shows that at once.
 */
export async function benchCompileGc(runs = 2000): Promise<Row> {
  const text = compileCases()[0]!.text;
  const marked = new Marked({ gfm: true });
  const gcMs = async (fn: () => unknown): Promise<number> => {
    for (let i = 0; i < 200; i++) fn();
    let total = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) total += entry.duration;
    });
    observer.observe({ entryTypes: ['gc'] });
    for (let i = 0; i < runs; i++) fn();
    // Entries arrive after the collections, on a later turn.
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    return total;
  };
  const ours = await gcMs(() => compileUnit(text));
  const theirs = await gcMs(() => marked.parse(text));
  return {
    section: 'compile',
    name: `garbage collection during ${runs.toLocaleString('en')} compiles of the 10 KB unit with directives`,
    value: ours,
    unit: 'ms',
    floor: theirs,
    floorName: 'marked',
    ratio: theirs > 0 ? ours / theirs : null,
    note: 'each side alone, after 200 runs to warm up',
  };
}

/** Compile time of every hostile unit in test/hostile/inputs.ts, when that file exists. */
export async function benchHostile(): Promise<Row[]> {
  const file = 'test/hostile/inputs.ts';
  if (!existsSync(file)) {
    return [{ section: 'hostile', name: 'hostile inputs', value: null, unit: 'ms', note: `n/a — needs ${file}` }];
  }
  const inputs = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const rows: Row[] = [];
  for (const [name, make] of Object.entries(inputs)) {
    if (typeof make !== 'function' || make.length > 0) continue;
    let text: unknown;
    try {
      text = make();
    } catch {
      continue;
    }
    if (typeof text !== 'string') continue;
    const bytes = Buffer.byteLength(text);
    const first = timeOnce(() => compileUnit(text as string));
    let r: { ours: number; marked: number; runs: number };
    try {
      r = first > 2000 ? { ours: first, marked: timeOnce(() => new Marked({ gfm: true }).parse(text as string)), runs: 1 } : race(text, 300, 3, 20);
    } catch (e) {
      // marked alone cannot parse some of these (deep nesting overflows its stack); ours reports an author error instead.
      const ours = Math.min(first, timeOnce(() => compileUnit(text as string)));
      rows.push({ section: 'hostile', name: `${name} (${bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(0)} KB`})`, value: ours, unit: 'ms',
        note: `marked alone fails: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}` });
      continue;
    }
    rows.push({
      section: 'hostile',
      name: `${name} (${bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(0)} KB`})`,
      value: r.ours,
      unit: 'ms',
      floor: r.marked,
      floorName: 'marked',
      ratio: r.ours / r.marked,
      note: `${(bytes / 1024 / 1024 / (r.ours / 1000)).toFixed(2)} MB/s`,
    });
  }
  return rows;
}
