/**
 * A pack (SPEC §1): `pack.yaml` plus the unit files it lists → a typed pack
 * with its parts and ordered units, and every pack-level problem (SPEC §3)
 * at its exact place. Pure: the caller reads the folder and passes its file
 * list and texts in, so this runs in Node and in browsers alike.
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { compileUnit } from './compile.js';
import type { ActivityBlock, Block, CompileResult, Diagnostic, Unit } from './model.js';

/** The pack-level codes, after the compiler's own (see docs/cli.md). */
export const PACK_CODES = {
  LP050: { severity: 'error', summary: 'a folder of units has no pack.yaml' },
  LP051: { severity: 'error', summary: 'invalid pack.yaml: YAML syntax, or a missing or invalid field' },
  LP052: { severity: 'warning', summary: 'unknown pack.yaml field (ignored)' },
  LP053: { severity: 'error', summary: 'unit listed in pack.yaml but its file is missing' },
  LP054: { severity: 'warning', summary: 'unit file in the pack folder but not listed in pack.yaml' },
  LP055: { severity: 'error', summary: 'link or image to a local file that does not exist' },
  LP056: { severity: 'error', summary: 'the same unit id in two units of one pack' },
  LP057: { severity: 'error', summary: 'the same unit file listed twice in pack.yaml' },
  LP058: { severity: 'warning', summary: 'an activity or unit id changed since the last build: saved answers would be orphaned' },
  LP059: { severity: 'warning', summary: 'link or image to a local file outside the pack folder, which build does not copy' },
  LP060: { severity: 'error', summary: "a language variant of a unit (NAME.cy.md) whose id is not the unit's id" },
} as const satisfies Record<string, { severity: 'error' | 'warning'; summary: string }>;

export type PackCode = keyof typeof PACK_CODES;

/** The codes by name, so callers write `PACK.LP053`. */
export const PACK = Object.fromEntries(Object.keys(PACK_CODES).map((code) => [code, code])) as { [K in PackCode]: K };

/** One unit as the pack lists it, with what its front matter says. */
export interface PackUnit {
  /** Path of the Markdown file, relative to the pack folder, with `/`. */
  file: string;
  id: string;
  number: string;
  title: string;
  summary?: string;
  duration?: number;
}

export interface PackPart {
  number: string;
  title: string;
  /** In the order pack.yaml lists them; a unit that cannot be compiled is left out (and reported). */
  units: PackUnit[];
}

export interface Pack {
  id: string;
  title: string;
  lang: string;
  description?: string;
  parts: PackPart[];
}

/** The `parts[].units[]` entry of pack.yaml as written, before the units are read. */
export interface ManifestPart {
  number: string;
  title: string;
  units: { file: string; line: number; column: number }[];
}

export interface Manifest {
  id: string;
  title: string;
  lang: string;
  description?: string;
  parts: ManifestPart[];
}

/** What `build` records of each unit, so the next `check` can tell when an id changed. */
export interface LastBuild {
  format: 'learning-pack/last-build';
  version: 1;
  units: Record<string, { id: string; activities: RecordedActivity[] }>;
}

/** An activity as built: its id, its line, and its prompts' ids when it has prompts. */
export interface RecordedActivity {
  id: string;
  line: number;
  prompts?: string[];
}

/** A pack folder as the caller found it. */
export interface PackSource {
  /** The folder as the author names it (e.g. `modules/mep-leadership`); prefixes every file in a diagnostic. */
  dir: string;
  /** The text of pack.yaml; undefined when there is none. */
  manifest: string | undefined;
  /** Every file in the folder, relative to it, with `/`. */
  files: readonly string[];
  /** The text of a unit file listed in `files`. */
  read(file: string): string;
  lastBuild?: LastBuild;
  /** Called before each unit is compiled, for a progress line. */
  onUnit?(file: string): void;
}

export interface UnitResult {
  file: string;
  source: string;
  result: CompileResult;
}

