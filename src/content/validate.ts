/**
 * Checks a compiled unit (a `.json` file) against the model before anything
 * renders it: kinds, ids, required fields. Small and free of marked and
 * js-yaml, so pages of compiled units never load the compiler.
 */
import type { Unit } from './model.js';

// The compiler's limits (limits.ts), repeated rather than imported: a module
// shared with the compiler chunk would split the bundle into one more file.
const MAX_HEADINGS = 2_000;
const MAX_ACTIVITIES = 500;

export type Validation = { ok: true; unit: Unit } | { ok: false; problems: string[] };

/** Ids become parts of `pack/unit/activity/item` keys. */
const KEY_PART = /^[^\s/]+$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** Enough to see what is wrong without flooding the error box. */
const MAX_PROBLEMS = 10;

type Check = (value: unknown, path: string) => void;

export function validateUnit(value: unknown): Validation {
  const problems: string[] = [];
  const fail = (path: string, rule: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(`${path}: ${rule}`);
  };
  const object = (value: unknown, path: string): Record<string, unknown> | undefined => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    fail(path, 'must be an object');
    return undefined;
  };
  const text = (pattern?: RegExp, rule = 'must be text'): Check => (v, path) => {
    if (typeof v !== 'string' || (pattern && !pattern.test(v))) fail(path, rule);
  };
  const nonEmpty = text(/\S/, 'must be text that is not empty');
  const key = text(KEY_PART, 'must be an id with no "/" or spaces');
  const bool: Check = (v, path) => typeof v !== 'boolean' && fail(path, 'must be true or false');
  const whole: Check = (v, path) => !(Number.isInteger(v) && (v as number) > 0) && fail(path, 'must be a positive whole number');
  const fields = (record: Record<string, unknown>, path: string, required: Record<string, Check>, optional: Record<string, Check> = {}) => {
    for (const [name, check] of Object.entries(required)) {
      if (record[name] === undefined) fail(`${path}.${name}`, 'is missing');
      else check(record[name], `${path}.${name}`);
    }
    for (const [name, check] of Object.entries(optional)) if (record[name] !== undefined) check(record[name], `${path}.${name}`);
  };
  const list = (max: number, each: Check, unique?: (item: unknown) => unknown): Check => (v, path) => {
    if (!Array.isArray(v)) return fail(path, 'must be a list');
    if (v.length > max) return fail(path, `must hold at most ${max} items`);
    const seen = new Set<unknown>();
    v.forEach((item, i) => {
      each(item, `${path}[${i}]`);
      const id = unique?.(item);
      if (id === undefined) return;
      if (seen.has(id)) fail(`${path}[${i}].id`, `"${String(id)}" is used twice`);
      seen.add(id);
    });
  };
  const idOf = (item: unknown) => (typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined);
  const item = (extra: Record<string, Check> = {}): Check => (v, path) => {
    const record = object(v, path);
    if (record) fields(record, path, { id: key, html: text(), text: text(), ...extra });
  };
  const activity = { id: key, required: bool, line: whole };
  const scaleCheck: Check = (v, path) => {
    if (Array.isArray(v) && v.length < 2) fail(path, 'must have at least two levels');
    else list(100, nonEmpty)(v, path);
  };
  const activityOptional = { title: text(), section: text() };
  const blockChecks: Record<string, [Record<string, Check>, Record<string, Check>?]> = {
    html: [{ html: text() }],
    error: [{ code: nonEmpty, message: text(), line: whole, column: whole }],
    reflection: [
      { ...activity, introHtml: text(), prompts: list(MAX_ACTIVITIES, item(), idOf) },
      activityOptional,
    ],
    checklist: [
      { ...activity, introHtml: text(), notes: bool, rows: list(10_000, item(), idOf) },
      { ...activityOptional, scale: scaleCheck },
    ],
    quiz: [
      { ...activity, stemHtml: text(), multiple: bool, options: list(1_000, item({ correct: bool }), idOf) },
      { ...activityOptional, feedbackHtml: text() },
    ],
  };
  const block: Check = (v, path) => {
    const record = object(v, path);
    if (!record) return;
    // Own keys only: a type such as "toString" names no kind of block.
    const checks = typeof record['type'] === 'string' && Object.hasOwn(blockChecks, record['type']) ? blockChecks[record['type']] : undefined;
    if (!checks) return fail(`${path}.type`, `must be one of ${Object.keys(blockChecks).join(', ')}`);
    fields(record, path, checks[0], checks[1]);
  };
  const activityId = (v: unknown) => {
    const type = (v as { type?: unknown } | null)?.type;
    return type === 'reflection' || type === 'checklist' || type === 'quiz' ? idOf(v) : undefined;
  };

  const unit = object(value, 'unit');
  if (unit) {
    const meta = object(unit['meta'], 'meta');
    if (meta) {
      fields(meta, 'meta', {
        id: text(SLUG, 'must be lowercase letters, digits and single hyphens'),
        number: nonEmpty,
        title: nonEmpty,
        lang: text(LANGUAGE_TAG, 'must be a language tag such as en or cy'),
      }, {
        summary: text(),
        duration: (v, path) => !(Number.isFinite(v) && (v as number) > 0) && fail(path, 'must be a positive number of minutes'),
        objectives: list(100, text()),
        translation: (v, path) => {
          const t = object(v, path);
          if (t) fields(t, path, { of: nonEmpty, status: nonEmpty }, { note: text() });
        },
      });
    }
    list(MAX_HEADINGS, (v, path) => {
      const heading = object(v, path);
      if (heading) fields(heading, path, { id: nonEmpty, text: text(), depth: (d, p) => !(Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 6) && fail(p, 'must be 1 to 6') });
    })(unit['headings'], 'headings');
    list(100_000, block, activityId)(unit['blocks'], 'blocks');
  }
  return problems.length ? { ok: false, problems } : { ok: true, unit: value as Unit };
}
