// Saved answers: export and import of 10,000 responses, and the work done per
// keystroke in a 5,000-word answer. Run by npm run bench.
import { performance } from 'node:perf_hooks';
import { toExportFile } from '../src/store/export.js';
import { mergeResponses, parseImport } from '../src/store/import.js';
import { ResponseStore, makeRecord } from '../src/store/responses.js';
import { countWords } from '../src/content/words.js';

async function time(label: string, fn: () => unknown, runs = 20): Promise<void> {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(2).padStart(8);
  console.log(`${label.padEnd(48)} median ${at(0.5)} ms   p95 ${at(0.95)} ms`);
}

const sentence = 'Peer observation in triads across the cluster, with protected time for enquiry. ';
const records = Array.from({ length: 10_000 }, (_, i) =>
  makeRecord(`pack-${i % 5}/unit-${i % 40}/4.${i % 9}.${i % 7}/prompt-${i}`, sentence.repeat(1 + (i % 20)), { title: `Activity ${i}`, prompt: `Prompt ${i}?`, order: i % 3 }),
);

console.log('\nSaved answers (Node; IndexedDB replaced by the in-memory store):');
let text = '';
await time('export 10,000 responses to JSON', () => {
  text = JSON.stringify(toExportFile(records));
}, 10);
await time(`import the same file (${(text.length / 1e6).toFixed(1)} MB): check + merge`, async () => {
  const parsed = parseImport(text);
  if (!parsed.ok) throw new Error(parsed.problem.code);
  await mergeResponses(parsed.records, new ResponseStore(`bench-${Math.random()}`));
}, 10);
const answer = 'word '.repeat(5000);
await time('count words in a 5,000-word answer (per keystroke)', () => countWords(answer), 200);
