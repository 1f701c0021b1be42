/**
 * `learning-pack preview [DIR]`: the packs as learners will see them, served
 * on localhost with the built elements, and reloaded when a unit or a
 * pack.yaml changes. Pages follow the same strict Content Security Policy as
 * a VLE page would (no inline script or style), so the reload client is a file.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../content/compile.js';
import type { Diagnostic } from '../content/model.js';
import type { PackResult } from '../content/pack.js';
import { integer, parse } from './args.js';
import { findPacks, loadPack, type PackFolder } from './packs.js';
import { count, printDiagnostics, tally } from './report.js';

export const PREVIEW_HELP = `Usage: learning-pack preview [DIR] [--port PORT] [--host HOST]

Serves every pack under DIR (default: modules/) on http://localhost:PORT
with the learning-pack elements: an index of the packs and their units, and
one page per unit. The page reloads when a unit, a pack.yaml or another file
of a pack changes; problems show in the page and in this terminal.
Stop it with Ctrl+C.

Options:
  --port PORT  port to listen on (default: 8080; 0 picks a free one)
  --host HOST  address to listen on (default: localhost)
  -h, --help   show this help
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

const RELOAD_CLIENT = `// Reloads the page when learning-pack preview sees a change.
const events = new EventSource('/_preview/events');
events.addEventListener('reload', () => location.reload());
`;

const STYLES = `body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1rem; max-width: 60rem; line-height: 1.5; }
.problems { border: 2px solid #b00020; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
.problems pre { white-space: pre-wrap; margin: 0; }
nav a { display: inline-block; margin-bottom: 1rem; }
main > nav, main > .problems { max-width: 44rem; margin-inline: auto; }
`;

export async function preview(argv: string[]): Promise<number> {
  const { values, positionals, help } = parse('preview', argv, { port: { type: 'string', short: 'p' }, host: { type: 'string' } }, { min: 0, max: 1 });
  if (help) {
    process.stdout.write(PREVIEW_HELP);
    return 0;
  }
  const port = integer('port', values.port, 8080, 0, 65535);
  const host = values.host ?? 'localhost';
  const root = positionals[0] ?? 'modules';
  findPacks(root); // Fails early, with a one-line message, on a missing folder.
  const elements = elementsBundle();
  const site = new Site(root);
  site.refresh(true);

  const clients = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = decodeURIComponent(url.pathname);
      if (path === '/_preview/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
        res.write(': connected\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      }
      if (path === '/_preview/reload.js') return send(res, 200, '.js', RELOAD_CLIENT);
      if (path === '/_preview/preview.css') return send(res, 200, '.css', STYLES);
      if (path.startsWith('/_preview/elements/')) return sendFile(res, elements, path.slice('/_preview/elements/'.length));
      if (path === '/') return send(res, 200, '.html', site.indexPage());
      if (path === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (path.startsWith('/unit/')) {
        // A unit page's path mirrors its file's, so the unit's relative images and links resolve here too.
        const page = site.unitPage(path.slice('/unit/'.length));
        return page ? send(res, 200, '.html', page) : sendFile(res, resolve(root), path.slice('/unit/'.length));
      }
      if (path.startsWith('/files/')) return sendFile(res, resolve(root), path.slice('/files/'.length));
      send(res, 404, '.html', site.notFound(path));
    } catch {
      send(res, 400, '.html', site.notFound('this address'));
    }
  });

  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  let watcher: FSWatcher;
  try {
    watcher = watch(root, { recursive: true }, (_event, name) => {
      const file = String(name ?? '');
      if (file.split(/[\\/]/).some((part) => part.startsWith('.'))) return;
      changed.add(file);
      clearTimeout(timer);
      // Editors write a file in several steps: wait for them to settle.
      timer = setTimeout(() => {
        process.stdout.write(`Changed: ${[...changed].join(', ')}\n`);
        changed.clear();
        site.refresh(false);
        for (const client of clients) client.write(`event: reload\ndata: ${Date.now()}\n\n`);
      }, 100);
    });
  } catch (error) {
    process.stderr.write(`learning-pack: cannot watch ${root} for changes (${error instanceof Error ? error.message : error}); reload the page by hand\n`);
    watcher = { close() {} } as FSWatcher;
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done());
  }).catch((error: NodeJS.ErrnoException) => {
    watcher.close();
    throw new PreviewError(error.code === 'EADDRINUSE' ? `port ${port} is in use; choose another with --port` : `cannot listen on ${host}:${port} (${error.message})`);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`Preview: http://${host}:${actualPort}/ (Ctrl+C to stop)\n`);

  return new Promise<number>((done) => {
    const stop = () => {
      watcher.close();
      clearTimeout(timer);
      for (const client of clients) client.end();
      server.close(() => done(0));
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** A failure to start, shown as one line. */
export class PreviewError extends Error {
  override name = 'PreviewError';
}

/** The packs under the root as last read, and the pages made from them. */
class Site {
  private packs: { folder: PackFolder; result: PackResult }[] = [];

  constructor(private readonly root: string) {}

