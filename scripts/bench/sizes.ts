/**
 * Build sizes: our bundle and each on-demand chunk, raw and gzip, beside the
 * same runtime dependencies bundled alone in the same way (the floor), and
 * the h5p-standalone player (the nearest peer).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup, type OutputChunk, type Plugin, type RollupOptions } from 'rollup';
import { checkBuild, gzipSize } from '../size.mjs';
import type { Row } from './report.js';

type Config = RollupOptions & { output: { dir: string } };

/** The elements' build: the first of rollup.config.mjs's builds (the others are the SCORM runtime and the command line). */
async function config(): Promise<Config> {
  const all = (await import(pathToFileURL('rollup.config.mjs').href)).default as Config | Config[];
  return Array.isArray(all) ? all[0]! : all;
}

/** The package a bundled module comes from, or undefined for our own code. */
function packageOf(id: string): string | undefined {
  const parts = relative(process.cwd(), id).split(sep);
  const i = parts.lastIndexOf('node_modules');
  if (i < 0) return undefined;
  return parts[i + 1].startsWith('@') ? `${parts[i + 1]}/${parts[i + 2]}` : parts[i + 1];
}

const packageOfSpecifier = (s: string) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]);

/** Builds dist/ as npm run build does; returns which packages each output file holds. */
export async function buildDist(): Promise<Map<string, Set<string>>> {
  const c = await config();
  const bundle = await rollup(c);
  const { output } = await bundle.write(c.output);
  await bundle.close();
  const packages = new Map<string, Set<string>>();
  for (const chunk of output.filter((o): o is OutputChunk => o.type === 'chunk')) {
    packages.set(chunk.fileName, new Set(Object.keys(chunk.modules).map(packageOf).filter((p): p is string => !!p)));
  }
  return packages;
}

/** Every value import of our source from an npm package: `specifier → bindings` ("*" a namespace, "" a side effect). */
function ourImports(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (spec: string, binding: string) => found.set(spec, (found.get(spec) ?? new Set()).add(binding));
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  for (const file of walk('src')) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^import\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^./'"][^'"]*)['"]|^import\s+['"]([^./'"][^'"]*)['"]/gm)) {
      if (m[4]) {
        add(m[4], '');
        continue;
      }
      if (m[1]) continue;
      const [, , clause, spec] = m;
      const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
      for (const part of named.split(',').map((p) => p.trim()).filter((p) => p && !p.startsWith('type '))) add(spec, part.split(/\s+as\s+/)[0]);
      const rest = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim();
      if (/^\*\s+as\s+\w+/.test(rest)) add(spec, '*');
      else if (rest) add(spec, 'default');
    }
  }
  return found;
}

/** gzip size of the given packages, imported exactly as our source imports them, bundled with our rollup set-up. */
async function floorOf(packages: Set<string>): Promise<{ raw: number; gzip: number }> {
  let n = 0;
  const lines: string[] = [];
  for (const [spec, bindings] of ourImports()) {
    if (!packages.has(packageOfSpecifier(spec))) continue;
    const named = [...bindings].filter((b) => b && b !== '*').map((b) => `${b} as b${n++}`);
    if (named.length) lines.push(`export { ${named.join(', ')} } from '${spec}';`);
    if (bindings.has('*')) lines.push(`export * as b${n++} from '${spec}';`);
    if (bindings.has('') && !named.length) lines.push(`import '${spec}';`);
  }
  const entry: Plugin = {
    name: 'floor-entry',
    resolveId: (id) => (id === 'floor-entry' ? '\0floor-entry.js' : null),
    load: (id) => (id === '\0floor-entry.js' ? lines.join('\n') : null),
  };
  const c = await config();
  const dir = mkdtempSync(join(tmpdir(), 'lp-floor-'));
  try {
    const bundle = await rollup({ ...c, input: 'floor-entry', plugins: [entry, ...((c.plugins as Plugin[]) ?? [])] });
    const { output } = await bundle.generate({ ...c.output, dir, sourcemap: false });
    await bundle.close();
    const code = output.filter((o): o is OutputChunk => o.type === 'chunk').map((o) => o.code).join('\n');
    return { raw: Buffer.byteLength(code), gzip: gzipSize(code) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PEER_FILES = ['dist/main.bundle.js', 'dist/frame.bundle.js', 'dist/styles/h5p.css'];

export async function benchSizes(packagesByFile: Map<string, Set<string>>, gzipBudgets: Record<string, number>): Promise<{ rows: Row[]; mainGzip: number; requests: string[] }> {
  const rows: Row[] = [];
  const checks = checkBuild('dist', gzipBudgets);
  let mainGzip = 0;
  for (const f of checks) {
    const packages = packagesByFile.get(f.file) ?? new Set<string>();
    const floor = packages.size ? await floorOf(packages) : undefined;
    if (f.file === 'learning-pack.js') mainGzip = f.gzip;
    const label = f.file === 'learning-pack.js' ? 'dist/learning-pack.js' : `chunk "${f.name}"`;
    const floorName = packages.size ? `(${[...packages].sort().join(', ')} alone)` : undefined;
    rows.push({ section: 'size', name: `${label}, raw`, value: f.raw / 1024, unit: 'KB', floor: floor ? floor.raw / 1024 : null, floorName, ratio: floor ? f.raw / floor.raw : null });
    rows.push({
      section: 'size',
      name: `${label}, gzip`,
      value: f.gzip / 1024,
      unit: 'KB',
      floor: floor ? floor.gzip / 1024 : null,
      floorName,
      ratio: floor ? f.gzip / floor.gzip : null,
      budget: f.budgetKB === undefined ? 'none set' : `≤ ${f.budgetKB} KB`,
      pass: f.problems.length === 0,
      note: f.problems.length ? f.problems.join('; ') : undefined,
    });
  }
  const compiler = checks.find((f) => f.name === 'compile');
  const peerDir = join('node_modules', 'h5p-standalone');
  let peer: number | null = null;
  try {
    peer = PEER_FILES.reduce((sum, f) => sum + gzipSize(readFileSync(join(peerDir, f))), 0);
  } catch {
    // Not installed: shown as n/a.
  }
  const ours = [
    ['what a compiled-unit page downloads (bundle)', mainGzip],
    ['what a Markdown-unit page downloads (bundle + compiler)', mainGzip + (compiler?.gzip ?? 0)],
  ] as const;
  for (const [name, bytes] of ours) {
    rows.push({
      section: 'size',
      name: `${name}, gzip`,
      value: bytes / 1024,
      unit: 'KB',
      floor: peer === null ? null : peer / 1024,
      floorName: 'h5p-standalone player (main + frame bundles, h5p.css)',
      ratio: peer === null ? null : bytes / peer,
      note: peer === null ? 'peer n/a — npm install h5p-standalone' : 'peer figure, before any H5P content',
    });
  }
  return { rows, mainGzip, requests: checks.map((f) => f.file) };
}
