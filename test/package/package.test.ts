// The package as a stranger gets it from npm: `npm pack`, installed from the
// tarball into an empty project in a temporary folder, then used there the
// four ways the README shows, plus the types an editor completes. Nothing
// here reads the sources; only what the tarball holds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { startDevServer } from '@web/dev-server';
import puppeteer, { type Browser } from 'puppeteer-core';

const repo = resolve(import.meta.dirname, '../..');
const project = mkdtempSync(join(tmpdir(), 'lp-stranger-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let browser: Browser;

const UNIT = `---
id: first-steps
number: "1.1"
title: First steps with the package
lang: en
---

## Why a unit

Text the learner reads.

:::reflection{#1.1.1 title="Your first answer"}
::prompt[What do you hope to learn?]{#hope}
:::
`;

function run(command: string, args: string[], cwd = project) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

before(async () => {
  // A clean checkout has run `npm run build` through `prepare`; build once if it has not.
  const built = ['dist/learning-pack.js', 'dist/lib/index.js', 'dist/types/index.d.ts', 'dist/cli/learning-pack.js', 'custom-elements.json'];
  if (!built.every((f) => existsSync(join(repo, f)))) execFileSync(npm, ['run', 'build'], { cwd: repo, stdio: 'pipe' });

  const packed = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', project], { cwd: repo, encoding: 'utf8' })) as { filename: string }[];
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'stranger', version: '1.0.0', private: true, type: 'module' }));
  const install = run(npm, ['install', join(project, packed[0].filename), '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts']);
  assert.equal(install.status, 0, install.out);

  writeFileSync(join(project, 'unit.md'), UNIT);
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  rmSync(project, { recursive: true, force: true });
});

/** Opens a page and reads what the learner sees of the unit: its title and the label of its answer box. */
async function unitOnScreen(url: string) {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => {
        const unit = document.querySelector('lp-unit')?.shadowRoot;
        const title = unit?.querySelector('h1')?.textContent?.trim();
        const reflection = unit?.querySelector('lp-reflection')?.shadowRoot;
        const label = reflection?.querySelector('label')?.textContent?.trim();
        return title && label ? { title, label, defined: !!customElements.get('lp-unit') } : undefined;
      },
      { timeout: 20_000 },
    );
    return { ...(await handle.jsonValue())!, errors };
  } finally {
    await page.close();
  }
}

test('the tarball holds the builds, the types and the manifest, and neither sources nor the site', () => {
  const listing = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: repo, encoding: 'utf8' }))[0].files.map((f: { path: string }) => f.path) as string[];
  for (const file of ['dist/learning-pack.js', 'dist/lib/index.js', 'dist/lib/content/index.js', 'dist/lib/store/index.js', 'dist/types/index.d.ts', 'dist/cli/learning-pack.js', 'custom-elements.json', 'LICENSE', 'CHANGELOG.md', 'README.md']) {
    assert.ok(listing.includes(file), `${file} is not in the tarball`);
  }
  assert.deepEqual(listing.filter((f) => f.startsWith('src/') || f.startsWith('dist/site/') || f.startsWith('test/')), []);
});

