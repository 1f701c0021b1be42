// Prints the size of every file of the build, raw and gzip, and fails (exit 1)
// when a file is over its budget in budgets.json, has no budget, or still has a
// bare import. Budgets are gzip KB per chunk name: "learning-pack" for the
// bundle, and the [name] part of learning-pack-[name]-[hash].js for each
// on-demand chunk.
//
//   node scripts/size.mjs [--dir dist] [--budgets budgets.json] [--budget NAME=KB ...]
//
// --budget overrides one budget from the file (the tests use it to set one too low).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** gzip -9, as a server would send it at best. */
export const gzipSize = (/** @type {Buffer | string} */ code) => gzipSync(code, { level: 9 }).length;

/** The budget name of a build file: "learning-pack" or the chunk's [name]. */
export function chunkName(/** @type {string} */ file) {
  if (file === 'learning-pack.js') return 'learning-pack';
  // rollup's [hash] is 8 characters of base64url.
  return /^learning-pack-(.+)-[\w-]{8}\.js$/.exec(file)?.[1] ?? file.replace(/\.js$/, '');
}

/**
 * Every .js file of a build with its sizes and what is wrong with it.
 * @param {string} dir
 * @param {Record<string, number>} budgets gzip KB by chunk name
 */
export function checkBuild(dir, budgets) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.js')).sort((a, b) => (a === 'learning-pack.js' ? -1 : b === 'learning-pack.js' ? 1 : a.localeCompare(b)));
  return files.map((file) => {
    const code = readFileSync(join(dir, file));
    const name = chunkName(file);
    const gzip = gzipSize(code);
    const budgetKB = budgets[name];
    const problems = [];
    const bare = /\bfrom\s*["'](?![./])[^"']+["']|\bimport\s*\(\s*["'](?![./])/.exec(code.toString());
    if (bare) problems.push(`still has a bare import: ${bare[0]}`);
    if (budgetKB === undefined) problems.push(`has no budget: add "${name}" to gzipKB in budgets.json`);
    else if (gzip / 1024 > budgetKB) problems.push(`is ${(gzip / 1024).toFixed(1)} KB gzip, over its budget of ${budgetKB} KB`);
    return { file, name, raw: code.length, gzip, budgetKB, problems };
  });
}

/** The gzip budgets of budgets.json. */
export function readBudgets(file = join(root, 'budgets.json')) {
  return /** @type {{ gzipKB: Record<string, number>, timing: Record<string, number> }} */ (JSON.parse(readFileSync(file, 'utf8')));
}

function main() {
  const args = process.argv.slice(2);
  let dir = join(root, 'dist');
  let budgetsFile;
  const overrides = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--dir') dir = resolve(args[++i]);
    else if (args[i] === '--budgets') budgetsFile = resolve(args[++i]);
    else if (args[i] === '--budget') {
      const [name, kb] = (args[++i] ?? '').split('=');
      if (!name || !(Number(kb) >= 0)) throw new Error(`--budget takes NAME=KB, got "${args[i]}"`);
      overrides[name] = Number(kb);
    } else throw new Error(`unknown argument ${args[i]}`);
  }
  let results;
  try {
    results = checkBuild(dir, { ...readBudgets(budgetsFile).gzipKB, ...overrides });
  } catch (e) {
    console.error(`Cannot check the build in ${dir}: ${e instanceof Error ? e.message : e}`);
    return 1;
  }
  if (results.length === 0) {
    console.error(`No build in ${dir}: run npm run build first.`);
    return 1;
  }
  let failed = false;
  for (const r of results) {
    const budget = r.budgetKB === undefined ? '' : `  budget ${r.budgetKB} KB`;
    console.log(`${r.file.padEnd(44)} ${(r.raw / 1024).toFixed(1).padStart(7)} KB  ${(r.gzip / 1024).toFixed(1).padStart(6)} KB gzip${budget}`);
    for (const p of r.problems) console.error(`  ${r.file} ${p}`);
    failed ||= r.problems.length > 0;
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main();
