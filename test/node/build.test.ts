// The bundle an institution embeds: one minified ES module with nothing left
// to resolve, within its size budget, and the Markdown compiler in a chunk of
// its own that only Markdown sources load.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkBuild, readBudgets } from '../../scripts/size.mjs';

const out = mkdtempSync(join(tmpdir(), 'lp-build-'));
let main = '';
let chunks: string[] = [];

before(() => {
  execFileSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', 'rollup.config.mjs', '--silent', '--dir', out], { stdio: 'pipe' });
  main = readFileSync(join(out, 'learning-pack.js'), 'utf8');
  chunks = readdirSync(out).filter((f) => f.endsWith('.js') && f !== 'learning-pack.js');
});

test('every file of the build is within its gzip budget in budgets.json', () => {
  const results = checkBuild(out, readBudgets().gzipKB);
  assert.deepEqual(results.filter((r) => r.problems.length).map((r) => `${r.file} ${r.problems.join('; ')}`), []);
  const bundle = results.find((r) => r.file === 'learning-pack.js');
  const compiler = results.find((r) => r.name === 'compile');
  // The ceilings: 40 KB for the bundle, and 64 KB for the compiler with every directive, of which
  // 22 KB is the complete table of HTML's named character references (docs/performance.md).
  assert.ok(bundle && bundle.budgetKB! <= 40 && compiler && compiler.budgetKB! <= 64);
});

test('the bundle has no bare imports left', () => {
  for (const file of ['learning-pack.js', ...chunks]) {
    const code = readFileSync(join(out, file), 'utf8');
    assert.doesNotMatch(code, /\bfrom\s*["'](?![./])|\bimport\s*\(\s*["'](?![./])/, file);
  }
});

test('the Markdown compiler is a chunk the bundle loads only on demand', () => {
  const compiler = chunks.find((f) => f.includes('compile'));
  assert.ok(compiler, `no compiler chunk among ${chunks.join(', ')}`);
  // Only a dynamic import points at it: a page of compiled units never fetches it.
  assert.match(main, new RegExp(`import\\(\\s*["']\\./${compiler.replace(/[.$]/g, '\\$&')}["']\\s*\\)`));
  assert.doesNotMatch(main, new RegExp(`from\\s*["']\\./${compiler.replace(/[.$]/g, '\\$&')}["']`));
  // marked and js-yaml live in that chunk, not in the bundle.
  const code = readFileSync(join(out, compiler), 'utf8');
  assert.match(code, /YAMLException|js-yaml/i);
  assert.doesNotMatch(main, /YAMLException/);
  // marked is not in the bundle (its parser's own error text).
  assert.doesNotMatch(main, /type was not found/);
});

test('the check of compiled units is a small chunk of its own, loaded on demand, not the compiler', () => {
  const validator = chunks.find((f) => f.includes('validate'));
  assert.ok(validator, `no validator chunk among ${chunks.join(', ')}`);
  assert.match(main, new RegExp(`import\\(\\s*["']\\./${validator.replace(/[.$]/g, '\\$&')}["']\\s*\\)`));
  assert.doesNotMatch(main, /must be an id with no/);
  const code = readFileSync(join(out, validator), 'utf8');
  assert.match(code, /must be an id with no/);
  assert.doesNotMatch(code, /YAMLException|type was not found/);
});

test('the bundle is minified, with no development-mode lit', () => {
  // Templates keep their line breaks; code does not keep comments or indented statements.
  assert.doesNotMatch(main, /\/\*\*|^\s+(const|let|function|return)\b/m, 'expected a minified file');
  assert.doesNotMatch(main, /Lit is in dev mode/);
});

test('the SCORM launch script shares the bundle\'s modules: one lit, one @lit/localize, one Welsh catalogue', () => {
  const scorm = readFileSync(join(out, 'scorm.js'), 'utf8');
  // It imports the bundle itself, and nothing else of the build.
  const imports = [...scorm.matchAll(/\bfrom\s*["']\.\/([^"']+)["']|\bimport\s*\(\s*["']\.\/([^"']+)["']/g)].map((m) => m[1] ?? m[2]);
  assert.deepEqual([...new Set(imports)], ['learning-pack.js']);
  // The localize runtime (its status event's name) and lit's template marker are in the bundle alone.
  const files = ['learning-pack.js', ...chunks];
  const holding = (pattern: RegExp) => files.filter((f) => pattern.test(readFileSync(join(out, f), 'utf8')));
  assert.deepEqual(holding(/lit-localize-status/), ['learning-pack.js']);
  assert.deepEqual(holding(/\$lit\$/), ['learning-pack.js']);
  assert.equal(chunks.filter((f) => /-cy-[\w-]{8}\.js$/.test(f)).length, 1);
});
