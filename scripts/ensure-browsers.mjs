#!/usr/bin/env node
// Makes sure the browsers the browser tests need are installed, before
// web-test-runner starts. Which ones: TEST_BROWSERS (chromium,firefox,webkit;
// default all three), parsed by scripts/browser-list.mjs like test/browsers.mjs.
//
// All present: prints one line, exits 0.
// Missing, running as root on Debian/Ubuntu (apt-get): installs the Debian
//   packages (apt-get update once, then install --no-install-recommends).
// Missing otherwise: says which packages to install, exits 1.
//
// Only distribution packages are used; no browser is downloaded by a tool.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { requirementsOf, selectedBrowsers } from './browser-list.mjs';

const APT_GET = '/usr/bin/apt-get';

function present({ path, executable = true }) {
  try {
    accessSync(path, executable ? constants.X_OK : constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

function missingRequirements(browsers) {
  return browsers.flatMap(browser =>
    requirementsOf(browser)
      .filter(req => !present(req))
      .map(req => ({ ...req, browser })),
  );
}

function describe(missing) {
  return missing.map(m => `  - ${m.what} for ${m.browser}: ${m.path} (Debian package ${m.pkg})`).join('\n');
}

function run(command, args, env = process.env) {
  console.log(`ensure-browsers: $ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

function main() {
  let browsers;
  try {
    browsers = selectedBrowsers();
  } catch (error) {
    console.error(`ensure-browsers: ${error.message}`);
    return 1;
  }

  const missing = missingRequirements(browsers);
  if (missing.length === 0) {
    console.log(`ensure-browsers: ${browsers.join(', ')}: all present`);
    return 0;
  }

  // A path given through an environment variable is the user's choice:
  // installing a package would not put anything there.
  const overridden = missing.filter(m => m.env && process.env[m.env]);
  if (overridden.length > 0) {
    console.error(
      'ensure-browsers: not found at the path set in the environment:\n' +
        overridden.map(m => `  - ${m.what} for ${m.browser}: ${m.env}=${process.env[m.env]}`).join('\n') +
        '\nFix or unset these variables.',
    );
    return 1;
  }

  const packages = [...new Set(missing.map(m => m.pkg))];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const canApt = isRoot && existsSync(APT_GET);
  const skipHint = `(or run a subset, e.g. TEST_BROWSERS=${browsers.filter(b => !missing.some(m => m.browser === b)).join(',') || 'chromium'})`;

  if (!canApt) {
    console.error(
      `ensure-browsers: missing for TEST_BROWSERS=${browsers.join(',')}:\n${describe(missing)}\n` +
        (existsSync(APT_GET)
          ? `Install them with:\n  sudo apt-get install --no-install-recommends ${packages.join(' ')}\n`
          : `Install the equivalent of the Debian packages ${packages.join(', ')}, or point the *_PATH variables at them.\n`) +
        skipHint,
    );
    return 1;
  }

  console.log(
    `ensure-browsers: the browser tests (TEST_BROWSERS=${browsers.join(',')}) need:\n${describe(missing)}\n` +
      `Installing with apt-get: ${packages.join(' ')}`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    run(APT_GET, ['update'], env);
    run(APT_GET, ['install', '-y', '--no-install-recommends', ...packages], env);
  } catch (error) {
    console.error(`ensure-browsers: installing failed: ${error.message}`);
    return 1;
  }

  const stillMissing = missingRequirements(browsers);
  if (stillMissing.length > 0) {
    console.error(`ensure-browsers: still missing after installing:\n${describe(stillMissing)}`);
    return 1;
  }
  console.log(`ensure-browsers: ${browsers.join(', ')}: installed, all present`);
  return 0;
}

process.exitCode = main();
