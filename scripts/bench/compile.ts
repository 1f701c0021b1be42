/**
 * Compile speed: the Markdown → unit pipeline (compileUnit) beside marked's
 * own GFM parse of the same text, timed in turn so both see the same machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Marked } from 'marked';
import { compileUnit } from '../../src/content/compile.js';
import { timeOnce, type Row } from './report.js';

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

/**
 * Compile and marked in turn until `budgetMs` has passed (at least `minRuns`
 * pairs). Each side's best run: for work that is the same every time, the run
 * least disturbed by the rest of a shared machine.
 */
function race(text: string, budgetMs: number, minRuns = 3, maxRuns = 40): { ours: number; marked: number; runs: number } {
  const marked = new Marked({ gfm: true });
  compileUnit(text); // warm up
  marked.parse(text);
  const ours: number[] = [];
  const theirs: number[] = [];
  const start = performance.now();
  while ((ours.length < minRuns || performance.now() - start < budgetMs) && ours.length < maxRuns) {
    if (ours.length % 2) {
      theirs.push(timeOnce(() => marked.parse(text)));
      ours.push(timeOnce(() => compileUnit(text)));
    } else {
      ours.push(timeOnce(() => compileUnit(text)));
      theirs.push(timeOnce(() => marked.parse(text)));
    }
  }
  return { ours: Math.min(...ours), marked: Math.min(...theirs), runs: ours.length };
}

export function benchCompile(ratioBudget: number): Row[] {
  const rows: Row[] = [];
  for (const c of compileCases()) {
    const bytes = Buffer.byteLength(c.text);
    const diagnostics = compileUnit(c.text).diagnostics.filter((d) => d.severity === 'error');
    const r = race(c.text, bytes > 500_000 ? 1 : bytes > 50_000 ? 1500 : 800, bytes > 500_000 ? 3 : 5);
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
      note: `${r.ours.toFixed(1)} ms vs ${r.marked.toFixed(1)} ms, best of ${r.runs}${diagnostics.length ? `; ${diagnostics.length} compile errors` : ''}`,
    });
  }
  return rows;
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
        note: `marked alone fails: ${e instanceof Error ? e.message : String(e)}` });
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
