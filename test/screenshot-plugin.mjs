// A web-test-runner server command that takes a screenshot of one element of
// the test page and compares two such screenshots pixel by pixel, in every
// engine: Chromium and Firefox through puppeteer (`page.$(selector).screenshot()`),
// WebKit through WebDriver's Take Element Screenshot.
//
//   const a = await executeServerCommand('element-screenshot', { selector: '#region' });
//   ...
//   const b = await executeServerCommand('element-screenshot', { selector: '#region' });
//   const diff = await executeServerCommand('screenshot-diff', { a: a.key, b: b.key });
//   // diff: { sizes: [[w, h], [w, h]], differing: number of pixels, first: [x, y] | null }

import { PNG } from 'pngjs';

/** Screenshots of the run so far, by key; a test file's session takes a handful. */
const shots = new Map();
let next = 0;

async function capture(session, selector) {
  const launcher = session.browser;
  if (launcher.type === 'puppeteer') {
    const page = launcher.getPage(session.id);
    const element = await page.$(selector);
    if (!element) throw new Error(`element-screenshot: no ${selector} on the page`);
    return Buffer.from(await element.screenshot({ type: 'png' }));
  }
  if (launcher.type === 'webdriver') {
    const png = await launcher.takeScreenshot(session.id, `return document.querySelector(${JSON.stringify(selector)});`);
    if (!png.length) throw new Error(`element-screenshot: WebDriver took no screenshot of ${selector}`);
    return png;
  }
  throw new Error(`element-screenshot: not supported for browser type ${launcher.type}`);
}

export function screenshotPlugin() {
  return {
    name: 'element-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command === 'element-screenshot') {
        const image = PNG.sync.read(await capture(session, payload.selector));
        const key = `${session.id}:${next++}`;
        shots.set(key, image);
        return { key, width: image.width, height: image.height };
      }
      if (command === 'screenshot-diff') {
        const a = shots.get(payload.a);
        const b = shots.get(payload.b);
        if (!a || !b) throw new Error('screenshot-diff: unknown screenshot');
        const sizes = [[a.width, a.height], [b.width, b.height]];
        if (a.width !== b.width || a.height !== b.height) return { sizes, differing: Math.max(a.width * a.height, b.width * b.height), first: [0, 0] };
        let differing = 0;
        let first = null;
        for (let i = 0; i < a.data.length; i += 4) {
          if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2] || a.data[i + 3] !== b.data[i + 3]) {
            differing++;
            first ??= [(i / 4) % a.width, Math.floor(i / 4 / a.width)];
          }
        }
        return { sizes, differing, first };
      }
      return undefined;
    },
  };
}
