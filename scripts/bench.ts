// npm run bench: how big the build is and how fast units compile.
// Timings belong here, not in the tests, where a busy machine would make them flaky.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { compileUnit } from '../src/content/compile.js';

function time(label: string, fn: () => void, runs = 30): void {
  for (let i = 0; i < 5; i++) fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(runs / 2)];
  console.log(`${label.padEnd(48)} median ${median.toFixed(2).padStart(7)} ms   best ${samples[0].toFixed(2).padStart(7)} ms`);
}

execFileSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', 'rollup.config.mjs', '--silent'], { stdio: 'inherit' });
console.log('Build (gzip -9):');
execFileSync(process.execPath, ['scripts/size.mjs'], { stdio: 'inherit' });

const unit = readFileSync('modules/mep-leadership/4.2-joint-practice-development.md', 'utf8');
const body = unit.slice(unit.indexOf('\n---', 3) + 4);
// About 40 KB: unit 4.2's body repeated, with its activity ids made unique.
const large = unit + Array.from({ length: 3 }, (_, i) => body.replaceAll('#4.2.1', `#4.2.${i + 2}`)).join('\n');

console.log('\nCompile (Node):');
time(`unit 4.2 (${(unit.length / 1024).toFixed(1)} KB)`, () => compileUnit(unit));
time(`a ${(large.length / 1024).toFixed(0)} KB unit`, () => compileUnit(large));
await import('./bench-store.js');