/** A language variant of a listed unit: `of` is the unit's file, `lang` the tag in the variant's name. */
export interface VariantResult extends UnitResult {
  of: string;
  lang: string;
}

export interface PackResult {
  /** Absent when pack.yaml is missing or unusable. */
  pack?: Pack;
  /** Every unit listed and found, compiled, in pack order. */
  units: UnitResult[];
  /** Every language variant (`NAME.cy.md` next to a listed `NAME.md`), compiled, by file name. */
  variants: VariantResult[];
  /** Every problem of the pack and of its units, sorted by file, line and column. */
  diagnostics: Diagnostic[];
}

const ACTIVITY_TYPES = new Set(['reflection', 'checklist', 'quiz']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const KNOWN_FIELDS = ['id', 'title', 'lang', 'description', 'parts'];
const PART_FIELDS = ['number', 'title', 'units'];

/** Reads, checks and compiles one pack folder. Never throws. */
export function checkPack(source: PackSource): PackResult {
  const diagnostics: Diagnostic[] = [];
  const fileLabel = (file: string) => (source.dir && source.dir !== '.' ? `${source.dir.replace(/\/+$/, '')}/${file}` : file);
  const units: UnitResult[] = [];
  const unitFiles = source.files.filter(isUnitFile);
  if (source.manifest === undefined) {
    const first = [...unitFiles].sort()[0];
    if (first) {
      diagnostics.push(at(fileLabel(first), 1, 1, PACK.LP050,
        'this unit is in a folder with no pack.yaml: add a pack.yaml beside it that lists it (see learning-pack new pack)'));
    }
    return { units, variants: [], diagnostics: sortDiagnostics(diagnostics) };
  }

  const manifestFile = fileLabel('pack.yaml');
  const read = readManifest(source.manifest, manifestFile, diagnostics);
  const manifest = read?.manifest;
  const available = new Set(source.files);
  const listed = new Map<string, { line: number; column: number }>();
  const seenIds = new Map<string, string>();
  const parts: PackPart[] = [];

  for (const part of manifest?.parts ?? []) {
    const packPart: PackPart = { number: part.number, title: part.title, units: [] };
    parts.push(packPart);
    for (const entry of part.units) {
      const first = listed.get(entry.file);
      if (first) {
        diagnostics.push(at(manifestFile, entry.line, entry.column, PACK.LP057,
          `"${entry.file}" is listed twice (first at ${first.line}:${first.column}); list each unit once`));
        continue;
      }
      listed.set(entry.file, entry);
      if (!available.has(entry.file)) {
        diagnostics.push(at(manifestFile, entry.line, entry.column, PACK.LP053,
          `unit "${entry.file}" is listed but there is no such file in ${source.dir || 'the pack folder'}${nearMiss(entry.file, unitFiles)}`));
        continue;
      }
      source.onUnit?.(entry.file);
      const text = source.read(entry.file);
      const result = compileUnit(text, fileLabel(entry.file));
      units.push({ file: entry.file, source: text, result });
      diagnostics.push(...result.diagnostics);
      diagnostics.push(...checkLinks(text, entry.file, available, fileLabel(entry.file)));
      const unit = result.unit;
      if (!unit) continue;
      const idLine = frontMatterLine(text, 'id');
      const other = seenIds.get(unit.meta.id);
      if (other) {
        diagnostics.push(at(fileLabel(entry.file), idLine, 1, PACK.LP056,
          `unit id "${unit.meta.id}" is already the id of ${other}; give each unit of the pack its own id`));
      } else {
        seenIds.set(unit.meta.id, `${fileLabel(entry.file)}:${frontMatterLine(source.read(entry.file), 'id')}:1`);
      }
      if (source.lastBuild) diagnostics.push(...compareWithLastBuild(entry.file, unit, text, source.lastBuild, fileLabel(entry.file)));
      packPart.units.push(packUnit(entry.file, unit));
    }
  }

  const variants: VariantResult[] = [];
  if (manifest) {
    for (const file of [...unitFiles].sort()) {
      if (listed.has(file)) continue;
      const variant = variantOf(file);
      if (variant && listed.has(variant.of) && available.has(variant.of)) {
        variants.push(checkVariant(file, variant));
        continue;
      }
      diagnostics.push(at(fileLabel(file), 1, 1, PACK.LP054,
        `this unit is not listed in pack.yaml, so learners will not see it: add "${file}" to a part's units, or move it out of the pack folder`));
    }
  }

  const pack: Pack | undefined = read?.usable && manifest ? {
    id: manifest.id,
    title: manifest.title,
    lang: manifest.lang,
    ...(manifest.description !== undefined && { description: manifest.description }),
    parts,
  } : undefined;
  return { ...(pack && { pack }), units, variants, diagnostics: sortDiagnostics(diagnostics) };

  /** A language variant is checked like its unit, and must keep the unit's id so a learner's answers are the same in either language. */
  function checkVariant(file: string, variant: { of: string; lang: string }): VariantResult {
    source.onUnit?.(file);
    const text = source.read(file);
    const result = compileUnit(text, fileLabel(file));
    diagnostics.push(...result.diagnostics);
    diagnostics.push(...checkLinks(text, file, available, fileLabel(file)));
    const own = units.find((u) => u.file === variant.of)?.result.unit;
    if (result.unit && own && result.unit.meta.id !== own.meta.id) {
      diagnostics.push(at(fileLabel(file), frontMatterLine(text, 'id'), 1, PACK.LP060,
        `this is the ${variant.lang} version of "${variant.of}", so its id must be the same as that unit's: id: ${own.meta.id}, not "${result.unit.meta.id}" (otherwise answers written in one language are not found in the other)`));
    }
    return { file, source: text, result, ...variant };
  }
}

/** `NAME.<lang>.md`, the language variant of the unit `NAME.md`; undefined for any other file name. */
export function variantOf(file: string): { of: string; lang: string } | undefined {
  const match = /^(.+)\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\.md$/i.exec(file);
  return match ? { of: `${match[1]}.md`, lang: match[2]! } : undefined;
}

/** The record `build` keeps of a pack's units, for the next `check`. */
export function lastBuildOf(units: readonly UnitResult[]): LastBuild {
  const record: LastBuild = { format: 'learning-pack/last-build', version: 1, units: {} };
  for (const { file, result } of units) {
    if (!result.unit) continue;
    record.units[file] = { id: result.unit.meta.id, activities: activitiesOf(result.unit) };
  }
  return record;
}

/** A last-build record read from disk, or undefined when it is not one. */
export function parseLastBuild(text: string): LastBuild | undefined {
  try {
    const data = JSON.parse(text) as LastBuild;
    return data?.format === 'learning-pack/last-build' && data.version === 1 && isRecord(data.units) ? data : undefined;
  } catch {
    return undefined;
  }
}

export function isUnitFile(file: string): boolean {
  return /\.md$/i.test(file) && !/(^|\/)readme\.md$/i.test(file);
}

// ---------------------------------------------------------------- pack.yaml

/** Reads pack.yaml alone: its fields, and where each unit entry is written. */
export function readPackManifest(text: string, file = 'pack.yaml'): { manifest?: Manifest; usable: boolean; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const read = readManifest(text, file, diagnostics);
  return { ...(read && { manifest: read.manifest }), usable: read?.usable ?? false, diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * Reads pack.yaml. `usable` is false when a field is missing or invalid; the
 * parts that could be read are still returned so their units get checked too.
 */
function readManifest(text: string, file: string, diagnostics: Diagnostic[]): { manifest: Manifest; usable: boolean } | undefined {
  let data: unknown;
  const positions = new YamlPositions();
  try {
    data = load(text, { schema: CORE_SCHEMA, listener: positions.listener }) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = (error.mark?.line ?? 0) + 1;
    const column = (error.mark?.column ?? 0) + 1;
    diagnostics.push(at(file, line, column, PACK.LP051, `invalid YAML in pack.yaml: ${error.reason}`));
    return undefined;
  }
  const where = (path: Path) => positions.find(text, path);
  const fail = (path: Path, message: string) => {
    const { line, column } = where(path);
    diagnostics.push(at(file, line, column, PACK.LP051, message));
  };
  if (!isRecord(data)) {
    fail([], 'pack.yaml must be fields such as id: …, title: …, parts: …, one per line');
    return undefined;
  }
  for (const key of Object.keys(data)) {
    if (KNOWN_FIELDS.includes(key)) continue;
    const { line, column } = positions.find(text, [key], 'key');
    diagnostics.push(at(file, line, column, PACK.LP052,
      `unknown field "${key}" in pack.yaml is ignored (known fields: ${KNOWN_FIELDS.join(', ')})`));
  }
  let usable = true;
  const textField = (path: Path, value: unknown, example: string, required = true): string | undefined => {
    const key = String(path[path.length - 1]);
    if (value === undefined || value === null) {
      if (required) {
        fail(path.slice(0, -1), `${path.length > 1 ? 'this part' : 'pack.yaml'} has no "${key}" field; add one, e.g. ${example}`);
        usable = false;
      }
      return undefined;
    }
    if (typeof value !== 'string') {
      fail(path, `"${key}" must be text in quotes, e.g. ${example} (unquoted, YAML reads it as ${Array.isArray(value) ? 'a list' : typeof value})`);
      usable = false;
      return undefined;
    }
    if (!value.trim()) {
      fail(path, `"${key}" must not be empty`);
      usable = false;
      return undefined;
    }
    return value;
  };
  const id = textField(['id'], data['id'], 'id: mep-leadership');
  if (id !== undefined && !SLUG.test(id)) {
    fail(['id'], `"id" must be lowercase letters, digits and single hyphens, like mep-leadership, not "${id}"`);
    usable = false;
  }
  const title = textField(['title'], data['title'], 'title: "Masters in Educational Practice: Leadership"');
  const lang = data['lang'] ?? 'en';
  if (typeof lang !== 'string' || !LANGUAGE_TAG.test(lang)) {
    fail(['lang'], `"lang" must be a language tag such as en or cy, not ${JSON.stringify(lang)}`);
    usable = false;
  }
  const description = textField(['description'], data['description'], 'description: One or two sentences.', false);
  const parts = readParts(data['parts'], fail, (path) => where(path), textField, () => (usable = false));
  if (!parts) usable = false;
  const manifest: Manifest = {
    id: id ?? '', title: title ?? '', lang: typeof lang === 'string' ? lang : 'en',
    ...(description !== undefined && { description }), parts: parts ?? [],
  };
  return { manifest, usable };
}

type Path = (string | number)[];

function readParts(
  value: unknown,
  fail: (path: Path, message: string) => void,
  where: (path: Path) => { line: number; column: number },
  text: (path: Path, value: unknown, example: string) => string | undefined,
  problem: () => void,
): ManifestPart[] | undefined {
  if (value === undefined || value === null) {
    fail([], 'pack.yaml has no "parts" field; add one: parts:, then "- number:", "title:" and "units:" for each part');
    return undefined;
  }
  if (!Array.isArray(value) || value.length === 0) {
    fail(['parts'], '"parts" must be a list of parts, each starting with "- number:"');
    return undefined;
  }
  const parts: ManifestPart[] = [];
  value.forEach((part: unknown, index) => {
    if (!isRecord(part)) {
      fail(['parts', index], 'each part must have number:, title: and units: fields');
      problem();
      return;
    }
    for (const key of Object.keys(part)) {
      if (!PART_FIELDS.includes(key)) {
        fail(['parts', index, key], `unknown field "${key}" in a part (a part has ${PART_FIELDS.join(', ')})`);
        problem();
      }
    }
    const number = text(['parts', index, 'number'], part['number'], 'number: "4"');
    const title = text(['parts', index, 'title'], part['title'], 'title: "Leadership for all"');
    const units = part['units'];
    if (!Array.isArray(units) || units.length === 0) {
      // Where there is no units: field, its place is the part's.
      fail(['parts', index, 'units'],
        'each part needs "units:", a list of its unit files, one per line starting with "- "');
      problem();
      return;
    }
    const entries: ManifestPart['units'] = [];
    units.forEach((unit: unknown, u) => {
      const path = ['parts', index, 'units', u];
      const problemText = unitPathProblem(unit);
      if (problemText) {
        fail(path, problemText);
        problem();
        return;
      }
      entries.push({ file: normalizePath(unit as string), ...where(path) });
    });
    parts.push({ number: number ?? '', title: title ?? '', units: entries });
  });
  return parts;
}

function unitPathProblem(unit: unknown): string | undefined {
  if (typeof unit !== 'string' || !unit.trim()) return 'each unit is the name of a .md file in the pack folder, like 4.2-joint-practice-development.md';
  if (!/\.md$/i.test(unit)) return `"${unit}" is not a Markdown file: list the unit's .md file`;
  if (/^\/|^[a-z]:|(^|\/)\.\.\/|\\/i.test(unit)) return `"${unit}" must be a path inside the pack folder, with / between folders`;
  return undefined;
}

/**
 * Where each node of a YAML document starts. js-yaml keeps no positions in
 * its result, but its `listener` reports every node it opens and closes, in
 * document order; rebuilding that tree gives each key and value its offset.
 */
class YamlPositions {
  private readonly root: YamlNode = { start: 0, children: [] };
  private readonly stack: YamlNode[] = [this.root];

  readonly listener = (event: 'open' | 'close', state: { position: number; kind: string | null }) => {
    if (event === 'open') {
      const node: YamlNode = { start: state.position, children: [] };
      this.stack[this.stack.length - 1]!.children.push(node);
      this.stack.push(node);
    } else if (this.stack.length > 1) {
      this.stack.pop()!.kind = state.kind ?? undefined;
    }
  };

  /** The line and column of the value at `path` (or of its key), else of the nearest parent found. */
  find(text: string, path: Path, want: 'key' | 'value' = 'value'): { line: number; column: number } {
    let node = unwrap(this.root.children[0]);
    let offset = node?.start ?? 0;
    for (let i = 0; node && i < path.length; i++) {
      const step = path[i]!;
      const children = node.children.map(unwrap).filter((n): n is YamlNode => !!n);
      let next: YamlNode | undefined;
      if (node.kind === 'mapping') {
        const keyIndex = children.findIndex((child, c) => c % 2 === 0 && scalarAt(text, child.start) === step);
        if (keyIndex === -1) break;
        if (want === 'key' && i === path.length - 1) return position(text, skipBlank(text, children[keyIndex]!.start));
        offset = children[keyIndex]!.start;
        next = children[keyIndex + 1];
      } else if (node.kind === 'sequence' && typeof step === 'number') {
        next = children[step];
      }
      if (!next) break;
      node = next;
      offset = node.start;
    }
    return position(text, skipBlank(text, offset));
  }
}

interface YamlNode {
  start: number;
  kind?: string;
  children: YamlNode[];
}

/** js-yaml opens some nodes twice at the same place (a block sequence entry, a flow mapping): keep the inner one. */
function unwrap(node: YamlNode | undefined): YamlNode | undefined {
  while (node && node.children.length === 1 && node.kind === node.children[0]!.kind && node.children[0]!.start === node.start) {
    node = node.children[0];
  }
  return node;
}

function skipBlank(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && /[ \t\n\r-]/.test(text[i]!)) {
    if (text[i] === '-' && !/[ \t\n]/.test(text[i + 1] ?? '\n')) break;
    i++;
  }
  return i < text.length ? i : offset;
}

/** The plain or quoted key that starts at `offset`. */
function scalarAt(text: string, offset: number): string {
  const start = skipBlank(text, offset);
  const match = /^(?:"([^"]*)"|'([^']*)'|([^:\s,{}[\]]+))/.exec(text.slice(start, start + 200));
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : '';
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

// ---------------------------------------------------------------- links

/**
 * Every relative link and image in a unit's Markdown (inline, reference
 * definitions, and `href`/`src` in raw HTML), outside code, with its place.
 */
export function localLinks(markdown: string): { url: string; line: number; column: number }[] {
  const found: { url: string; line: number; column: number }[] = [];
  const lines = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let fence: string | undefined;
  let inFrontMatter = lines[0]?.trim() === '---';
  lines.forEach((raw, index) => {
    if (inFrontMatter) {
      if (index > 0 && /^(---|\.\.\.)\s*$/.test(raw)) inFrontMatter = false;
      return;
    }
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length && !/\S/.test(raw.slice(fenceMatch[0].length))) fence = undefined;
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      return;
    }
    // Code spans become blanks of the same length, so columns stay right.
    const line = raw.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, (span) => ' '.repeat(span.length));
    const add = (url: string, column: number) => {
      if (isLocal(url)) found.push({ url, line: index + 1, column });
    };
    for (const m of line.matchAll(/\]\(\s*(?:<([^>\n]*)>|([^\s)]+))/g)) {
      const url = m[1] ?? m[2]!;
      add(url, m.index! + m[0].length - url.length - (m[1] !== undefined ? 1 : 0) + 1);
    }
    const definition = /^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*(?:<([^>\n]*)>|(\S+))/.exec(line);
    if (definition) {
      const url = definition[1] ?? definition[2]!;
      add(url, definition[0].length - url.length - (definition[1] !== undefined ? 1 : 0) + 1);
    }
    for (const m of line.matchAll(/<[a-z][^>]*?\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
      const url = m[1] ?? m[2]!;
      add(url, m.index! + m[0].length - url.length - 1 + 1);
    }
  });
  return found;
}

