/** `learning-pack new pack ID` and `learning-pack new unit PACKDIR NUMBER "TITLE"`. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { readPackManifest } from '../content/pack.js';
import { parse, UsageError } from './args.js';
import { display, loadPack } from './packs.js';
import { count, printDiagnostics, tally } from './report.js';
import { EXAMPLE_SVG, packYaml, slugify, UNIT_NUMBER, unitMarkdown } from '../content/scaffold.js';

export const NEW_HELP = `Usage: learning-pack new pack ID [--dir DIR] [--title TITLE]
       learning-pack new unit PACKDIR NUMBER "TITLE"

new pack   makes DIR/ID (DIR defaults to modules/) with a pack.yaml and a
           first unit, 1.1-getting-started.md, that shows every kind of
           block in use, each explained in a comment.
new unit   adds NUMBER-title.md to the pack in PACKDIR, with the same
           example blocks, and lists it in pack.yaml under the part whose
           number starts NUMBER (a new part if there is none).

Options:
  --dir DIR      where new pack makes the pack folder (default: modules)
  --title TITLE  the pack's title (default: from its id)
  -h, --help     show this help
`;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function create(argv: string[]): number {
  const { values, positionals, help } = parse('new', argv, { dir: { type: 'string' }, title: { type: 'string' } }, { min: 0, max: 4 });
  if (help || positionals.length === 0) {
    if (!help) throw new UsageError('new needs what to make: new pack ID, or new unit PACKDIR NUMBER "TITLE" (see learning-pack new --help)');
    process.stdout.write(NEW_HELP);
    return 0;
  }
  const [what, ...rest] = positionals;
  if (what === 'pack') {
    if (rest.length !== 1) throw new UsageError('usage: learning-pack new pack ID');
    return newPack(rest[0]!, values.dir ?? 'modules', values.title);
  }
  if (what === 'unit') {
    if (rest.length !== 3) throw new UsageError('usage: learning-pack new unit PACKDIR NUMBER "TITLE"');
    if (values.dir !== undefined || values.title !== undefined) throw new UsageError('--dir and --title are for new pack; new unit takes PACKDIR NUMBER "TITLE"');
    return newUnit(rest[0]!, rest[1]!, rest[2]!);
  }
  throw new UsageError(`new makes a pack or a unit, not "${what}" (see learning-pack new --help)`);
}

function newPack(id: string, parent: string, title: string | undefined): number {
  if (!SLUG.test(id)) throw new UsageError(`a pack id is lowercase letters, digits and single hyphens, like demo-pack, not "${id}"`);
  const dir = join(parent, id);
  if (existsSync(dir) && readdirSync(dir).length) {
    process.stderr.write(`learning-pack: ${display(dir)} already exists and is not empty; choose another id or --dir\n`);
    return 1;
  }
  const unitFile = '1.1-getting-started.md';
  const packTitle = title ?? id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
  mkdirSync(join(dir, 'images'), { recursive: true });
  writeFileSync(join(dir, 'pack.yaml'), packYaml(id, packTitle, unitFile));
  writeFileSync(join(dir, unitFile), unitMarkdown('getting-started', '1.1', 'Getting started'));
  writeFileSync(join(dir, 'images', 'example.svg'), EXAMPLE_SVG);
  process.stdout.write(`Made ${display(dir)}: pack.yaml, ${unitFile} and images/example.svg.\n`
    + `Next: edit them, then run learning-pack preview ${display(parent)} to see the pack as learners will.\n`);
  return 0;
}

function newUnit(packDir: string, number: string, title: string): number {
  const manifestPath = join(packDir, 'pack.yaml');
  if (!existsSync(manifestPath)) {
    process.stderr.write(`learning-pack: ${display(packDir)} is not a pack: it has no pack.yaml (learning-pack new pack ID makes one)\n`);
    return 1;
  }
  if (!UNIT_NUMBER.test(number)) throw new UsageError(`a unit number is like 4.2 (digits or letters between dots), not "${number}"`);
  const slug = slugify(title);
  if (!title.trim() || !slug) throw new UsageError('the unit title needs at least one letter or digit, like "Joint practice development"');
  const file = `${number}-${slug}.md`;
  const path = join(packDir, file);
  if (existsSync(path)) {
    process.stderr.write(`learning-pack: ${display(path)} already exists\n`);
    return 1;
  }
  const yaml = readFileSync(manifestPath, 'utf8');
  const listed = listUnit(yaml, number, file);
  writeFileSync(path, unitMarkdown(slug, number, title.trim()));
  if (listed.yaml) writeFileSync(manifestPath, listed.yaml);
  process.stdout.write(`Made ${display(path)}${listed.yaml ? `, listed in pack.yaml ${listed.where}` : ''}.\n`);
  if (!listed.yaml) process.stdout.write(`Add it to a part's units in ${display(manifestPath)} by hand: ${listed.where}.\n`);
  const result = loadPack({ dir: display(packDir), hasManifest: true });
  printDiagnostics(result.diagnostics, (text) => process.stdout.write(text));
  const { errors, warnings } = tally(result.diagnostics);
  if (errors || warnings) process.stdout.write(`${count(errors, 'error')} and ${count(warnings, 'warning')} in the pack.\n`);
  return errors ? 1 : 0;
}

/**
 * pack.yaml with `file` added under the part whose number starts the unit's
 * (a new part at the end if none does), keeping the author's comments and
 * layout; undefined `yaml` when the file cannot be edited safely.
 */
export function listUnit(yaml: string, number: string, file: string): { yaml?: string; where: string } {
  const { manifest } = readPackManifest(yaml);
  if (!manifest) return { where: 'pack.yaml has mistakes (run learning-pack check)' };
  const partNumber = number.includes('.') ? number.slice(0, number.lastIndexOf('.')) : number;
  const lines = yaml.split('\n');
  const part = manifest.parts.find((p) => p.number === partNumber);
  let edited: string;
  let where: string;
  if (part && part.units.length) {
    const last = part.units[part.units.length - 1]!;
    const prefix = lines[last.line - 1]!.slice(0, last.column - 1);
    if (!/^\s*-\s+$/.test(prefix)) return { where: `part ${partNumber} lists its units on one line` };
    lines.splice(last.line, 0, `${prefix}${file}`);
    edited = lines.join('\n');
    where = `under part ${partNumber}`;
  } else if (!part) {
    edited = `${yaml.replace(/\n*$/, '\n')}  - number: "${partNumber}"\n    title: "Part ${partNumber}"\n    units:\n      - ${file}\n`;
    where = `in a new part ${partNumber} (give it a title there)`;
  } else {
    return { where: `part ${partNumber} has no units list` };
  }
  // Only keep the edit if pack.yaml still reads as before, with the unit added.
  try {
    const check = readPackManifest(edited).manifest;
    const before = load(yaml) as object;
    const ok = check?.parts.some((p) => p.number === partNumber && p.units.some((u) => u.file === file))
      && JSON.stringify(Object.keys(load(edited) as object)) === JSON.stringify(Object.keys(before));
    return ok ? { yaml: edited, where } : { where: `add "- ${file}" under part ${partNumber}` };
  } catch {
    return { where: `add "- ${file}" under part ${partNumber}` };
  }
}
