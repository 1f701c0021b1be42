/** A tiny HTTP server on 127.0.0.1 for the bench's pages: the project's files plus pages the bench makes. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface BenchServer {
  origin: string;
  /** Path → body of the pages and files the bench made. */
  files: Map<string, string>;
  close(): Promise<void>;
}

export async function startServer(): Promise<BenchServer> {
  const root = resolve('.');
  const files = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let body: string | Buffer | undefined = files.get(path);
    if (body === undefined && /^\/(dist|modules|demo)\//.test(path)) {
      const file = normalize(join(root, path));
      if (file.startsWith(root)) body = await readFile(file).catch(() => undefined);
    }
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    files,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export const contentType = (path: string) => TYPES[extname(path)];
