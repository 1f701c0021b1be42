/**
 * Import of a JSON backup (SPEC §5). The whole file is checked before
 * anything is written; the first problem found is reported with a code and
 * where it is, for the element to put into words. A valid file merges: an
 * answer is added when the store has none, updated when the file's is newer,
 * and kept otherwise.
 */
import { EXPORT_FORMAT, EXPORT_VERSION } from './export.js';
import { parseKey } from './keys.js';
import { isChoices, isScale, makeRecord, MAX_LABEL_CHARS, type Choice, type ResponseRecord, type ResponseStore } from './responses.js';

/** Larger than any honest backup (10,000 long answers), small enough to parse at once. */
export const MAX_IMPORT_CHARS = 50_000_000;
export const MAX_RESPONSES = 50_000;
/** About 40,000 words. */
export const MAX_VALUE_CHARS = 250_000;
export { MAX_LABEL_CHARS };

export type ImportProblemCode =
  | 'too-large'
  | 'not-json'
  | 'duplicate-property'
  | 'not-an-object'
  | 'unknown-property'
  | 'wrong-format'
  | 'newer-version'
  | 'wrong-version'
  | 'no-responses'
  | 'too-many'
  | 'bad-entry'
  | 'bad-key'
  | 'bad-value'
  | 'value-too-long'
  | 'bad-date'
  | 'bad-label'
  | 'duplicate-key';

export interface ImportProblem {
  code: ImportProblemCode;
  /** 1-based position of the entry at fault in `responses`, when it is one. */
  entry?: number;
  /** The property at fault, when there is one. */
  property?: string;
}

export type ParsedImport = { ok: true; records: ResponseRecord[] } | { ok: false; problem: ImportProblem };

const TOP = new Set(['format', 'version', 'exportedAt', 'responses']);
const ENTRY = new Set(['key', 'value', 'updatedAt', 'title', 'prompt', 'order', 'scale', 'choices']);
/** More levels than any rating scale has. */
export const MAX_SCALE_LEVELS = 20;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

const isDate = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && Number.isFinite(Date.parse(v));

/**
 * The first property name repeated within one JSON object, if any: JSON.parse
 * silently keeps the last, which would hide what the file really says.
 * Expects text JSON.parse has accepted.
 */
export function duplicateProperty(text: string): string | undefined {
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      let raw = '';
      while (text[j] !== '"') {
        if (text[j] === '\\') {
          raw += text.slice(j, j + 2);
          j += 2;
        } else raw += text[j++];
      }
      const top = stack.at(-1);
      if (top && expectKey) {
        const name = JSON.parse(`"${raw}"`) as string;
        if (top.has(name)) return name;
        top.add(name);
        expectKey = false;
      }
      i = j;
    } else if (c === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      stack.push(null);
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      expectKey = stack.at(-1) instanceof Set;
    }
  }
  return undefined;
}

/** Checks a backup file's text in full; never throws. */
export function parseImport(text: string): ParsedImport {
  const fail = (code: ImportProblemCode, entry?: number, property?: string): ParsedImport => ({ ok: false, problem: { code, entry, property } });
  if (text.length > MAX_IMPORT_CHARS) return fail('too-large');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  const dup = duplicateProperty(text);
  if (dup !== undefined) return fail('duplicate-property', undefined, dup);
  if (!isPlainObject(data)) return fail('not-an-object');
  if (data.format !== EXPORT_FORMAT) return fail('wrong-format');
  if (typeof data.version === 'number' && Number.isInteger(data.version) && data.version > EXPORT_VERSION) return fail('newer-version');
  if (data.version !== EXPORT_VERSION) return fail('wrong-version');
  for (const name of Object.keys(data)) if (!TOP.has(name)) return fail('unknown-property', undefined, name);
  if (data.exportedAt !== undefined && !isDate(data.exportedAt)) return fail('bad-date', undefined, 'exportedAt');
  if (!Array.isArray(data.responses)) return fail('no-responses');
  if (data.responses.length > MAX_RESPONSES) return fail('too-many');
  const records: ResponseRecord[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < data.responses.length; i++) {
    const n = i + 1;
    const e: unknown = data.responses[i];
    if (!isPlainObject(e)) return fail('bad-entry', n);
    for (const name of Object.keys(e)) if (!ENTRY.has(name)) return fail('unknown-property', n, name);
    if (typeof e.key !== 'string' || !parseKey(e.key)) return fail('bad-key', n, 'key');
    if (seen.has(e.key)) return fail('duplicate-key', n, 'key');
    seen.add(e.key);
    if (typeof e.value !== 'string') return fail('bad-value', n, 'value');
    if (e.value.length > MAX_VALUE_CHARS) return fail('value-too-long', n, 'value');
    if (!isDate(e.updatedAt)) return fail('bad-date', n, 'updatedAt');
    for (const name of ['title', 'prompt'] as const) {
      const v = e[name];
      if (v !== undefined && (typeof v !== 'string' || v.length > MAX_LABEL_CHARS)) return fail('bad-label', n, name);
    }
    if (e.order !== undefined && !(typeof e.order === 'number' && Number.isInteger(e.order) && e.order >= 0)) return fail('bad-label', n, 'order');
    if (e.scale !== undefined && !(isScale(e.scale) && e.scale.length <= MAX_SCALE_LEVELS && e.scale.every((l) => l.length <= MAX_LABEL_CHARS))) {
      return fail('bad-label', n, 'scale');
    }
    if (e.choices !== undefined && !(isChoices(e.choices) && e.choices.every((c) => c.value.length <= MAX_LABEL_CHARS && c.label.length <= MAX_LABEL_CHARS))) {
      return fail('bad-label', n, 'choices');
    }
    const meta = {
      title: e.title as string | undefined,
      prompt: e.prompt as string | undefined,
      order: e.order as number | undefined,
      scale: e.scale as string[] | undefined,
      choices: e.choices as Choice[] | undefined,
    };
    records.push(makeRecord(e.key, e.value, meta, e.updatedAt));
  }
  return { ok: true, records };
}

export interface MergeCounts {
  added: number;
  updated: number;
  kept: number;
}

/** Merges checked records into a store, newer `updatedAt` winning; one write for all. */
export async function mergeResponses(records: ResponseRecord[], store: ResponseStore): Promise<MergeCounts & { written: ResponseRecord[] }> {
  const existing = new Map((await store.list()).map((r) => [r.key, r]));
  const counts = { added: 0, updated: 0, kept: 0 };
  const written: ResponseRecord[] = [];
  for (const r of records) {
    const old = existing.get(r.key);
    if (!old) counts.added++;
    else if (Date.parse(r.updatedAt) > Date.parse(old.updatedAt)) counts.updated++;
    else {
      counts.kept++;
      continue;
    }
    written.push(r);
  }
  await store.putMany(written);
  return { ...counts, written };
}
