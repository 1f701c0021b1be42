// The package's modules unbundled, one file per source file, for applications
// that bundle their own code: the entries `.`, `./compiler` and `./store` of
// package.json. Dependencies stay imports, so the application's bundler keeps
// one copy of lit, and an element the application never imports is left out.
import esbuild from 'rollup-plugin-esbuild';
import { rmSync } from 'node:fs';
import { external } from './rollup.config.mjs';

export default {
  input: ['src/index.ts', 'src/content/index.ts', 'src/store/index.ts'],
  external,
  preserveEntrySignatures: 'strict',
  output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js', sourcemap: true },
  plugins: [
    { name: 'clean-output', renderStart: ({ dir }) => rmSync(dir, { recursive: true, force: true }) },
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
};
