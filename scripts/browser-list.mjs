// Which browser engines the browser tests run in, and where their executables
// live. Dependency-free so that scripts/ensure-browsers.mjs can use it before
// anything else is loaded; test/browsers.mjs builds the launchers from it.
//
//   TEST_BROWSERS     comma list of chromium,firefox,webkit (default: all three)
//   CHROME_PATH       Chromium executable      (default /usr/bin/chromium)
//   FIREFOX_PATH      Firefox executable       (default /usr/bin/firefox-esr)
//   WEBKIT_DRIVER_PATH WebKitWebDriver         (default /usr/bin/WebKitWebDriver)
//   MINIBROWSER_PATH  WebKitGTK MiniBrowser    (default /usr/lib/*/webkit2gtk-4.1/MiniBrowser)
//   XVFB_PATH         Xvfb, used for WebKit when DISPLAY is unset (default /usr/bin/Xvfb)

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ALL_BROWSERS = Object.freeze(['chromium', 'firefox', 'webkit']);

/**
 * Parses TEST_BROWSERS. Returns the engines in the order given, without
 * duplicates. Unset or empty means all three. Throws on unknown names.
 * @param {string | undefined} [value]
 * @returns {('chromium' | 'firefox' | 'webkit')[]}
 */
export function selectedBrowsers(value = process.env.TEST_BROWSERS) {
  if (value === undefined || value.trim() === '') return [...ALL_BROWSERS];
  const names = value
    .split(',')
    .map(s => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter(n => !ALL_BROWSERS.includes(n));
  if (unknown.length > 0) {
    throw new Error(
      `TEST_BROWSERS=${JSON.stringify(value)}: unknown browser ${unknown
        .map(n => JSON.stringify(n))
        .join(', ')}; expected a comma-separated list of ${ALL_BROWSERS.join(', ')}`,
    );
  }
  if (names.length === 0) return [...ALL_BROWSERS];
  return [...new Set(names)];
}

export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function firefoxPath() {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

export function webkitDriverPath() {
  return process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
}

export function xvfbPath() {
  return process.env.XVFB_PATH || '/usr/bin/Xvfb';
}

/**
 * MINIBROWSER_PATH, else the first /usr/lib/<triplet>/webkit2gtk-4.1/MiniBrowser
 * (Debian's multiarch location), else the x86_64 path (which may not exist).
 */
export function miniBrowserPath() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  return firstUnderUsrLib(['webkit2gtk-4.1', 'MiniBrowser'], '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser');
}

/** Mesa's software GL driver; without it MiniBrowser never opens a page. */
export function mesaSwrastPath() {
  return firstUnderUsrLib(['dri', 'swrast_dri.so'], '/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so');
}

function firstUnderUsrLib(parts, fallback) {
  const candidates = [];
  try {
    for (const entry of readdirSync('/usr/lib')) candidates.push(join('/usr/lib', entry, ...parts));
  } catch {
    // no /usr/lib
  }
  candidates.push(join('/usr/lib', ...parts));
  return candidates.find(p => existsSync(p)) ?? fallback;
}

/**
 * What each engine needs on disk, and the Debian package that provides it.
 * @param {'chromium' | 'firefox' | 'webkit'} browser
 * `env` names the variable that overrides `path`, if any; `executable: false`
 * marks a plain file (the rest must be executable).
 * @returns {{ what: string, path: string, pkg: string, env?: string, executable?: boolean }[]}
 */
export function requirementsOf(browser) {
  switch (browser) {
    case 'chromium':
      return [{ what: 'Chromium', path: chromiumPath(), pkg: 'chromium', env: 'CHROME_PATH' }];
    case 'firefox':
      return [{ what: 'Firefox', path: firefoxPath(), pkg: 'firefox-esr', env: 'FIREFOX_PATH' }];
    case 'webkit': {
      const reqs = [
        { what: 'WebKitWebDriver', path: webkitDriverPath(), pkg: 'webkit2gtk-driver', env: 'WEBKIT_DRIVER_PATH' },
        // MiniBrowser is in libwebkit2gtk-4.1-0, a dependency of webkit2gtk-driver.
        { what: 'WebKitGTK MiniBrowser', path: miniBrowserPath(), pkg: 'webkit2gtk-driver', env: 'MINIBROWSER_PATH' },
        // MiniBrowser never opens a page without Mesa's DRI drivers. They come
        // with webkit2gtk-driver's dependencies (libgl1 -> libglx-mesa0), even
        // with --no-install-recommends; checked because nothing else says so.
        { what: 'Mesa software GL driver (for MiniBrowser)', path: mesaSwrastPath(), pkg: 'libgl1-mesa-dri', executable: false },
      ];
      // Xvfb is only needed when there is no X display to run MiniBrowser on.
      if (!process.env.DISPLAY) {
        reqs.push({ what: 'Xvfb (no DISPLAY set)', path: xvfbPath(), pkg: 'xvfb', env: 'XVFB_PATH' });
      }
      return reqs;
    }
    default:
      throw new Error(`unknown browser ${browser}`);
  }
}
