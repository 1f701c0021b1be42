// learning-pack preview: started on a free port, it serves an index, unit
// pages under a strict CSP and the files they load, and tells open pages to
// reload when a unit changes, printing the new problems in the terminal.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { buildCli } from './cli-build.js';

const UNIT = (body: string) => `---\nid: first\nnumber: "1.1"\ntitle: The first unit\n---\n\nSome text.\n${body}`;

let tmp: string;
let bin: { path: string; remove(): void };
let server: ChildProcessWithoutNullStreams;
let base: string;
let output = '';

/** Waits until the server has printed something matching `pattern`. */
async function printed(pattern: RegExp, timeout = 15000): Promise<RegExpExecArray> {
  const end = Date.now() + timeout;
  for (;;) {
    const match = pattern.exec(output);
    if (match) return match;
    if (Date.now() > end) throw new Error(`not printed: ${pattern}\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'lp-preview-'));
  mkdirSync(join(tmp, 'modules/demo'), { recursive: true });
  writeFileSync(join(tmp, 'modules/demo/pack.yaml'), 'id: demo\ntitle: Demo pack\nlang: cy\nparts:\n  - number: "1"\n    title: One\n    units:\n      - 1.1-first.md\n');
  writeFileSync(join(tmp, 'modules/demo/1.1-first.md'), UNIT('![a chart](chart.png)\n'));
  mkdirSync(join(tmp, 'modules/demo/images'));
  writeFileSync(join(tmp, 'modules/demo/images/map.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  bin = await buildCli();
  server = spawn(process.execPath, [bin.path, 'preview', '--port', '0'], { cwd: tmp });
  server.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  server.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
  // The first start may build the elements first.
  base = (await printed(/^Preview: (http:\/\/localhost:\d+)\/ /m, 120000))[1]!;
});

after(() => {
  if (server.exitCode === null) server.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
  bin.remove();
});

it('prints the problems found at start in the terminal', async () => {
  await printed(/^modules\/demo\/1\.1-first\.md:8:12 error LP055 "chart\.png" does not exist/m);
});

it('lists the packs and their units on the index page', async () => {
  const res = await fetch(`${base}/`);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<h2>Demo pack<\/h2>/);
  assert.match(html, /<a href="\/unit\/demo\/1\.1-first\.md">1\.1 The first unit<\/a>/);
  assert.match(html, /LP055/, 'the pack\'s problems are on the page');
});

it('serves each unit as an lp-unit under a strict CSP, with no inline script', async () => {
  const res = await fetch(`${base}/unit/demo/1.1-first.md`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  const html = await res.text();
  assert.match(html, /<html lang="en">|<html lang="cy">/);
  assert.match(html, /<lp-unit src="\/files\/demo\/1\.1-first\.md" pack="demo"><\/lp-unit>/);
  assert.match(html, /role="alert"[^]*1\.1-first\.md:8:12 error LP055/);
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  assert.equal(scripts.length, 2);
  for (const tag of scripts) assert.match(tag, /\ssrc="\/_preview\//, `inline script: ${tag}`);
  for (const src of scripts.map((tag) => /src="([^"]+)"/.exec(tag)![1]!)) {
    const script = await fetch(`${base}${src}`);
    assert.equal(script.status, 200, src);
    assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
    await script.text();
  }
  const markdown = await fetch(`${base}/files/demo/1.1-first.md`);
  assert.equal(await markdown.text(), UNIT('![a chart](chart.png)\n'));
});

it('serves a unit\'s images at the paths they have relative to its page', async () => {
  const res = await fetch(new URL('images/map.svg', `${base}/unit/demo/1.1-first.md`));
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'image/svg+xml');
  assert.equal(await res.text(), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});

it('serves nothing outside the packs folder', async () => {
  for (const path of ['/files/%2e%2e/%2e%2e/etc/passwd', '/files/demo/.learning-pack/x', '/unit/demo/nope.md']) {
    const res = await fetch(`${base}${path}`);
    assert.equal(res.status, 404, path);
    await res.text();
  }
});

it('sends a reload event when a unit changes, and prints its new problems', async () => {
  const controller = new AbortController();
  const res = await fetch(`${base}/_preview/events`, { signal: controller.signal });
  assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let stream = decoder.decode((await reader.read()).value);
  assert.match(stream, /^: connected/);
  writeFileSync(join(tmp, 'modules/demo/1.1-first.md'), UNIT('\n:::nonsense\nx\n:::\n'));
  const end = Date.now() + 10000;
  while (!/event: reload\n/.test(stream) && Date.now() < end) {
    const { value, done } = await Promise.race([
      reader.read(),
      new Promise<{ value: undefined; done: true }>((resolve) => setTimeout(() => resolve({ value: undefined, done: true }), end - Date.now())),
    ]);
    if (done && !value) break;
    stream += decoder.decode(value);
  }
  controller.abort();
  assert.match(stream, /event: reload\n/);
  await printed(/^modules\/demo\/1\.1-first\.md:9:1 error LP003 /m);
});

it('stops on SIGTERM with exit status 0', async () => {
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  server.kill('SIGTERM');
  assert.equal(await exited, 0);
});
