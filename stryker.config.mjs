// Mutation testing of the compiler and the store against the Node tests:
// `npm run mutation` (slow, not part of CI). Narrow it with, for example,
// `npm run mutation -- --mutate src/content/text.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/content/**/*.ts', 'src/store/**/*.ts'],
  testRunner: 'command',
  commandRunner: {
    // Every Node test but the build's, which bundles with rollup and tests no mutated code.
    command:
      'node --import tsx --test test/node/compile.test.ts test/node/directive-syntax.test.ts test/node/export.test.ts test/node/fixtures.test.ts test/node/slug-and-codes.test.ts test/node/text-and-ids.test.ts',
  },
  coverageAnalysis: 'off',
  concurrency: 2,
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
