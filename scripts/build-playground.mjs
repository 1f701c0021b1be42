// Builds the authoring playground into the documentation site:
//   dist/site/playground.html                 the page
//   dist/site/playground/playground.js        its script (CodeMirror, the elements and the compiler),
//   dist/site/playground/learning-pack-*.js   with the chunks it loads on demand
//   dist/site/playground/playground.css       the page's own styles
//   dist/site/playground/examples/            unit 4.2 and pack.yaml, for the examples menu
//   dist/site/images/example.svg              the picture the "New unit" scaffold points at
// A build of its own: dist/learning-pack.js is neither read nor changed. Then checks
// the sizes of its files against budgets.json, as scripts/size.mjs does for the library.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { checkBuild, readBudgets } from './size.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The scaffold's picture, from the same module the CLI writes it from. */
async function exampleSvg() {
  const bundle = await rollup({ input: join(root, 'src/content/scaffold.ts'), plugins: [esbuild({ target: 'node20', tsconfig: join(root, 'tsconfig.json') })] });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const url = `data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`;
  return (await import(url)).EXAMPLE_SVG;
}

/** Builds into `site` (default dist/site); resolves to 0, or 1 when a file is over its budget. */
export async function buildPlayground(site = join(root, 'dist/site')) {
  const out = join(site, 'playground');
  rmSync(out, { recursive: true, force: true });
  const bundle = await rollup({
    input: { playground: join(root, 'src/playground/main.ts') },
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      nodeResolve({ browser: true }),
      esbuild({ target: 'es2022', tsconfig: join(root, 'tsconfig.json') }),
      minify({ target: 'es2022', legalComments: 'none' }),
    ],
  });
  await bundle.write({
    dir: out,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'learning-pack-[name]-[hash].js',
    // As in rollup.config.mjs: the Word export's library gets a chunk named after it (it would be called "index").
    manualChunks: (id) => (id.includes('/node_modules/docx/') ? 'docx' : undefined),
    sourcemap: true,
  });
  await bundle.close();

  copyFileSync(join(root, 'playground/playground.html'), join(site, 'playground.html'));
  copyFileSync(join(root, 'playground/playground.css'), join(out, 'playground.css'));
  mkdirSync(join(out, 'examples'), { recursive: true });
  for (const file of ['4.2-joint-practice-development.md', 'pack.yaml']) {
    copyFileSync(join(root, 'modules/mep-leadership', file), join(out, 'examples', file));
  }
  mkdirSync(join(site, 'images'), { recursive: true });
  writeFileSync(join(site, 'images/example.svg'), await exampleSvg());

  const results = checkBuild(out, readBudgets().gzipKB);
  let failed = false;
  for (const r of results) {
    console.log(`playground/${r.file.padEnd(44)} ${(r.gzip / 1024).toFixed(1).padStart(6)} KB gzip${r.budgetKB === undefined ? '' : `  budget ${r.budgetKB} KB`}`);
    for (const p of r.problems) console.error(`  ${r.file} ${p}`);
    failed ||= r.problems.length > 0;
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await buildPlayground();
}
