// The browsers web-test-runner runs the browser tests in: Chromium and Firefox
// through puppeteer-core (CDP / WebDriver BiDi), WebKit (WebKitGTK MiniBrowser)
// through WebKitWebDriver. Pick a subset with TEST_BROWSERS=chromium,firefox,webkit.
// Only system browsers are used; nothing is downloaded.

import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { chromiumPath, firefoxPath, selectedBrowsers } from '../scripts/browser-list.mjs';
import { killGroup, onProcessEnd, webkitLauncher } from './webkit-driver.mjs';

export { selectedBrowsers, ALL_BROWSERS } from '../scripts/browser-list.mjs';

/**
 * Files run one at a time per browser: WebKit's webdriver launcher can only
 * run one page at a time, and the CI machines have two cores for three browsers.
 */
export const concurrency = 1;

/**
 * All selected browsers at once (web-test-runner's default is 2, which leaves
 * the third idle until one of the others has finished every file).
 */
export const concurrentBrowsers = 3;

export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]);

const factories = {
  chromium: () =>
    // Passing puppeteer + browser 'chrome' makes wtr label it "Chromium"
    // (without it, "Chrome"); launching is the same puppeteer-core launch().
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'chrome',
        executablePath: chromiumPath(),
        headless: true,
        args: [...CHROMIUM_ARGS],
      },
    }),
  firefox: () =>
    // Firefox over WebDriver BiDi (puppeteer-core); wtr labels it "Firefox".
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath(),
        headless: true,
      },
    }),
  webkit: () => webkitLauncher(),
};

/**
 * The wtr browser launchers for TEST_BROWSERS (default: all three).
 * @param {string | undefined} [list] overrides process.env.TEST_BROWSERS
 */
export function browsers(list = process.env.TEST_BROWSERS) {
  const launchers = selectedBrowsers(list).map(name => factories[name]());
  for (const launcher of launchers) {
    if (launcher.type === 'puppeteer') onProcessEnd(signal => killPuppeteerBrowsers(launcher, signal));
  }
  return launchers;
}

/**
 * puppeteer kills its browsers on process exit itself, but when the process
 * exits with two of them running (Chromium + Firefox, e.g. from the signal
 * handler in webkit-driver.mjs), its exit hook removes the first one's
 * listener while iterating and skips the second: Firefox was left running.
 * Kill them here too.
 */
function killPuppeteerBrowsers(launcher, signal) {
  for (const browser of [launcher.browser, launcher.debugBrowser]) {
    let proc;
    try {
      proc = browser?.process();
    } catch {
      // not launched by us
    }
    // Skip browsers puppeteer already closed (their group was killed then).
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) continue;
    killGroup(proc.pid, signal);
    removeTempProfile(proc.spawnargs ?? []);
  }
}

/**
 * puppeteer deletes the temporary profile it made when it closes a browser,
 * which does not happen when the process is ending: delete it here.
 */
function removeTempProfile(args) {
  const dirs = [];
  args.forEach((arg, i) => {
    if (arg.startsWith('--user-data-dir=')) dirs.push(arg.slice('--user-data-dir='.length));
    if (arg === '--profile' && args[i + 1]) dirs.push(args[i + 1]);
  });
  for (const dir of dirs) {
    // Only puppeteer's own temporary profiles, never a user-given one.
    if (dirname(dir) === tmpdir() && basename(dir).startsWith('puppeteer_dev_')) {
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    }
  }
}
