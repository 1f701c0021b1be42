// One minified ES module with every dependency bundled, and the Markdown
// compiler (marked + js-yaml) in a chunk of its own that lp-unit imports only
// for Markdown sources. Then the learning-pack command, for node, in
// dist/cli/ (outside the folder of browser files that size.mjs checks).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';

const { dependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * Chunk names carry a hash: remove the old chunks first so they do not pile up.
 * Only this build's own files go: dist/lib, dist/types and dist/site are other builds'.
 */
const cleanOutput = {
  name: 'clean-output',
  renderStart({ dir }) {
    if (!dir || !existsSync(dir)) return;
    for (const file of readdirSync(dir)) {
      if (/^(learning-pack|embed)([-.].*)?\.js(\.map)?$/.test(file)) rmSync(join(dir, file), { force: true });
    }
  },
};

/**
 * The browser's own parser decodes character references for the compiler
 * chunk (src/content/entities.browser.ts), so it does not carry the entities
 * package's table; the command line keeps entities.ts.
 */
export const browserEntities = {
  name: 'browser-entities',
  async resolveId(source, importer) {
    if (!importer || !/[\\/]src[\\/]content[\\/]text\.ts$/.test(importer) || source !== './entities.js') return null;
    return this.resolve('./entities.browser.ts', importer);
  },
};

/**
 * The elements only read YAML: js-yaml's bundle, a CommonJS build wrapped as
 * one module, cannot be tree-shaken, so its serialiser is cut out here (about
 * 3 KB gzip of the compiler chunk). The build fails if js-yaml's bundle no
 * longer has the line this cuts, rather than quietly growing.
 */
export const yamlLoaderOnly = {
  name: 'yaml-loader-only',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/]js-yaml[\\/]dist[\\/]js-yaml\.mjs$/.test(id)) return null;
    const line = 'const dumper2 = requireDumper();';
    if (!code.includes(line)) this.error(`js-yaml's bundle has changed: "${line}" is not in ${id}; update yamlLoaderOnly in rollup.config.mjs`);
    return { code: code.replace(line, 'const dumper2 = {};'), map: null };
  },
};

const elements = {
  // embed.js, the host page's iframe resizer, imports nothing the bundle has, so no chunk is shared.
  // scorm.js, a SCORM package's launch script, imports the bundle's entry module itself: every module
  // the bundle has is then needed by both entries and stays in learning-pack.js, which scorm.js imports
  // (one lit, one @lit/localize and one locale for the page); scorm.js keeps only what is its own.
  input: { 'learning-pack': 'src/index.ts', embed: 'src/embed/host.ts', scorm: 'src/embed/scorm-launch.ts' },
  // The on-demand chunks (compiler, Welsh catalogue) import lit and @lit/localize from the bundle itself;
  // without this, rollup would move them to a third chunk and leave the bundle a bare re-export.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'learning-pack-[name]-[hash].js',
    // The Word export's library gets a chunk named after it (it would be called "index").
    manualChunks: (id) => (id.includes('/node_modules/docx/') ? 'docx' : undefined),
    sourcemap: true,
  },
  plugins: [
    cleanOutput,
    browserEntities,
    yamlLoaderOnly,
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    minify({ target: 'es2022', legalComments: 'none' }),
  ],
};

/** Node runs it as it is: builtins and the package's dependencies stay imports. */
export const external = (id) =>
  id.startsWith('node:') || builtinModules.includes(id) || Object.keys(dependencies).some((d) => id === d || id.startsWith(`${d}/`));

const cli = {
  input: { 'cli/learning-pack': 'src/cli/main.ts' },
  external,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    banner: '#!/usr/bin/env node',
  },
  plugins: [esbuild({ target: 'node20', tsconfig: 'tsconfig.json' })],
};

export default [elements, cli];