function isLocal(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[/#?]/.test(url);
}

function checkLinks(markdown: string, unitFile: string, available: ReadonlySet<string>, label: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const base = unitFile.slice(0, unitFile.lastIndexOf('/') + 1);
  for (const link of localLinks(markdown)) {
    let path = link.url.replace(/[?#].*/, '');
    try {
      path = decodeURI(path);
    } catch {
      // A malformed escape: check the text as written.
    }
    const target = normalizePath(base + path);
    if (target.startsWith('../')) {
      diagnostics.push(at(label, link.line, link.column, PACK.LP059,
        `"${link.url}" is outside the pack folder, so learning-pack build does not copy it: move the file into the pack folder`));
      continue;
    }
    const exists = available.has(target) || [...available].some((file) => file.startsWith(`${target.replace(/\/$/, '')}/`));
    if (!exists) {
      diagnostics.push(at(label, link.line, link.column, PACK.LP055,
        `"${link.url}" does not exist: links and images are relative to the unit's file; check the name and the folder`));
    }
  }
  return diagnostics;
}

/** `a/./b/../c` → `a/c`; a path that climbs out keeps its leading `../`. */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/') + (/\/$/.test(path) && out.length ? '/' : '');
}

// ---------------------------------------------------------------- ids

function activitiesOf(unit: Unit): RecordedActivity[] {
  return unit.blocks
    .filter((block: Block): block is ActivityBlock => ACTIVITY_TYPES.has(block.type))
    .map(({ id, line, ...block }) => {
      const prompts = block.type === 'reflection' ? block.prompts : [];
      return { id, line, ...(prompts.length && { prompts: prompts.map((p) => p.id) }) };
    });
}

function compareWithLastBuild(file: string, unit: Unit, markdown: string, last: LastBuild, label: string): Diagnostic[] {
  const idLine = frontMatterLine(markdown, 'id');
  const previous = last.units[file] ?? Object.values(last.units).find((u) => u.id === unit.meta.id);
  if (!previous) return [];
  const diagnostics: Diagnostic[] = [];
  const accept = 'change it back, or run learning-pack build to accept the change';
  if (previous.id !== unit.meta.id) {
    diagnostics.push(at(label, idLine, 1, PACK.LP058,
      `unit id "${unit.meta.id}" was "${previous.id}" in the last build: every answer saved under "${previous.id}" will be orphaned; ${accept}`));
  }
  const now = activitiesOf(unit);
  const nowIds = new Set(now.map((a) => a.id));
  const beforeIds = new Set(previous.activities.map((a) => a.id));
  const gone = previous.activities.filter((a) => !nowIds.has(a.id));
  const added = now.filter((a) => !beforeIds.has(a.id));
  gone.forEach((old, i) => {
    const renamed = added[i];
    if (renamed) {
      diagnostics.push(at(label, renamed.line, 1, PACK.LP058,
        `activity "${renamed.id}" was "${old.id}" in the last build: answers saved under "${old.id}" will be orphaned; ${accept}`));
    } else {
      diagnostics.push(at(label, Math.max(1, old.line), 1, PACK.LP058,
        `activity "${old.id}" (here in the last build) is gone: answers saved under it will be orphaned; ${accept}`));
    }
  });
  for (const activity of now) {
    const before = previous.activities.find((a) => a.id === activity.id)?.prompts ?? [];
    const prompts = activity.prompts ?? [];
    const added = prompts.filter((p) => !before.includes(p));
    before.filter((p) => !prompts.includes(p)).forEach((old, i) => {
      const renamed = added[i];
      const { line, column } = renamed ? promptAt(markdown, activity.line, renamed) : { line: activity.line, column: 1 };
      diagnostics.push(at(label, line, column, PACK.LP058, renamed
        ? `prompt "${renamed}" of activity "${activity.id}" was "${old}" in the last build: answers saved under "${old}" will be orphaned; ${accept}`
        : `prompt "${old}" of activity "${activity.id}" is gone since the last build: answers saved under it will be orphaned; ${accept}`));
    });
  }
  return diagnostics;
}

/** Where the `::prompt` with `#id` is, at or after the activity's line (else the activity's). */
function promptAt(markdown: string, from: number, id: string): { line: number; column: number } {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`::prompt\\[.*\\{[^}]*#${escaped}(?=[\\s}])`);
  const index = lines.findIndex((line, i) => i >= from - 1 && pattern.test(line));
  return index === -1 ? { line: from, column: 1 } : { line: index + 1, column: lines[index]!.indexOf('::prompt') + 1 };
}

/** The file line of a top-level front matter field, or 1. */
function frontMatterLine(markdown: string, key: string): number {
  const lines = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') return 1;
  for (let i = 1; i < lines.length; i++) {
    if (/^(---|\.\.\.)\s*$/.test(lines[i]!)) break;
    if (new RegExp(`^["']?${key}["']?\\s*:`).test(lines[i]!)) return i + 1;
  }
  return 1;
}

// ---------------------------------------------------------------- helpers

function packUnit(file: string, unit: Unit): PackUnit {
  const { id, number, title, summary, duration } = unit.meta;
  return { file, id, number, title, ...(summary !== undefined && { summary }), ...(duration !== undefined && { duration }) };
}

function nearMiss(file: string, unitFiles: readonly string[]): string {
  // Stryker disable next-line MethodExpression,StringLiteral: folding both names to upper case, or their separators to any one text, finds the same near misses
  const squash = (name: string) => name.toLowerCase().replace(/[-_ ]/g, '');
  const close = unitFiles.find((f) => squash(f) === squash(file));
  return close ? ` (did you mean "${close}"?)` : '; check the name, or remove it from the list';
}

function at(file: string, line: number, column: number, code: PackCode, message: string): Diagnostic {
  return { file, line, column, severity: PACK_CODES[code].severity, code, message };
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
