// Mutation testing of the compiler (`src/content`) and the store (`src/store`)
// against the Node tests: `npm run mutation` (minutes; not part of CI).
// Narrow it to one file while working, for example
// `npm run mutation -- --mutate src/content/text.ts`, and, to go faster, run
// only the test files meant for it:
// `MUTATION_TESTS=test/node/compile.test.ts npm run mutation -- --mutate src/content/front-matter.ts`
// (a score with fewer tests is a lower bound of the full one).
//
// Stryker's mocha runner loads the Node tests once, in one process, and runs
// again, for each mutant, only the tests that reach it: a mutant costs
// milliseconds rather than the start of a process per test file. The tests
// are written for `node:test`; test/mutation/register.mjs gives them
// `node:test`'s API on mocha's for this run.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'src/content/**/*.ts',
    'src/store/**/*.ts',
    // The build puts this in place of entities.ts for browsers: it decodes
    // through the browser's own parser, which Node lacks. Its test is
    // test/elements/entities.test.ts, in every browser engine.
    '!src/content/entities.browser.ts',
  ],
  testRunner: 'mocha',
  mochaOptions: {
    // The Node tests of the compiler and the store. The CLI, build, SCORM and
    // locale tests start other processes or bundles and reach no mutated code.
    spec: process.env.MUTATION_TESTS?.split(',') ?? [
      'test/node/commonmark.test.ts',
      'test/node/compile-rules.test.ts',
      'test/node/compile.test.ts',
      'test/node/directive-start.test.ts',
      'test/node/directive-syntax-errors.test.ts',
      'test/node/directive-syntax.test.ts',
      'test/node/export.test.ts',
      'test/node/fixtures.test.ts',
      'test/node/front-matter-messages.test.ts',
      'test/node/front-matter.test.ts',
      'test/node/hostile.test.ts',
      'test/node/locator.test.ts',
      'test/node/pack-manifest.test.ts',
      'test/node/pack-rules.test.ts',
      'test/node/pack.test.ts',
      'test/node/scaffold.test.ts',
      'test/node/slug-and-codes.test.ts',
      'test/node/store-drafts-rules.test.ts',
      'test/node/store-durability.test.ts',
      'test/node/store-import-rules.test.ts',
      'test/node/store-import.test.ts',
      'test/node/store-memory.test.ts',
      'test/node/store-responses.test.ts',
      'test/node/store-sync.test.ts',
      'test/node/store.test.ts',
      'test/node/text-and-ids.test.ts',
      'test/node/validate-rules.test.ts',
      'test/node/validate.test.ts',
    ],
  },
  testRunnerNodeArgs: ['--import', 'tsx', '--import', './test/mutation/register.mjs'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A mutant that makes the tests loop forever is counted as caught once they
  // take this much longer than without it (Stryker's default; the tests that
  // reach one mutant take milliseconds).
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
