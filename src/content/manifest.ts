/**
 * The pack manifest (SPEC §1) as a browser reads it: `pack.yaml` or a compiled
 * `pack.json` → parts and ordered unit files. Pure and small; the checks an
 * author gets (missing units, unlisted files, line numbers) are `learning-pack check`'s.
 */
export interface ManifestUnit {
  /** Path of the unit, relative to the manifest. */
  file: string;
}

export interface PackManifest {
  id: string;
  title: string;
  lang: string;
  description?: string;
  parts: { number: string; title: string; units: ManifestUnit[] }[];
}

/** Thrown for a manifest that cannot be used; the message says what is wrong. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

export const KEY_PART = /^[^\s/]+$/;

/**
 * Checks the shape of a parsed manifest: a compiled `pack.json` or parsed YAML.
 * Units may be written as a file name, or as `{ src }` with the unit's titles (a compiled pack).
 */
export function toManifest(data: unknown): PackManifest {
  const d = data as Record<string, unknown>;
  if (!d || typeof d !== 'object' || Array.isArray(d)) throw new ManifestError('the pack manifest is not an object');
  const text = (name: string, value: unknown, required = true): string | undefined => {
    if (value === undefined && !required) return undefined;
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string' || value.trim() === '') throw new ManifestError(`the pack's ${name} must be text`);
    return value;
  };
  const id = text('id', d.id)!;
  if (!KEY_PART.test(id)) throw new ManifestError(`the pack id "${id.slice(0, 40)}" may not contain spaces or /`);
  if (!Array.isArray(d.parts) || d.parts.length === 0) throw new ManifestError('the pack has no parts');
  const parts = d.parts.map((p: Record<string, unknown>, i: number) => {
    if (!p || typeof p !== 'object') throw new ManifestError(`part ${i + 1} is not an object`);
    if (!Array.isArray(p.units)) throw new ManifestError(`part ${i + 1} has no list of units`);
    const units = p.units.map((u: unknown) => {
      // pack.yaml lists file names; a compiled pack.json lists `{ src, id, title… }`.
      const entry = u as { file?: unknown; src?: unknown } | null;
      const file = typeof u === 'string' ? u : (entry?.src ?? entry?.file);
      if (typeof file !== 'string' || file === '') throw new ManifestError(`part ${i + 1} lists a unit without a file name`);
      return { file };
    });
    return { number: text(`part ${i + 1} number`, p.number)!, title: text(`part ${i + 1} title`, p.title)!, units };
  });
  return {
    id,
    title: text('title', d.title)!,
    lang: text('lang', d.lang, false) ?? 'en',
    ...(typeof d.description === 'string' && { description: d.description }),
    parts,
  };
}
