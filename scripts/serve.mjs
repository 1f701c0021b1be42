// Builds the library, the documentation site and the playground, then serves
// the demo, the packs and the site (/site/; the playground at /playground.html)
// on http://localhost:8000 (PORT overrides) under a strict Content Security
// Policy, as a VLE page would.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8000);

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.config.mjs', '--silent'], {
    cwd: root,
    stdio: 'inherit',
  });
}
// The playground bundles the elements: rebuilt with them. The site is built when missing (`npm run docs` rebuilds it).
if (!existsSync(join(root, 'dist/site/index.html'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build-site.mjs')], { cwd: root, stdio: 'inherit' });
}
if (!process.argv.includes('--no-build') || !existsSync(join(root, 'dist/site/playground.html'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build-playground.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (path === '/' || path === '/site' || path === '/site/') {
    res.writeHead(302, { location: path === '/' ? '/demo/' : '/dist/site/' });
    res.end();
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  let file = normalize(join(root, path));
  let allowed = ['demo', 'dist', 'modules'].some((d) => file.startsWith(join(root, d)));
  if (!allowed) {
    // Anything else is a page of the documentation site, e.g. /playground.html.
    const site = join(root, 'dist/site');
    file = normalize(join(site, path));
    allowed = file.startsWith(site);
  }
  let size = -1;
  try {
    size = allowed ? statSync(file).size : -1;
  } catch {
    // Not found: answered below.
  }
  if (size < 0) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-length': size,
    'content-security-policy': csp,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
});

server.listen(port, () => {
  console.log(`learning-pack demo: http://localhost:${port}/demo/`);
  console.log(`documentation site: http://localhost:${port}/site/`);
  console.log(`authoring playground: http://localhost:${port}/playground.html`);
});
