// A web-test-runner reporter that writes the run's test counts to a JSON file,
// for a CI closing line such as "123 passed, 0 failed".
//
//   { passed, failed, skipped, files, byBrowser: { Chromium: {...}, ... }, failures: [...] }
//
// Every individual test in every browser counts (nested describe() suites
// included), so a test that runs in three browsers counts three times.
// A test file that fails without a failing test (it did not load, threw at top
// level, failed in a hook, timed out, its browser did not start...) counts as
// one failure, so `failed > 0` whenever web-test-runner fails the session.
//
// Path: option `file`, else env WTR_COUNT_FILE, else `.wtr-counts.json`
// (relative to the current directory).

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/** @param {{ file?: string }} [options] */
export function countReporter({ file } = {}) {
  const outFile = resolve(file || process.env.WTR_COUNT_FILE || '.wtr-counts.json');
  let rootDir = process.cwd();

  function write(sessions) {
    const result = { passed: 0, failed: 0, skipped: 0, files: 0, byBrowser: {}, failures: [] };
    for (const session of sessions) {
      const browser = session.browser?.name ?? 'unknown';
      const counts = (result.byBrowser[browser] ??= { passed: 0, failed: 0, skipped: 0, files: 0 });
      const testFile = relative(rootDir, session.testFile);
      const add = (key, n = 1) => {
        counts[key] += n;
        result[key] += n;
      };
      add('files');
      let failedTests = 0;
      const walk = (suite, path) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) add('skipped');
          else if (test.passed) add('passed');
          else {
            add('failed');
            failedTests++;
            result.failures.push({
              browser,
              file: testFile,
              test: [...path, test.name].join(' > '),
              message: test.error?.message ?? '',
            });
          }
        }
        for (const child of suite.suites ?? []) walk(child, [...path, child.name]);
      };
      if (session.testResults) walk(session.testResults, []);
      // Same rule as web-test-runner's exit code: a session without
      // `passed: true` failed (e.g. interrupted sessions have it undefined).
      if (!session.passed && failedTests === 0) {
        add('failed');
        result.failures.push({
          browser,
          file: testFile,
          test: '(test file)',
          message: (session.errors ?? []).map(e => e.message).join('\n') || 'test file failed',
        });
      }
    }
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
    return result;
  }

  /** @type {import('@web/test-runner-core').Reporter} */
  return {
    start({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
    // The run can also end without onTestRunFinished (e.g. a browser fails to
    // start); write whatever is known then.
    stop({ sessions }) {
      write(sessions);
    },
  };
}

export default countReporter;