  /** Reads every pack again and prints its problems. */
  refresh(first: boolean) {
    let folders: PackFolder[] = [];
    try {
      folders = findPacks(this.root);
    } catch (error) {
      process.stderr.write(`learning-pack: ${error instanceof Error ? error.message : error}\n`);
    }
    this.packs = folders.map((folder) => ({ folder, result: loadPack(folder) }));
    const diagnostics = this.packs.flatMap((p) => p.result.diagnostics);
    printDiagnostics(diagnostics, (text) => process.stdout.write(text));
    const { errors, warnings } = tally(diagnostics);
    const units = this.packs.reduce((n, p) => n + p.result.units.length, 0);
    if (errors || warnings || first) {
      process.stdout.write(`${count(errors, 'error')} and ${count(warnings, 'warning')} in ${count(this.packs.length, 'pack')}, ${count(units, 'unit')}.\n`);
    }
  }

  indexPage(): string {
    const body = this.packs.length
      ? this.packs.map(({ folder, result }) => {
        const pack = result.pack;
        const title = pack?.title ?? folder.dir;
        const parts = (pack?.parts ?? []).map((part) => `<h3>${escape(part.number)} ${escape(part.title)}</h3>\n<ul>\n${
          part.units.map((unit) => `<li><a href="/unit/${href(`${relativeTo(this.root, folder.dir)}${unit.file}`)}">${escape(unit.number)} ${escape(unit.title)}</a></li>`).join('\n')
        }\n</ul>`).join('\n');
        return `<section>\n<h2>${escape(title)}</h2>\n${problems(result.diagnostics)}\n${parts}\n</section>`;
      }).join('\n')
      : `<p>No packs under ${escape(this.root)}: a pack is a folder with a pack.yaml.</p>`;
    return page('en', 'Preview: learning packs', `<h1>Learning packs</h1>\n${body}`);
  }

  /** The page of one unit, by its path under the root; undefined when no pack lists it. */
  unitPage(path: string): string | undefined {
    for (const { folder, result } of this.packs) {
      const prefix = relativeTo(this.root, folder.dir);
      if (!path.startsWith(prefix)) continue;
      const file = path.slice(prefix.length);
      const unit = result.units.find((u) => u.file === file);
      if (!unit) continue;
      const pack = result.pack;
      const lang = unit.result.unit?.meta.lang ?? pack?.lang ?? 'en';
      const title = unit.result.unit?.meta.title ?? file;
      // lp-unit shows the compiler's own problems in place; the page adds the pack's.
      const label = folder.dir === '.' ? file : `${folder.dir}/${file}`;
      const shown = result.diagnostics.filter((d) => isPackLevel(d) && (d.file === label || d.file.endsWith('pack.yaml')));
      const packId = pack?.id ?? 'preview';
      return page(lang, title, `<nav><a href="/">All packs</a></nav>\n${problems(shown)}\n`
        + `<lp-unit src="/files/${href(path)}" pack="${escape(packId)}"></lp-unit>`);
    }
    return undefined;
  }

  notFound(path: string): string {
    return page('en', 'Not found', `<nav><a href="/">All packs</a></nav>\n<p>Nothing at ${escape(path)}.</p>`);
  }
}

/** Problems lp-unit does not show itself: those found by the pack checks (links, listing, ids). */
function isPackLevel(d: Diagnostic): boolean {
  return Number(d.code.slice(2)) >= 50;
}

function problems(diagnostics: readonly Diagnostic[]): string {
  if (!diagnostics.length) return '';
  const { errors, warnings } = tally(diagnostics);
  return `<div class="problems" role="alert"><p>${count(errors, 'error')} and ${count(warnings, 'warning')}:</p>`
    + `<pre>${diagnostics.map((d) => escape(formatDiagnostic(d))).join('\n')}</pre></div>`;
}

function page(lang: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<link rel="stylesheet" href="/_preview/preview.css">
<script type="module" src="/_preview/elements/learning-pack.js"></script>
<script type="module" src="/_preview/reload.js"></script>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': TYPES[type]!, 'content-security-policy': CSP, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

/** A file under `base`, never outside it. */
function sendFile(res: ServerResponse, base: string, rel: string) {
  const file = resolve(base, rel);
  let size = -1;
  if (file.startsWith(base + sep) && !rel.split('/').some((part) => part.startsWith('.'))) {
    try {
      const stat = statSync(file);
      if (stat.isFile()) size = stat.size;
    } catch {
      // Not found: answered below.
    }
  }
  if (size < 0) return send(res, 404, '.html', page('en', 'Not found', '<p>Not found.</p>'));
  res.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': size,
    'content-security-policy': CSP,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}

/** `folder` relative to `root`, with `/` and a trailing slash ('' for the root itself). */
function relativeTo(root: string, folder: string): string {
  const rel = resolve(folder).slice(resolve(root).length).split(sep).join('/').replace(/^\//, '');
  return rel ? `${rel}/` : '';
}

function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The folder with the built elements (`learning-pack.js` and its chunks).
 * In a published package it is always there; in a fresh clone it is built
 * once, as `npm run build` would.
 */
function elementsBundle(): string {
  const root = packageRoot();
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'learning-pack.js'))) {
    process.stdout.write('Building the elements (dist/learning-pack.js) once…\n');
    execFileSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.config.mjs', '--silent'], { cwd: root, stdio: 'inherit' });
  }
  return dist;
}

/** The learning-pack package's own folder, from wherever this file runs (sources or dist/cli). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'learning-pack') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the learning-pack package folder');
    dir = parent;
  }
}
