// Browser tests: every file under test/elements, in Chromium, Firefox and
// WebKit (TEST_BROWSERS narrows the list), against the TypeScript sources.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers, concurrency, concurrentBrowsers } from './test/browsers.mjs';
import { countReporter } from './test/count-reporter.mjs';

export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: true,
  browsers: browsers(),
  concurrency,
  concurrentBrowsers,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 15000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
};
