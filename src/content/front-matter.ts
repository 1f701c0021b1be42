/** The YAML block at the top of a unit (SPEC §1), read into `UnitMeta`. */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { Reporter } from './diagnostics.js';
import type { UnitMeta } from './model.js';

export type FrontMatterSplit =
  | { kind: 'missing' }
  | { kind: 'unclosed' }
  /** `yamlLine` is the file line of the YAML's first line; `bodyOffset` where the Markdown starts. */
  | { kind: 'found'; yaml: string; yamlLine: number; bodyOffset: number };

const OPENING = /^---[ \t]*(?:\n|$)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\n|$)/m;

/** Finds the `---` … `---` block in normalised text. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const open = OPENING.exec(text);
  if (!open) return { kind: 'missing' };
  const start = open[0].length;
  const close = CLOSING.exec(text.slice(start));
  if (!close) return { kind: 'unclosed' };
  return {
    kind: 'found',
    yaml: text.slice(start, start + close.index),
    yamlLine: 2,
    bodyOffset: start + close.index + close[0].length,
  };
}

const KNOWN_FIELDS = ['id', 'number', 'title', 'lang', 'summary', 'duration', 'objectives'];
const EXAMPLES: Record<string, string> = {
  id: 'id: joint-practice-development',
  number: 'number: "4.2"',
  title: 'title: Joint practice development',
};
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** A top-level `key: value` line of the YAML, so errors can point at it. */
interface FieldLine {
  line: number;
  value: string;
}

/**
 * Reads and checks the fields. Returns undefined when the unit cannot be
 * rendered (YAML error, or a required field missing or invalid); an invalid
 * optional field is reported and left out.
 *
 * `number` must be YAML text: an unquoted 4.2 is a YAML number, and 4.10
 * would silently become 4.1, so it is an error asking the author to quote it
 * rather than something the compiler guesses at.
 */
export function readFrontMatter(yaml: string, yamlLine: number, reporter: Reporter): UnitMeta | undefined {
  const data = parseYaml(yaml, yamlLine, reporter);
  if (data === undefined) return undefined;
  const fields = scanFieldLines(yaml, yamlLine);
  const fail = (key: string, message: string) =>
    reporter.atPosition('LP002', { line: fields.get(key)?.line ?? 1, column: 1 }, message);
  if (!isRecord(data)) {
    fail('', 'the front matter must be fields such as id: …, title: …, one per line');
    return undefined;
  }
  for (const key of Object.keys(data)) {
    if (KNOWN_FIELDS.includes(key)) continue;
    reporter.atPosition('LP005', { line: fields.get(key)?.line ?? 1, column: 1 },
      `unknown front matter field "${key}" is ignored (known fields: ${KNOWN_FIELDS.join(', ')})`);
  }
  return checkFields(data, fields, fail);
}

function checkFields(
  data: Record<string, unknown>,
  fields: Map<string, FieldLine>,
  fail: (key: string, message: string) => void,
): UnitMeta | undefined {
  let usable = true;
  const requiredText = (key: string, pattern?: { test: RegExp; rule: string }): string => {
    const value = data[key];
    let problem: string | undefined;
    if (value === undefined || value === null) problem = `the front matter has no "${key}" field; add one, e.g. ${EXAMPLES[key]}`;
    else if (typeof value !== 'string') problem = quoteHint(key, value, fields.get(key));
    else if (!value.trim()) problem = `"${key}" must not be empty`;
    else if (pattern && !pattern.test.test(value)) problem = `"${key}" ${pattern.rule}, not "${value}"`;
    if (problem === undefined) return value as string;
    fail(key, problem);
    usable = false;
    return '';
  };
  const id = requiredText('id', { test: SLUG, rule: 'must be lowercase letters, digits and single hyphens, like joint-practice-development' });
  const number = requiredText('number');
  const title = requiredText('title');
  const lang = data['lang'] ?? 'en';
  if (typeof lang !== 'string' || !LANGUAGE_TAG.test(lang)) {
    fail('lang', `"lang" must be a language tag such as en or cy, not ${JSON.stringify(lang)}`);
    usable = false;
  }
  const meta: UnitMeta = { id, number, title, lang: lang as string };
  readOptional(data, meta, fail);
  return usable ? meta : undefined;
}

/** Optional fields: a bad one is reported and left out; the unit still renders. */
function readOptional(data: Record<string, unknown>, meta: UnitMeta, fail: (key: string, message: string) => void) {
  const { summary, duration, objectives } = data;
  if (typeof summary === 'string') meta.summary = summary;
  else if (summary != null) fail('summary', '"summary" must be text: one or two sentences');
  if (typeof duration === 'number' && Number.isFinite(duration) && duration > 0) meta.duration = duration;
  else if (duration != null) fail('duration', `"duration" must be a positive number of minutes, like duration: 40, not ${JSON.stringify(duration)}`);
  if (Array.isArray(objectives) && objectives.every((o) => typeof o === 'string' && o.trim())) meta.objectives = objectives;
  else if (objectives != null) fail('objectives', '"objectives" must be a list of text items, each on its own line starting with "- "');
}

function quoteHint(key: string, value: unknown, field: FieldLine | undefined): string {
  const shown = field?.value || String(value);
  const why = key === 'number'
    ? 'unquoted, YAML reads it as a number, so 4.10 would become 4.1'
    : `unquoted, YAML reads it as ${Array.isArray(value) ? 'a list' : typeof value}`;
  return `"${key}" must be text in quotes: ${key}: "${shown}" (${why})`;
}

function parseYaml(yaml: string, yamlLine: number, reporter: Reporter): unknown {
  try {
    // CORE_SCHEMA: dates and other YAML extras stay plain text.
    return load(yaml, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const lines = yaml.split('\n');
    const index = Math.min(error.mark?.line ?? 0, lines.length - 1);
    const message = `invalid YAML in the front matter: ${error.reason}${colonHint(lines[index]!)}`;
    reporter.atPosition('LP002', { line: yamlLine + index, column: (error.mark?.column ?? 0) + 1 }, message);
    return undefined;
  }
}

/** The usual cause: an unquoted value with `: ` in it, like a title with a colon. */
function colonHint(line: string): string {
  const match = /^([\w-]+):[ \t]+([^"'\s].*:[ \t].*)$/.exec(line);
  return match ? ` (a value containing ": " must be in quotes: ${match[1]}: "${match[2]!.trim()}")` : '';
}

/** Finds the file line of each top-level `key:`; YAML itself keeps no positions. */
function scanFieldLines(yaml: string, yamlLine: number): Map<string, FieldLine> {
  const fields = new Map<string, FieldLine>();
  yaml.split('\n').forEach((text, index) => {
    const match = /^(["']?)([A-Za-z_][\w-]*)\1[ \t]*:(?:[ \t]+(.*))?$/.exec(text);
    if (!match || fields.has(match[2]!)) return;
    const value = (match[3] ?? '').replace(/\s+#.*$/, '').trim();
    fields.set(match[2]!, { line: yamlLine + index, value });
  });
  return fields;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
