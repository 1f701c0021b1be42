// Browser tests: every file under test/elements and test/playground, in Chromium, Firefox and
// WebKit (TEST_BROWSERS narrows the list), against the TypeScript sources.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers, concurrency, concurrentBrowsers } from './test/browsers.mjs';
import { countReporter } from './test/count-reporter.mjs';
import { screenshotPlugin } from './test/screenshot-plugin.mjs';

/** The policy of docs/embedding.md, sent with the test pages named csp-*. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify";

export default {
  files: ['test/elements/**/*.test.ts', 'test/playground/**/*.test.ts'],
  nodeResolve: true,
  browsers: browsers(),
  concurrency,
  concurrentBrowsers,
  middleware: [
    async (context, next) => {
      await next();
      if (context.path.startsWith('/test/pages/csp-')) context.set('Content-Security-Policy', STRICT_CSP);
      // The documentation site, under the policy npm start serves it with (Trusted Types aside: the test injects axe).
      if (context.path.startsWith('/dist/site/')) context.set('Content-Security-Policy', STRICT_CSP.replace(/ require-trusted-types-for.*$/, ''));
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), screenshotPlugin()],
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 15000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
};
