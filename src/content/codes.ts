/**
 * Every diagnostic code the compiler reports (SPEC §3), in one place so the
 * docs, `learning-pack check` and the tests agree on what each one means.
 */
export const CODES = {
  LP000: { severity: 'error', summary: 'internal error: the compiler failed unexpectedly' },
  LP001: { severity: 'error', summary: 'missing front matter: the file does not start with a --- block' },
  LP002: { severity: 'error', summary: 'invalid front matter: YAML syntax, or a missing or invalid field' },
  LP003: { severity: 'error', summary: 'unknown directive' },
  LP004: { severity: 'error', summary: 'unclosed directive: a ::: block has no closing ::: line' },
  LP005: { severity: 'warning', summary: 'unknown front matter field (ignored)' },
  LP006: { severity: 'warning', summary: 'closing ::: line without an open directive (ignored)' },
  LP007: { severity: 'warning', summary: 'unknown directive attribute (ignored)' },
  LP008: { severity: 'error', summary: 'activity inside a list, quote or callout; activities must be at the top level' },
  LP010: { severity: 'error', summary: 'activity without #id' },
  LP011: { severity: 'error', summary: 'prompt outside a reflection, or invalid directive attribute' },
  LP012: { severity: 'error', summary: 'activity id defined twice in the unit' },
  LP013: { severity: 'error', summary: 'prompt id defined twice in one activity' },
  LP014: { severity: 'error', summary: 'prompt without #id' },
  LP016: { severity: 'error', summary: 'checklist without a bullet list of rows, or quiz without a task list of options' },
  LP017: { severity: 'error', summary: 'checklist scale with fewer than two levels' },
  LP018: { severity: 'error', summary: 'quiz with no right answer' },
  LP019: { severity: 'warning', summary: "activity id does not start with the unit's number" },
  LP020: { severity: 'warning', summary: 'image without alt text' },
  LP021: { severity: 'warning', summary: 'long unit without ## headings' },
  LP015: { severity: 'error', summary: 'the unit goes past a limit: size, nesting depth, headings or activities' },
} as const satisfies Record<string, { severity: 'error' | 'warning'; summary: string }>;

export type Code = keyof typeof CODES;
