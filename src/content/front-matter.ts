/** The YAML block at the top of a unit (SPEC §1), read into `UnitMeta`. */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { Reporter } from './diagnostics.js';
import { MAX_FRONT_MATTER_CHARS } from './limits.js';
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

const KNOWN_FIELDS = ['id', 'number', 'title', 'lang', 'summary', 'duration', 'objectives', 'translation'];
const EXAMPLES: Record<string, string> = {
  id: 'id: joint-practice-development',
  number: 'number: "4.2"',
  title: 'title: "Joint practice development"',
};
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** A top-level `key: value` line of the YAML, so errors can point at it. */
interface FieldLine {
  line: number;
  /** The value as the author wrote it on that line, comment removed and shortened for messages. */
  value: string;
}

/** Longest stretch of the author's own text a message quotes. */
const QUOTED_CHARS = 60;

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
  if (yaml.length > MAX_FRONT_MATTER_CHARS) {
    reporter.atPosition('LP002', { line: yamlLine, column: 1 },
      `the front matter is longer than ${MAX_FRONT_MATTER_CHARS.toLocaleString('en')} characters; keep it to the unit's fields and put the text in the body`);
    return undefined;
  }
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
    else if (pattern && !pattern.test.test(value)) problem = `"${key}" ${pattern.rule}${as(fields.get(key))}`;
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
    fail('lang', `"lang" must be a language tag such as en or cy${as(fields.get('lang'))}`);
    usable = false;
  }
  const meta: UnitMeta = { id, number, title, lang: lang as string };
  readOptional(data, meta, fields, fail);
  return usable ? meta : undefined;
}

/** Optional fields: a bad one is reported and left out; the unit still renders. */
function readOptional(data: Record<string, unknown>, meta: UnitMeta, fields: Map<string, FieldLine>, fail: (key: string, message: string) => void) {
  const { summary, duration, objectives, translation } = data;
  if (typeof summary === 'string') meta.summary = summary;
  else if (summary != null) fail('summary', '"summary" must be text: one or two sentences');
  if (typeof duration === 'number' && Number.isFinite(duration) && duration > 0) meta.duration = duration;
  else if (duration != null) fail('duration', `"duration" must be a positive number of minutes, like duration: 40${as(fields.get('duration'))}`);
  if (Array.isArray(objectives) && objectives.every((o) => typeof o === 'string' && o.trim())) meta.objectives = objectives;
  else if (objectives != null) fail('objectives', '"objectives" must be a list of text items, each on its own line starting with "- "');
  const read = readTranslation(translation);
  if (read) meta.translation = read;
  else if (translation != null) fail('translation', TRANSLATION_SHAPE);
}

const TRANSLATION_SHAPE =
  '"translation" must be fields on their own indented lines: "of:" the unit file it translates (like 4.2-joint-practice-development.md), "status:" how far it has got (like awaiting-review), and optionally "note:"';

/** The `translation` field of a language variant, or undefined when it is not of that shape. */
function readTranslation(value: unknown): UnitMeta['translation'] | undefined {
  if (!isRecord(value)) return undefined;
  const { of, status, note, ...rest } = value;
  const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
  if (Object.keys(rest).length || !text(of) || !/\.md$/i.test(of) || !text(status) || (note != null && !text(note))) return undefined;
  return { of, status, ...(text(note) && { note }) };
}

function quoteHint(key: string, value: unknown, field: FieldLine | undefined): string {
  const kind = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a set of fields' : typeof value;
  const why = key === 'number'
    ? 'unquoted, YAML reads it as a number, so 4.10 would become 4.1'
    : `unquoted, YAML reads it as ${kind}`;
  if (!field?.value) return `"${key}" must be text in quotes, like ${EXAMPLES[key]} (${why})`;
  return `"${key}" must be text in quotes: ${key}: "${field.value}" (${why})`;
}

/**
 * `, not "…"` with the author's own text from the field's line, or nothing.
 * Never the parsed value: YAML can make that far larger than the source.
 */
function as(field: FieldLine | undefined): string {
  const text = field?.value.replace(/^(["'])(.*)\1$/, '$2');
  return text ? `, not "${text}"` : '';
}

function shorten(text: string): string {
  return text.length > QUOTED_CHARS ? `${text.slice(0, QUOTED_CHARS - 1)}…` : text;
}

/** Anchors (`&name`) and aliases (`*name`) are refused: a few lines of them expand beyond any memory. */
class AnchorRefused extends Error {
  override name = 'AnchorRefused';
  constructor(readonly position: number) {
    super('anchor');
  }
}

function parseYaml(yaml: string, yamlLine: number, reporter: Reporter): unknown {
  try {
    // CORE_SCHEMA: dates and other YAML extras stay plain text.
    return load(yaml, {
      schema: CORE_SCHEMA,
      // js-yaml has no option to turn anchors off; a node that closes with one is refused before any alias can use it.
      listener(event, state) {
        const { anchor } = state as typeof state & { anchor?: string | null };
        if (event === 'close' && typeof anchor === 'string') throw new AnchorRefused(yaml.lastIndexOf(`&${anchor}`, state.position));
      },
    }) ?? {};
  } catch (error) {
    if (error instanceof AnchorRefused) {
      const before = yaml.slice(0, Math.max(0, error.position));
      const index = before.split('\n').length - 1;
      const line = yaml.split('\n')[index] ?? '';
      reporter.atPosition('LP002', { line: yamlLine + index, column: before.length - before.lastIndexOf('\n') },
        `the front matter uses a YAML anchor or alias (& or *), which units do not allow: write each value out in full ("${shorten(line.trim())}")`);
      return undefined;
    }
    if (!(error instanceof YAMLException)) throw error;
    const lines = yaml.split('\n');
    const index = Math.min(error.mark?.line ?? 0, lines.length - 1);
    const message = `invalid YAML in the front matter: ${shorten(error.reason)}${colonHint(lines[index]!)}`;
    reporter.atPosition('LP002', { line: yamlLine + index, column: (error.mark?.column ?? 0) + 1 }, message);
    return undefined;
  }
}

/** The usual cause: an unquoted value with `: ` in it, like a title with a colon. */
function colonHint(line: string): string {
  const match = /^([\w-]+):[ \t]+([^"'\s].*:[ \t].*)$/.exec(line);
  return match ? ` (a value containing ": " must be in quotes: ${match[1]}: "${shorten(match[2]!.trim())}")` : '';
}

/** Finds the file line of each top-level `key:`; YAML itself keeps no positions. */
function scanFieldLines(yaml: string, yamlLine: number): Map<string, FieldLine> {
  const fields = new Map<string, FieldLine>();
  yaml.split('\n').forEach((text, index) => {
    const match = /^(["']?)([A-Za-z_][\w-]*)\1[ \t]*:(?:[ \t]+(.*))?$/.exec(text);
    if (!match || fields.has(match[2]!)) return;
    fields.set(match[2]!, { line: yamlLine + index, value: shorten(withoutComment(match[3] ?? '')) });
  });
  return fields;
}

/**
 * A value without its trailing `# comment`. A comment starts at a `#` after
 * a space or tab; found by a plain search, since a regular expression with
 * `\s+#` backtracks quadratically over a long run of spaces.
 */
function withoutComment(value: string): string {
  let hash = value.startsWith('#') ? 0 : -1;
  for (let at = value.indexOf('#', 1); hash === -1 && at !== -1; at = value.indexOf('#', at + 1)) {
    if (value[at - 1] === ' ' || value[at - 1] === '\t') hash = at;
  }
  return (hash === -1 ? value : value.slice(0, hash)).trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
