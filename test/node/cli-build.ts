// Builds the learning-pack bin with the project's own rollup entry, inside the
// package (so it finds its package.json and dependencies as an install does).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';

const repo = fileURLToPath(new URL('../../', import.meta.url));

export async function buildCli(): Promise<{ path: string; remove(): void }> {
  const configs = (await import(pathToFileURL(join(repo, 'rollup.config.mjs')).href)).default as RollupOptions[];
  const cli = configs.find((c) => JSON.stringify(c.input).includes('src/cli/main.ts'));
  if (!cli) throw new Error('no learning-pack entry in rollup.config.mjs');
  const cache = join(repo, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'learning-pack-cli-'));
  const bundle = await rollup(cli);
  await bundle.write({ ...(cli.output as OutputOptions), dir });
  await bundle.close();
  return { path: join(dir, 'cli/learning-pack.js'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
