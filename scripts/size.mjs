// Prints the gzip size of every file of the build and fails when the main
// bundle is over its budget or still has a bare import.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 45;
const dir = 'dist';
let failed = false;
const files = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
if (files.length === 0) {
  console.error('No build in dist/: run npm run build first.');
  process.exit(1);
}
for (const file of files) {
  const code = readFileSync(join(dir, file));
  const kb = gzipSync(code, { level: 9 }).length / 1024;
  console.log(`${file.padEnd(48)} ${(code.length / 1024).toFixed(1).padStart(7)} KB  ${kb.toFixed(1).padStart(6)} KB gzip`);
  const bare = /\bfrom\s*["'](?![./])[^"']+["']|\bimport\s*\(\s*["'](?![./])/.exec(code.toString());
  if (bare) {
    console.error(`  ${file} still has a bare import: ${bare[0]}`);
    failed = true;
  }
  if (file === 'learning-pack.js' && kb > BUDGET_KB) {
    console.error(`  over the ${BUDGET_KB} KB gzip budget`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