test('an ES module that imports "learning-pack" renders <lp-unit> in a browser page', async () => {
  writeFileSync(join(project, 'app.js'), "import { LpUnit } from 'learning-pack';\nconsole.assert(customElements.get('lp-unit') === LpUnit);\n");
  writeFileSync(join(project, 'app.html'), '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>App</title><script type="module" src="./app.js"></script><lp-unit src="unit.md"></lp-unit></html>');
  // The dev server resolves bare imports from the project's node_modules, as an application's bundler would.
  const server = await startDevServer({ config: { rootDir: project, port: 0, nodeResolve: true }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
  try {
    const port = (server.server!.address() as AddressInfo).port;
    const seen = await unitOnScreen(`http://localhost:${port}/app.html`);
    assert.equal(seen.title, 'First steps with the package');
    assert.match(seen.label, /What do you hope to learn\?/);
    assert.deepEqual(seen.errors, []);
  } finally {
    await server.stop();
  }
});

test('dist/learning-pack.js works from a plain <script type="module"> with no build step', async () => {
  writeFileSync(join(project, 'plain.html'), '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>Plain</title><script type="module" src="node_modules/learning-pack/dist/learning-pack.js"></script><lp-unit src="unit.md"></lp-unit></html>');
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.md': 'text/markdown', '.map': 'application/json' };
  // Static files only, as any web server sends them.
  const server: Server = createServer((req, res) => {
    const file = normalize(join(project, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(project) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, done));
  try {
    const seen = await unitOnScreen(`http://localhost:${(server.address() as AddressInfo).port}/plain.html`);
    assert.equal(seen.title, 'First steps with the package');
    assert.match(seen.label, /What do you hope to learn\?/);
    assert.deepEqual(seen.errors, []);
  } finally {
    server.close();
  }
});

test('Node compiles a unit through learning-pack/compiler', () => {
  writeFileSync(
    join(project, 'compile.js'),
    `import { readFileSync } from 'node:fs';
import { compileUnit } from 'learning-pack/compiler';
const { unit, diagnostics } = compileUnit(readFileSync('unit.md', 'utf8'), 'unit.md');
console.log(JSON.stringify({ title: unit.meta.title, activities: unit.blocks.filter((b) => b.type === 'reflection').map((b) => b.id), diagnostics }));
`,
  );
  const result = run(process.execPath, ['compile.js']);
  assert.equal(result.status, 0, result.out);
  assert.deepEqual(JSON.parse(result.out), { title: 'First steps with the package', activities: ['1.1.1'], diagnostics: [] });
});

test('npx learning-pack check passes a good pack and fails a broken one', () => {
  cpSync(join(repo, 'modules/getting-started'), join(project, 'packs/getting-started'), { recursive: true });
  const good = run(npm, ['exec', '--offline', '--', 'learning-pack', 'check', 'packs']);
  assert.equal(good.status, 0, good.out);
  assert.match(good.out, /No problems in 1 pack, 1 unit/);

  const unit = join(project, 'packs/getting-started/1.1-how-this-works.md');
  writeFileSync(unit, readFileSync(unit, 'utf8').replace(/^title: .*$/m, ''));
  const broken = run(npm, ['exec', '--offline', '--', 'learning-pack', 'check', 'packs']);
  assert.equal(broken.status, 1, broken.out);
  assert.match(broken.out, /1\.1-how-this-works\.md:\d+:\d+/);
});

test('the public types: a typed detail in an lp-response-change listener, typed elements, compiler and store', () => {
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, types: [] }, files: ['typed.ts'] }),
  );
  writeFileSync(
    join(project, 'typed.ts'),
    `import 'learning-pack';
import type { ResponseChangeDetail, QuizBlock } from 'learning-pack';
import { compileUnit } from 'learning-pack/compiler';
import { listResponses, type ResponseRecord } from 'learning-pack/store';

const unit = document.createElement('lp-unit');
unit.src = 'unit.md';
unit.addEventListener('lp-response-change', (e) => {
  const key: string = e.detail.key;
  const when: string = e.detail.updatedAt;
  const whole: ResponseChangeDetail = e.detail;
  // @ts-expect-error: the detail has no such field
  e.detail.answer;
  void [key, when, whole];
});
document.addEventListener('lp-progress', (e) => {
  const done: number = e.detail.completed + e.detail.total;
  void done;
});
const reflection: HTMLElementTagNameMap['lp-reflection'] = document.createElement('lp-reflection');
reflection.readonly = true;
// @ts-expect-error: src is a string
unit.src = 42;
const title: string | undefined = compileUnit('', 'x.md').unit?.meta.title;
const records: Promise<ResponseRecord[]> = listResponses('a-pack');
const quiz: QuizBlock | undefined = undefined;
void [title, records, quiz];
`,
  );
  const result = run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  assert.equal(result.status, 0, result.out);

  // The same file with a wrong use of the detail fails: the listener's type is not any.
  writeFileSync(join(project, 'typed.ts'), `import 'learning-pack';\ndocument.body.addEventListener('lp-response-change', (e) => { const n: number = e.detail.value; void n; });\n`);
  const wrong = run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  assert.equal(wrong.status, 2, wrong.out);
  assert.match(wrong.out, /Type 'string' is not assignable to type 'number'/);
});
