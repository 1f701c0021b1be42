/**
 * Response keys: `pack/unit/activity[/item]` (SPEC §2, §5). Built and read
 * here only, from validated parts, so every caller agrees on the shape and no
 * part can shift another: a part is never empty and never holds a `/`.
 */
export interface KeyParts {
  pack: string;
  unit: string;
  activity: string;
  item?: string;
}

/** A key could not be built: the message names the part at fault. */
export class KeyError extends Error {
  override name = 'KeyError';
}

const MAX_PART = 200;

/** True for a usable key part: a non-empty string without `/`, control characters or surrounding spaces. */
export function isKeyPart(part: unknown): part is string {
  return (
    typeof part === 'string' &&
    part !== '' &&
    part.length <= MAX_PART &&
    part.trim() === part &&
    // eslint-disable-next-line no-control-regex
    !/[/\u0000-\u001f\u007f]/.test(part)
  );
}

/** The key for a response; throws KeyError when a part is missing, empty or holds a `/`. */
export function responseKey({ pack, unit, activity, item }: KeyParts): string {
  const parts: [string, unknown][] = [
    ['pack', pack],
    ['unit', unit],
    ['activity', activity],
  ];
  if (item !== undefined) parts.push(['item', item]);
  for (const [name, value] of parts) {
    if (!isKeyPart(value)) throw new KeyError(`The ${name} id ${JSON.stringify(value)} cannot be part of a response key: it must be non-empty, without "/".`);
  }
  return parts.map(([, v]) => v).join('/');
}

/** Splits a key back into its parts; undefined unless it has three or four valid parts. */
export function parseKey(key: unknown): KeyParts | undefined {
  if (typeof key !== 'string') return undefined;
  const parts = key.split('/');
  if (parts.length < 3 || parts.length > 4 || !parts.every(isKeyPart)) return undefined;
  const [pack, unit, activity, item] = parts as [string, string, string, string?];
  return item === undefined ? { pack, unit, activity } : { pack, unit, activity, item };
}

/**
 * The pack of a unit whose page gives none: derived from where the unit comes
 * from (its `src` resolved against the page, or the page itself for an inline
 * unit), so two courses on one site never share answers by accident. The
 * folder of the unit names the pack: `https://vle.example/courses/a/4.2.md`
 * → `vle.example:courses:a`.
 */
export function packFromSource(source: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(source, base);
  } catch {
    return 'site';
  }
  const folders = url.pathname.split('/').slice(0, -1).filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const pack = [url.host || url.protocol.replace(/:$/, ''), ...folders]
    .join(':')
    .replace(/[/\u0000-\u001f\u007f\s]+/g, '-')
    .slice(-MAX_PART);
  return isKeyPart(pack) ? pack : 'site';
}
