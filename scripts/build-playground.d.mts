/** Builds the playground into `site` (default dist/site); resolves to 0, or 1 when a file is over its budget. */
export function buildPlayground(site?: string): Promise<number>;
