// Mutation testing of the compiler (`src/content`) and the store (`src/store`)
// against the Node tests: `npm run mutation` (slow, not part of CI).
// Narrow it to one file while working, for example
// `npm run mutation -- --mutate src/content/text.ts`, and, to go faster, run
// only the test files meant for it:
// `MUTATION_TESTS=test/node/compile.test.ts npm run mutation -- --mutate src/content/front-matter.ts`
// (a score with fewer tests is a lower bound of the full one).
//
// The tap runner runs each test file in its own Node process (node:test prints
// TAP) and records which test files reach which mutant, so each mutant runs
// only the files that cover it.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'src/content/**/*.ts',
    'src/store/**/*.ts',
    // Declarations hold no code to mutate.
    '!src/**/*.d.ts',
  ],
  testRunner: 'tap',
  tap: {
    // The Node tests of the compiler and the store. The CLI, build, SCORM and
    // locale tests start other processes or bundles and reach no mutated code.
    testFiles: process.env.MUTATION_TESTS?.split(',') ?? [
      'test/node/commonmark.test.ts',
      'test/node/compile.test.ts',
      'test/node/directive-syntax.test.ts',
      'test/node/export.test.ts',
      'test/node/fixtures.test.ts',
      'test/node/front-matter.test.ts',
      'test/node/hostile.test.ts',
      'test/node/locator.test.ts',
      'test/node/pack-manifest.test.ts',
      'test/node/pack.test.ts',
      'test/node/slug-and-codes.test.ts',
      'test/node/store-import.test.ts',
      'test/node/store-memory.test.ts',
      'test/node/store.test.ts',
      'test/node/text-and-ids.test.ts',
      'test/node/validate.test.ts',
    ],
    nodeArgs: ['--import', 'tsx', '--test-reporter=tap'],
    forceBail: true,
  },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // Generous: the machine running it may be busy, and a slow run must not pass for a caught mutant.
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
