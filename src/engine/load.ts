/**
 * Fetching units and packs for the elements: a `.md` unit is compiled by the
 * on-demand compiler chunk, a `.json` unit is used as compiled. Failures are
 * `LoadError`s whose message is for the learner.
 */
import { msg, str } from '@lit/localize';
import type { CompileResult, Diagnostic, Unit } from '../content/model.js';
import { toManifest, type PackManifest } from '../content/manifest.js';

export class LoadError extends Error {
  override name = 'LoadError';
  constructor(
    message: string,
    readonly code: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
  }
}

export interface LoadedUnit {
  unit: Unit;
  diagnostics: Diagnostic[];
}

function isUnit(value: unknown): value is Unit {
  const u = value as Unit;
  return !!u && typeof u === 'object' && !!u.meta && typeof u.meta.id === 'string' && Array.isArray(u.blocks);
}

const isJsonSource = (src: string, response: Response) =>
  /\.json($|[?#])/i.test(src) || (response.headers.get('content-type') ?? '').includes('json');

async function fetchText(src: string, signal?: AbortSignal): Promise<{ text: string; response: Response }> {
  let response: Response;
  try {
    response = await fetch(src, { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new LoadError(msg(str`The unit could not be downloaded from ${src}. Check your connection and reload the page.`), 'load-failed');
  }
  if (!response.ok) throw new LoadError(msg(str`The unit could not be found at ${src} (HTTP ${response.status}).`), 'load-failed');
  return { text: await response.text(), response };
}

export async function compileMarkdown(source: string, file: string): Promise<LoadedUnit> {
  // The compiler is a chunk of its own: pages of compiled units never download it.
  const { compileUnit } = await import('../content/compile.js');
  const result: CompileResult = compileUnit(source, file);
  if (!result.unit) {
    throw new LoadError(msg('This unit has mistakes in its source and cannot be shown.'), 'compile-failed', result.diagnostics);
  }
  return { unit: result.unit, diagnostics: result.diagnostics };
}

/** A unit from a `.md` or compiled `.json` URL. */
export async function loadUnit(src: string, signal?: AbortSignal): Promise<LoadedUnit> {
  const { text, response } = await fetchText(src, signal);
  if (!isJsonSource(src, response)) return compileMarkdown(text, src);
  let unit: unknown;
  try {
    unit = JSON.parse(text);
  } catch {
    unit = undefined;
  }
  if (!isUnit(unit)) throw new LoadError(msg(str`${src} is not a compiled unit.`), 'invalid-unit');
  return { unit, diagnostics: [] };
}

/** A pack manifest from `pack.yaml` or a compiled `pack.json`; unit files resolved against it. */
export async function loadManifest(src: string, signal?: AbortSignal): Promise<PackManifest> {
  let response: Response;
  try {
    response = await fetch(src, { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new LoadError(msg(str`The course could not be downloaded from ${src}. Check your connection and reload the page.`), 'load-failed');
  }
  if (!response.ok) throw new LoadError(msg(str`The course could not be found at ${src} (HTTP ${response.status}).`), 'load-failed');
  const text = await response.text();
  const base = new URL(src, document.baseURI);
  try {
    let manifest: PackManifest;
    if (isJsonSource(src, response)) {
      manifest = toManifest(JSON.parse(text));
    } else {
      // YAML is read in the compiler chunk, which the pack's Markdown units need anyway.
      const { parseManifestYaml } = await import('../content/compile.js');
      manifest = toManifest(parseManifestYaml(text));
    }
    for (const part of manifest.parts) for (const u of part.units) u.file = new URL(u.file, base).href;
    return manifest;
  } catch (e) {
    throw new LoadError(msg(str`${src} is not a usable course: ${e instanceof Error ? e.message : String(e)}`), 'invalid-pack');
  }
}
