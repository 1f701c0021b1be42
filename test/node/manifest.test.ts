// custom-elements.json is what editors and documentation tools read: it must
// list every element with each attribute a page can set, each event it
// fires, each part and each --lp-* property its styles read. The manifest is
// generated afresh from the sources here, as `npm run analyze` does, and
// compared with what the sources themselves do.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: { name: string; description?: string }[];
  events?: { name: string; type?: { text: string }; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const elementsDir = 'src/elements';
const elementFiles = readdirSync(elementsDir).filter((f) => /^lp-[a-z]+\.ts$/.test(f));
/** An element's source, with the source of the base class it extends in this folder (its properties are the element's too). */
const read = (file: string): string => {
  const source = readFileSync(join(elementsDir, file), 'utf8');
  const base = /\bextends (\w+)</.exec(source)?.[1];
  const baseFile = base?.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase());
  return baseFile && !file.startsWith(baseFile) ? `${source}\n${read(`${baseFile}.ts`)}` : source;
};
const elements = new Map<string, Declaration>();

before(() => {
  // The analyzer joins --outdir to the working folder: give it a relative path.
  const out = relative(process.cwd(), mkdtempSync(join(tmpdir(), 'lp-cem-')));
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', out], { stdio: 'pipe' });
  const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as Manifest;
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) elements.set(d.tagName, d);
  }
});

/** The tag a source file defines with define('lp-…', …). */
const tagOf = (source: string) => /\bdefine\('(lp-[a-z]+)'/.exec(source)?.[1];

/** Attributes of the reactive properties: every @property() except those with attribute: false. */
function attributesOf(source: string): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(/@property\((\{[^}]*\})?\)\s*(?:override\s+|declare\s+|accessor\s+)*(\w+)/g)) {
    const options = m[1] ?? '';
    if (/attribute:\s*false/.test(options)) continue;
    names.push(/attribute:\s*'([^']+)'/.exec(options)?.[1] ?? m[2].toLowerCase());
  }
  return names;
}

/** Every events the element fires itself, or through its response controller. */
function eventsOf(source: string): string[] {
  const names = new Set([...source.matchAll(/\bemit\(this, '(lp-[a-z-]+)'/g)].map((m) => m[1]));
  if (/new ResponseController\(/.test(source)) {
    const controller = readFileSync(join(elementsDir, 'controllers/response-controller.ts'), 'utf8');
    for (const m of controller.matchAll(/\bemit\(this\.host, '(lp-[a-z-]+)'/g)) names.add(m[1]);
    names.add('lp-response-change');
  }
  return [...names];
}

/** The --lp-* properties read by the element's styles and the style modules they import. */
function cssPropertiesOf(file: string, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  const source = read(file);
  const ownStyles = file.endsWith('.styles.ts') || /\bcss`/.test(source) ? source : '';
  for (const m of ownStyles.matchAll(/var\((--lp-[a-z0-9-]+)/g)) names.add(m[1]);
  for (const m of source.matchAll(/from '\.\/([a-z-]+\.styles)\.js'/g)) {
    for (const name of cssPropertiesOf(`${m[1]}.ts`, seen)) names.add(name);
  }
  return names;
}

const partsOf = (source: string) => [...new Set([...source.matchAll(/\bpart="([a-z-]+)"/g)].map((m) => m[1]))];

test('every element of the package is in the manifest, with a summary', () => {
  const tags = elementFiles.map((f) => tagOf(read(f))).filter(Boolean);
  assert.deepEqual([...elements.keys()].sort(), tags.sort());
  for (const [tag, d] of elements) assert.ok(d.summary, `${tag} has no @summary`);
});

for (const file of elementFiles) {
  const source = read(file);
  const tag = tagOf(source);
  if (!tag) continue;

  test(`${tag}: every public attribute is in the manifest, described`, () => {
    const listed = elements.get(tag)?.attributes ?? [];
    const expected = attributesOf(source);
    assert.ok(expected.length > 0);
    assert.deepEqual(expected.filter((a) => !listed.some((l) => l.name === a)), [], 'attributes missing');
    assert.deepEqual(listed.filter((l) => !l.description).map((l) => l.name), [], 'attributes without a description');
  });

  test(`${tag}: every event it fires is in the manifest with its payload type`, () => {
    const listed = elements.get(tag)?.events ?? [];
    assert.deepEqual(eventsOf(source).filter((e) => !listed.some((l) => l.name === e)), [], 'events missing');
    for (const e of listed) assert.match(e.type?.text ?? '', /^CustomEvent<\w+Detail>$/, `${e.name} has no payload type`);
  });

  test(`${tag}: every CSS part and --lp-* property it uses is in the manifest`, () => {
    const d = elements.get(tag);
    assert.deepEqual(partsOf(source).filter((p) => !d?.cssParts?.some((l) => l.name === p)), [], 'parts missing');
    const props = [...cssPropertiesOf(file)];
    assert.ok(props.length > 0);
    assert.deepEqual(props.filter((p) => !d?.cssProperties?.some((l) => l.name === p)), [], 'custom properties missing');
  });
}

test('every event the package types for addEventListener is fired by some element in the manifest', () => {
  const events = readFileSync(join(elementsDir, 'events.ts'), 'utf8');
  const typed = [...events.matchAll(/'(lp-[a-z-]+)': CustomEvent<(\w+)>/g)].map((m) => [m[1], m[2]]);
  assert.equal(typed.length, 5);
  for (const [name, detail] of typed) {
    const firing = [...elements.values()].filter((d) => d.events?.some((e) => e.name === name && e.type?.text === `CustomEvent<${detail}>`));
    assert.ok(firing.length > 0, `no element lists ${name} with CustomEvent<${detail}>`);
  }
});
