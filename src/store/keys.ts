/**
 * Response keys: `pack/unit/activity[/item]` (SPEC §2, §5). Built and read
 * here only, so every caller agrees on the shape.
 */
export interface KeyParts {
  pack: string;
  unit: string;
  activity: string;
  item?: string;
}

export function responseKey({ pack, unit, activity, item }: KeyParts): string {
  return [pack, unit, activity, item].filter((p) => p !== undefined && p !== '').join('/');
}

/** Splits a key back into its parts; undefined when it has fewer than three. */
export function parseKey(key: string): KeyParts | undefined {
  const [pack, unit, activity, ...rest] = key.split('/');
  if (!pack || !unit || !activity) return undefined;
  return rest.length ? { pack, unit, activity, item: rest.join('/') } : { pack, unit, activity };
}
