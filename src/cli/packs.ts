/** Finding pack folders on disk and reading them for `checkPack`. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { checkPack, isUnitFile, parseLastBuild, type PackResult } from '../content/pack.js';
import { UsageError } from './args.js';

/** Where `build` keeps what it built, inside each pack folder. */
export const LAST_BUILD = '.learning-pack/last-build.json';

export interface PackFolder {
  /** As shown to the author: the folder they named, joined with `/`. */
  dir: string;
  /** False for a folder of units with no pack.yaml (reported as LP050). */
  hasManifest: boolean;
}

/** Every pack under `root` (or `root` itself when it has a pack.yaml). */
export function findPacks(root: string): PackFolder[] {
  if (!existsSync(root)) throw new UsageError(`no such folder: ${root}`);
  if (!statSync(root).isDirectory()) throw new UsageError(`${root} is a file; give the folder of packs (or of one pack)`);
  const found: PackFolder[] = [];
  const visit = (dir: string) => {
    if (existsSync(join(dir, 'pack.yaml'))) {
      found.push({ dir: display(dir), hasManifest: true });
      return;
    }
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    if (entries.some((e) => e.isFile() && isUnitFile(e.name))) found.push({ dir: display(dir), hasManifest: false });
    for (const entry of entries) {
      if (entry.isDirectory() && !skipped(entry.name)) visit(join(dir, entry.name));
    }
  };
  visit(root);
  return found;
}

/** Reads and checks one pack folder. */
export function loadPack(folder: PackFolder, onUnit?: (file: string) => void): PackResult {
  const files = listFiles(folder.dir);
  const manifestPath = join(folder.dir, 'pack.yaml');
  const lastBuildPath = join(folder.dir, LAST_BUILD);
  const lastBuild = existsSync(lastBuildPath) ? parseLastBuild(readFileSync(lastBuildPath, 'utf8')) : undefined;
  return checkPack({
    dir: folder.dir,
    manifest: folder.hasManifest ? readFileSync(manifestPath, 'utf8') : undefined,
    files,
    read: (file) => readFileSync(join(folder.dir, file), 'utf8'),
    ...(lastBuild && { lastBuild }),
    ...(onUnit && { onUnit }),
  });
}

/** Every file of a pack folder, relative and with `/`; hidden files and nested packs left out. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const visit = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      if (skipped(entry.name)) continue;
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!existsSync(join(dir, path, 'pack.yaml'))) visit(path);
      } else if (entry.isFile()) {
        files.push(path);
      }
    }
  };
  visit('');
  return files.sort();
}

function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** `./modules\x` → `modules/x`: the form used in every diagnostic. */
export function display(path: string): string {
  const rel = relative(process.cwd(), path);
  const shown = rel && !rel.startsWith('..') ? rel : path;
  return posix.normalize(shown.split(sep).join('/')).replace(/\/$/, '') || '.';
}
