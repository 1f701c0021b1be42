// WebKit for web-test-runner: WebKitGTK's MiniBrowser driven by WebKitWebDriver
// through @web/test-runner-webdriver (webdriverio, classic WebDriver).
//
// The launcher starts its own `WebKitWebDriver --port=<free port>` and, when
// DISPLAY is unset, its own `Xvfb :<n>` for MiniBrowser to draw on. Both run
// in their own process groups and are killed (with everything they spawned:
// MiniBrowser, WebKitWebProcess, WebKitNetworkProcess...) when the launcher
// stops, and also on process exit, SIGINT, SIGTERM and SIGHUP.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { miniBrowserPath, webkitDriverPath, xvfbPath } from '../scripts/browser-list.mjs';

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------
// Cleanup when the test run ends abnormally. Every process group we start is
// registered here so that it can be killed synchronously from an 'exit' or
// signal handler. test/browsers.mjs registers the puppeteer browsers too.

/** @type {Set<(signal: NodeJS.Signals) => void>} */
const cleanups = new Set();
let handlersInstalled = false;

function runCleanups(signal) {
  for (const cleanup of cleanups) {
    try {
      cleanup(signal);
    } catch {
      // keep going: the others must still run
    }
  }
}

/**
 * Installs (once) handlers for process 'exit', SIGINT, SIGTERM and SIGHUP
 * that run every registered cleanup; on a signal, the process then exits
 * with 128 + signal number. Installed when the config is loaded, so it runs
 * before web-test-runner's and puppeteer's own handlers.
 */
export function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => runCleanups('SIGKILL'));
  const signals = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
  for (const [signal, number] of Object.entries(signals)) {
    process.once(signal, () => {
      runCleanups('SIGKILL');
      process.exit(128 + number);
    });
  }
}

/**
 * Registers a synchronous cleanup to run if the process exits or gets
 * SIGINT/SIGTERM/SIGHUP. Returns a function that unregisters it.
 * @param {(signal: NodeJS.Signals) => void} cleanup
 */
