/** `learning-pack build [DIR] --out DIR`: compiled packs that pages load with no Markdown parser. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isUnitFile, lastBuildOf, type Pack, type PackResult } from '../content/pack.js';
import { parse, UsageError } from './args.js';
import { display, findPacks, LAST_BUILD, listFiles, loadPack } from './packs.js';
import { count, printDiagnostics, tally } from './report.js';

export const BUILD_HELP = `Usage: learning-pack build [DIR] --out OUT [--strict]

Checks and compiles every pack under DIR (default: modules/) into OUT:
  OUT/packs.json               the packs built, for a pack switcher
  OUT/<pack id>/pack.json      the pack: parts, then units in order
  OUT/<pack id>/<unit>.json    one compiled unit per Markdown file
                               (a variant NAME.cy.md becomes NAME.cy.json)
  OUT/<pack id>/...            every other file of the pack folder (images...)
A pack with errors is not written (the last good build stays). Each pack
built records its activity ids in <pack>/${LAST_BUILD}, which the next
check compares against.

Options:
  --out OUT   where to write (required)
  --strict    treat warnings as errors
  -h, --help  show this help
`;

/** The format of `pack.json`. */
export interface CompiledPack extends Omit<Pack, 'parts'> {
  format: 'learning-pack/pack';
  version: 1;
  parts: { number: string; title: string; units: { id: string; number: string; title: string; summary?: string; duration?: number; src: string }[] }[];
}

export function build(argv: string[]): number {
  const { values, positionals, help } = parse('build', argv, { out: { type: 'string', short: 'o' }, strict: { type: 'boolean' } }, { min: 0, max: 1 });
  if (help) {
    process.stdout.write(BUILD_HELP);
    return 0;
  }
  const out = values.out;
  if (typeof out !== 'string' || !out) throw new UsageError('build needs --out OUT, the folder to write to (see learning-pack build --help)');
  const started = performance.now();
  const root = positionals[0] ?? 'modules';
  const folders = findPacks(root);
  if (folders.length === 0) {
    process.stdout.write(`No packs under ${root}: a pack is a folder with a pack.yaml (learning-pack new pack ID makes one).\n`);
    return 1;
  }
  for (const folder of folders) {
    if (`${resolve(out)}${sep}`.startsWith(`${resolve(folder.dir)}${sep}`)) {
      throw new UsageError(`--out ${out} is inside the pack folder ${folder.dir}; write the build somewhere else`);
    }
  }
  const progress = new Progress(folders.length);
  const built: { pack: Pack; units: number; assets: number }[] = [];
  const failed: string[] = [];
  const diagnostics = [];
  for (const [index, folder] of folders.entries()) {
    progress.show(index, folder.dir);
    const result = loadPack(folder, (file) => progress.show(index, `${folder.dir}/${file}`));
    diagnostics.push(...result.diagnostics);
    const { errors, warnings } = tally(result.diagnostics);
    if (!result.pack || errors || (values.strict && warnings)) {
      if (folder.hasManifest) failed.push(folder.dir);
      continue;
    }
    built.push({ pack: result.pack, ...writePack(folder.dir, result, result.pack, out) });
  }
  progress.done();
  if (built.length) writeCatalogue(out, built.map((b) => b.pack));
  printDiagnostics(diagnostics, (text) => process.stdout.write(text));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const units = built.reduce((n, b) => n + b.units, 0);
  const assets = built.reduce((n, b) => n + b.assets, 0);
  const { errors, warnings } = tally(diagnostics);
  const problems = errors || warnings ? `; ${count(errors, 'error')} and ${count(warnings, 'warning')}` : '';
  process.stdout.write(`Built ${count(built.length, 'pack')} (${count(units, 'unit')}, ${count(assets, 'asset')}) into ${display(out)} in ${seconds} s${problems}.\n`);
  if (failed.length) process.stdout.write(`Not built, because of the problems above: ${failed.join(', ')}.\n`);
  return failed.length || errors ? 1 : 0;
}

function writePack(dir: string, result: PackResult, pack: Pack, out: string): { units: number; assets: number } {
  const target = join(out, pack.id);
  if (existsSync(target)) {
    // Only ever replace our own output: a folder with a pack.json and no sources.
    const ours = existsSync(join(target, 'pack.json')) && !existsSync(join(target, 'pack.yaml'));
    if (!ours && readdirSync(target).length) throw new UsageError(`${display(target)} exists and is not a build of this pack; choose another --out`);
    rmSync(target, { recursive: true, force: true });
  }
  mkdirSync(target, { recursive: true });
  // Each unit, and each language variant of one (NAME.cy.md → NAME.cy.json, which <lp-pack> looks for beside NAME.json).
  for (const unit of [...result.units, ...result.variants]) {
    if (!unit.result.unit) continue;
    writeFile(join(target, jsonName(unit.file)), `${JSON.stringify(unit.result.unit)}\n`);
  }
  const assets = listFiles(dir).filter((file) => file !== 'pack.yaml' && !/\.md$/i.test(file));
  for (const file of assets) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    copyFileSync(join(dir, file), join(target, file));
  }
  const compiled: CompiledPack = {
    format: 'learning-pack/pack',
    version: 1,
    id: pack.id,
    title: pack.title,
    lang: pack.lang,
    ...(pack.description !== undefined && { description: pack.description }),
    parts: pack.parts.map((part) => ({
      number: part.number,
      title: part.title,
      units: part.units.map(({ file, ...unit }) => ({ ...unit, src: jsonName(file) })),
    })),
  };
  writeFile(join(target, 'pack.json'), `${JSON.stringify(compiled, null, 2)}\n`);
  writeFile(join(dir, LAST_BUILD), `${JSON.stringify(lastBuildOf(result.units), null, 2)}\n`);
  return { units: result.units.filter((u) => u.result.unit && isUnitFile(u.file)).length, assets: assets.length };
}

/** `OUT/packs.json`: the packs in OUT, this build's replacing earlier ones with the same id. */
function writeCatalogue(out: string, packs: Pack[]) {
  const path = join(out, 'packs.json');
  let entries: { id: string }[] = [];
  try {
    const existing = JSON.parse(readFileSync(path, 'utf8'));
    if (Array.isArray(existing?.packs)) entries = existing.packs;
  } catch {
    // No catalogue yet, or not ours: start again.
  }
  const fresh = packs.map(({ id, title, lang, description }) => ({
    id, title, lang, ...(description !== undefined && { description }), src: `${id}/pack.json`,
  }));
  const kept = entries.filter((e) => !fresh.some((f) => f.id === e.id) && existsSync(join(out, e.id, 'pack.json')));
  const all = [...kept, ...fresh].sort((a, b) => (a.id < b.id ? -1 : 1));
  writeFile(path, `${JSON.stringify({ format: 'learning-pack/catalogue', version: 1, packs: all }, null, 2)}\n`);
}

function jsonName(file: string): string {
  return file.replace(/\.md$/i, '.json');
}

function writeFile(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** One line, rewritten in place, only on a terminal. */
class Progress {
  private readonly tty = process.stderr.isTTY === true;

  constructor(private readonly total: number) {}

  show(index: number, what: string) {
    if (this.tty) process.stderr.write(`\r\x1b[K[${index + 1}/${this.total}] ${what}`);
  }

  done() {
    if (this.tty) process.stderr.write('\r\x1b[K');
  }
}
