// One minified ES module with every dependency bundled, and the Markdown
// compiler (marked + js-yaml) in a chunk of its own that lp-unit imports only
// for Markdown sources.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { rmSync } from 'node:fs';

/** Chunk names carry a hash: empty the output folder first so old chunks do not pile up. */
const cleanOutput = {
  name: 'clean-output',
  renderStart({ dir }) {
    if (dir) rmSync(dir, { recursive: true, force: true });
  },
};

export default {
  input: { 'learning-pack': 'src/index.ts' },
  // The on-demand chunks (compiler, Welsh catalogue) import lit and @lit/localize from the bundle itself;
  // without this, rollup would move them to a third chunk and leave the bundle a bare re-export.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'learning-pack-[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    cleanOutput,
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    minify({ target: 'es2022', legalComments: 'none' }),
  ],
};
