// The size checker that npm run build and npm test rely on: it passes the real
// build against budgets.json, and fails, naming the file, when a budget is too
// low or a chunk has none.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const out = mkdtempSync(join(tmpdir(), 'lp-budget-'));

before(() => {
  execFileSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', 'rollup.config.mjs', '--silent', '--dir', out], { stdio: 'pipe' });
});

function checkSizes(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/size.mjs', '--dir', out, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('the build is within every budget of budgets.json', () => {
  const { code, stdout, stderr } = checkSizes();
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^learning-pack\.js .* KB gzip {2}budget 40 KB$/m);
  assert.match(stdout, /^learning-pack-compile-.* KB gzip {2}budget 40 KB$/m);
});

test('the checker fails when the bundle budget is set too low', () => {
  const { code, stderr } = checkSizes('--budget', 'learning-pack=1');
  assert.equal(code, 1);
  assert.match(stderr, /learning-pack\.js is \d+\.\d KB gzip, over its budget of 1 KB/);
});

test('the checker fails when the compiler chunk budget is set too low', () => {
  const { code, stderr } = checkSizes('--budget', 'compile=5');
  assert.equal(code, 1);
  assert.match(stderr, /learning-pack-compile-\S+\.js is \d+\.\d KB gzip, over its budget of 5 KB/);
  assert.doesNotMatch(stderr, /learning-pack\.js /);
});

test('the checker fails for an on-demand chunk without a budget of its own', () => {
  const budgets = join(out, '..', `lp-budgets-${process.pid}.json`);
  writeFileSync(budgets, JSON.stringify({ gzipKB: { 'learning-pack': 40 }, timing: {} }));
  const { code, stderr } = checkSizes('--budgets', budgets);
  assert.equal(code, 1);
  assert.match(stderr, /learning-pack-compile-\S+\.js has no budget: add "compile" to gzipKB in budgets\.json/);
});
