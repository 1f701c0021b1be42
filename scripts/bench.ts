// npm run bench: every figure beside its floor, measured in the same run.
// Builds, then measures sizes, compile speed, first render, typing, scale and
// hostile inputs; prints one table and writes bench/results.json.
// Timings belong here, not in the tests, where a busy machine would make them
// flaky: on a shared machine the absolute figures move from run to run, the
// ratios (measured in turn with their floors) much less.
//
//   npm run bench               the full run (a few minutes)
//   npm run bench -- --quick    fewer repetitions, to try a change
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { compileUnit } from './../src/content/compile.js';
import type { Unit } from './../src/content/model.js';
import { readBudgets } from './size.mjs';
import { benchCompile, benchCompileGc, benchHostile } from './bench/compile.js';
import { benchFirstRender, benchKeystrokeCost, benchScale, buildPageBundle, launch, pagesFor, startTyping, typingRows } from './bench/browser.js';
import { readUnitMarkdown, staticPage, UNIT_MD } from './bench/pages.js';
import { table, type Row } from './bench/report.js';
import { startServer } from './bench/server.js';
import { buildDist, benchSizes } from './bench/sizes.js';

const quick = process.argv.includes('--quick');
const RENDER_RUNS = quick ? 3 : 9;
const KEYSTROKES = quick ? 20 : 200;
const KEYSTROKE_COSTS = quick ? 10 : 30;
const started = performance.now();
const step = (what: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${what}`);

const budgets = readBudgets();
const t = budgets.timing;
const rows: Row[] = [];

step('building dist/');
const packages = await buildDist();

// Unit 4.2 compiled here, for the .json page and the static page; a copy with
// other ids to switch to.
const compiled = compileUnit(readUnitMarkdown(), UNIT_MD.slice(1));
if (!compiled.unit) throw new Error(`unit 4.2 does not compile: ${compiled.diagnostics.map((d) => d.message).join('; ')}`);
const unit: Unit = compiled.unit;
const reflection = unit.blocks.find((b) => b.type === 'reflection');
if (!reflection || reflection.type !== 'reflection') throw new Error('unit 4.2 has no reflection block');
const other: Unit = {
  ...unit,
  meta: { ...unit.meta, id: `${unit.meta.id}-copy`, number: '4.9' },
  blocks: unit.blocks.map((b) => (b === reflection ? { ...reflection, id: '4.9.1' } : b)),
};

const server = await startServer();
for (const [path, body] of pagesFor(JSON.stringify(unit), staticPage(unit), await buildPageBundle())) server.files.set(path, body);
const browser = await launch();
let chromium = '';
const details: Record<string, unknown> = {};
try {
  chromium = await browser.version();
  // Typing mostly waits out the save debounce, one keystroke at a time: it
  // runs alongside the rest. Each figure is timed in turn with its own floor,
  // so both see the same load.
  step(`typing: ${KEYSTROKES} keystrokes, each to its committed write (runs alongside what follows)`);
  const typing = await startTyping(browser, server, KEYSTROKES);
  step('sizes: ours, the floors, the peer');
  rows.push(...(await benchSizes(packages, budgets.gzipKB)).rows);
  step('compile: the pipeline beside marked');
  rows.push(...benchCompile(t.compileVsMarked), await benchCompileGc());
  step('hostile inputs');
  rows.push(...(await benchHostile()));
  step(`first render: ${RENDER_RUNS} cold loads of each page, in turn`);
  const render = await benchFirstRender(browser, server, RENDER_RUNS, t.firstRenderJsonVsStatic);
  rows.push(...render.rows);
  details.firstRender = render.detail;
  step('waiting for the typing measure to finish');
  const typed = await typing.done;
  rows.push(...typingRows(typed, readFileSync('src/elements/controllers/response-controller.ts', 'utf8'), t.keystrokeWriteBareWrites));
  details.typing = typed;
  step('typing: main-thread time per keystroke');
  rows.push(...(await benchKeystrokeCost(browser, server, t.keystrokeMainThreadMs, KEYSTROKE_COSTS)));
  step('scale: pack contents, unit switches, memory, export and import');
  rows.push(
    ...(await benchScale(browser, server, [JSON.stringify(unit), JSON.stringify(other)], [reflection.id, '4.9.1'], {
      unitSwitchMs: t.unitSwitchMs,
      export10kMs: t.export10kMs,
      heapGrowth: t.heapGrowth,
      heapPerSwitchKB: t.heapPerSwitchKB,
    })),
  );
} finally {
  await browser.close();
  await server.close();
}

const order = ['size', 'compile', 'first render', 'typing', 'scale', 'hostile'];
rows.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
const machine = {
  cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  os: `${osType()} ${release()}`,
  node: process.version,
  chromium,
};
const date = new Date().toISOString();
step('done');
console.log(`\nlearning-pack bench, ${date}${quick ? ' (quick)' : ''}\n${machine.cpu}, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, ${machine.chromium}\n`);
console.log(table(rows));
const failed = rows.filter((r) => r.pass === false);
console.log(failed.length ? `\n${failed.length} over budget: ${failed.map((r) => `${r.section}: ${r.name}`).join('; ')}` : '\nEvery budget met.');
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ date, quick, machine, budgets, rows, details }, null, 2) + '\n');
console.log('Written to bench/results.json');

// Saved answers through the store's own API (Node, in memory).
console.log('\nSaved answers (Node):');
await import('./bench-store.js');