export function onProcessEnd(cleanup) {
  installExitHandlers();
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Sends `signal` to the process group led by `pid` (fallback: the process). */
export function killGroup(pid, signal) {
  if (!pid) return;
  try {
    process.kill(-pid, signal); // negative pid: the whole process group
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** Spawns a command in a new process group, registered for cleanup. */
function spawnGroup(command, args, { afterKill = () => {}, ...options } = {}) {
  const child = spawn(command, args, {
    detached: true, // own process group, so kill(-pid) reaches its children
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  child.unregister = onProcessEnd(signal => {
    killGroup(child.pid, signal);
    afterKill();
  });
  child.afterKill = afterKill;
  let output = '';
  const collect = chunk => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.output = () => output;
  child.exited = new Promise(resolve => {
    // Stays registered after the leader exits: the rest of its group may
    // live on. stopGroup() unregisters it.
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', error => resolve({ code: null, signal: null, error }));
  });
  // Don't keep the event loop alive just for these.
  child.unref();
  child.stdout?.unref?.();
  child.stderr?.unref?.();
  return child;
}

function groupAlive(child) {
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Terminates a process group: SIGTERM, then SIGKILL after `graceMs`. */
async function stopGroup(child, graceMs = 3000) {
  if (!child || child.pid === undefined) return;
  killGroup(child.pid, 'SIGTERM');
  await Promise.race([child.exited, sleep(graceMs)]);
  // Kill the group even if the leader exited: its children (MiniBrowser,
  // WebKitWebProcess...) may still be there. Then wait until it is empty.
  killGroup(child.pid, 'SIGKILL');
  for (let i = 0; i < 40 && groupAlive(child); i++) await sleep(50);
  child.afterKill();
  child.unregister();
}

// ---------------------------------------------------------------------------

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Removes display n's lock file and socket if the lock belongs to `pid`. */
function removeXvfbFiles(n, pid) {
  try {
    if (Number(readFileSync(`/tmp/.X${n}-lock`, 'utf8').trim()) !== pid) return;
  } catch {
    return; // no lock file: Xvfb cleaned up itself, or it is not ours
  }
  rmSync(`/tmp/.X11-unix/X${n}`, { force: true });
  rmSync(`/tmp/.X${n}-lock`, { force: true });
}

function displayInUse(n) {
  return existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`);
}

/**
 * Starts `Xvfb :<n>` on the first free display number from 99 upward.
 * @returns {Promise<{ display: string, process: import('node:child_process').ChildProcess }>}
 */
export async function startXvfb({ executable = xvfbPath(), first = 99, attempts = 50 } = {}) {
  let lastError = '';
  for (let n = first, tried = 0; tried < attempts && n < first + 1000; n++) {
    if (displayInUse(n)) continue;
    tried++;
    const child = spawnGroup(executable, [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'], {
      // Killed with SIGKILL, Xvfb leaves its lock file and socket behind.
      afterKill: () => removeXvfbFiles(n, child.pid),
    });
    const deadline = Date.now() + 10_000;
    let exited = false;
    child.exited.then(() => (exited = true));
    while (!exited && Date.now() < deadline) {
      if (existsSync(`/tmp/.X11-unix/X${n}`)) return { display: `:${n}`, process: child };
      await sleep(50);
    }
    lastError = child.output();
    await stopGroup(child, 500);
    // Exited early (display taken by a racing server?): try the next number.
    // Timed out: something is badly wrong, give up.
    if (!exited) break;
  }
  throw new Error(`Could not start Xvfb (${executable}).\n${lastError}`);
}

async function driverReady(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
    if (!response.ok) return false;
    const body = await response.json();
    return body?.value?.ready !== false;
  } catch {
    return false;
  }
}

/**
 * Starts WebKitWebDriver on a free loopback port (and Xvfb if DISPLAY is
 * unset), and waits until it answers on /status.
 * @returns {Promise<{ port: number, display: string, stop(): Promise<void> }>}
 */
export async function startWebKitDriver({ driverExecutable = webkitDriverPath(), display = process.env.DISPLAY } = {}) {
  let xvfb;
  if (!display) {
    xvfb = await startXvfb();
    display = xvfb.display;
  }
  const env = {
    ...process.env,
    DISPLAY: display,
    // Don't look for the accessibility bus (there is no session bus here).
    NO_AT_BRIDGE: process.env.NO_AT_BRIDGE ?? '1',
  };
  let lastError = '';
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const driver = spawnGroup(driverExecutable, [`--port=${port}`], { env });
      let exited = false;
      driver.exited.then(() => (exited = true));
      const deadline = Date.now() + 15_000;
      while (!exited && Date.now() < deadline) {
        if (await driverReady(port)) {
          return {
            port,
            display,
            async stop() {
              await stopGroup(driver);
              if (xvfb) await stopGroup(xvfb.process);
            },
          };
        }
        await sleep(100);
      }
      lastError = driver.output();
      await stopGroup(driver, 1000);
      // An early exit is probably a port race: try again with a new port.
      if (!exited) break;
    }
    throw new Error(`WebKitWebDriver (${driverExecutable}) did not start.\n${lastError}`);
  } catch (error) {
    if (xvfb) await stopGroup(xvfb.process);
    throw error;
  }
}

/**
 * The web-test-runner launcher: a WebdriverLauncher whose initialize() starts
 * WebKitWebDriver (+ Xvfb) and whose stop() ends the session and both processes.
 */
export class WebKitLauncher extends WebdriverLauncher {
  /**
   * @param {{ miniBrowserPath?: string, driverPath?: string, name?: string, args?: string[] }} [options]
   */
  constructor({ miniBrowserPath: binary = miniBrowserPath(), driverPath = webkitDriverPath(), name = 'WebKit', args = [] } = {}) {
    super({
      hostname: '127.0.0.1',
      port: 0, // replaced by the driver's real port in initialize()
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary, args: ['--automation', ...args] },
        // webdriverio asks for BiDi by default; WebKitWebDriver then answers
        // "Failed to match capabilities". Stay on classic WebDriver.
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.driverPath = driverPath;
    this.displayName = name;
    // One page at a time: with concurrency > 1 @web/test-runner-webdriver runs
    // tests in iframes of one page, which fails with WebKitWebDriver.
    this.concurrency = 1;
    this.webkitDriver = undefined;
    this.webkitDriverStarting = undefined;
  }

  async ensureDriver() {
    if (this.webkitDriver) return;
    if (!this.webkitDriverStarting) {
      this.webkitDriverStarting = startWebKitDriver({ driverExecutable: this.driverPath }).then(
        driver => {
          this.webkitDriver = driver;
          this.options.port = driver.port;
        },
        error => {
          this.webkitDriverStarting = undefined;
          throw error;
        },
      );
    }
    await this.webkitDriverStarting;
  }

  async initialize(config, testFiles) {
    // The webdriver launcher picks its one-page-per-session manager only when
    // the global concurrency is 1; force it for this launcher alone.
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = this.displayName;
    await this.ensureDriver();
  }

  async startSession(id, url) {
    await this.ensureDriver(); // e.g. a watch-mode re-run after stop()
    return super.startSession(id, url);
  }

  /**
   * webdriverio's keys() presses all keys down and then releases them all;
   * WebKit then drops a repeated character ("Hello" arrives as "Helo").
   * Send the keys one at a time instead.
   */
  async sendKeys(sessionId, keys) {
    for (const key of keys) await super.sendKeys(sessionId, [key]);
  }

  async stop() {
    try {
      await super.stop(); // deletes the WebDriver session, closing MiniBrowser
    } finally {
      const driver = this.webkitDriver;
      this.webkitDriver = undefined;
      this.webkitDriverStarting = undefined;
      await driver?.stop();
    }
  }
}

/** @param {ConstructorParameters<typeof WebKitLauncher>[0]} [options] */
export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}
