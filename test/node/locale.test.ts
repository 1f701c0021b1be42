// The Welsh catalogue: complete, marked for review, and kept out of what
// English pages download.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const xliff = readFileSync('xliff/cy.xlf', 'utf8');

interface Unit {
  id: string;
  source: string;
  target?: string;
  state?: string;
  note?: string;
}

function units(xml: string): Unit[] {
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
    target: /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1],
    state: /<target[^>]*\bstate="([^"]+)"/.exec(body)?.[1],
    note: /<note[^>]*>([\s\S]*?)<\/note>/.exec(body)?.[1],
  }));
}

/** The messages in the sources today, from lit-localize's own extractor run into a scratch copy of the catalogue. */
function extracted(): Unit[] {
  const dir = mkdtempSync(join(tmpdir(), 'lp-xliff-'));
  cpSync('xliff/cy.xlf', join(dir, 'cy.xlf'));
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  // Paths in a config are relative to the config file: point them back at this project.
  config.inputFiles = config.inputFiles.map((glob: string) => glob.replace(/^(!?)/, `$1${process.cwd()}/`));
  config.output.outputDir = join(dir, 'generated');
  config.output.localeCodesModule = join(dir, 'generated', 'locale-codes.ts');
  config.interchange.xliffDir = dir;
  const configFile = join(dir, 'lit-localize.json');
  writeFileSync(configFile, JSON.stringify(config));
  execFileSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'extract', '--config', configFile], { stdio: 'pipe' });
  const found = units(readFileSync(join(dir, 'cy.xlf'), 'utf8'));
  assert.ok(found.length > 50, `the extractor found only ${found.length} messages`);
  return found;
}

test('every message in the sources has a Welsh translation (run npm run localize:extract, then translate)', () => {
  const missing = extracted().filter((u) => !u.target?.trim());
  assert.deepEqual(
    missing.map((u) => `${u.id}: ${u.source}`),
    [],
    'messages without Welsh in xliff/cy.xlf',
  );
});

test('the committed catalogue matches the sources, so nothing stale is shipped', () => {
  const ids = (list: Unit[]) => list.map((u) => u.id).sort();
  assert.deepEqual(ids(units(xliff)), ids(extracted()));
});

test('every Welsh string is marked as awaiting review by a Welsh speaker', () => {
  for (const u of units(xliff)) {
    assert.equal(u.state, 'needs-review-translation', u.id);
    assert.match(u.note ?? '', /review by a Welsh speaker/, u.id);
  }
});

test('each translation keeps the placeholders of its source', () => {
  const placeholders = (s: string) => [...s.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();
  for (const u of units(xliff)) assert.deepEqual(placeholders(u.target ?? ''), placeholders(u.source), u.id);
});

test('the generated Welsh module is up to date with the catalogue (run npm run localize:build)', () => {
  const generated = readFileSync('src/locales/generated/cy.ts', 'utf8');
  for (const u of units(xliff)) {
    assert.ok(generated.includes(`'${u.id}'`), `${u.id} is missing from src/locales/generated/cy.ts`);
  }
});

const out = mkdtempSync(join(tmpdir(), 'lp-build-'));
let main = '';
let chunks: string[] = [];
before(() => {
  execFileSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', 'rollup.config.mjs', '--silent', '--dir', out], { stdio: 'pipe' });
  main = readFileSync(join(out, 'learning-pack.js'), 'utf8');
  chunks = readdirSync(out).filter((f) => f.endsWith('.js') && f !== 'learning-pack.js');
});

test('English pages never download Welsh: the bundle has no Welsh strings, a chunk loaded on demand has them', () => {
  const welsh = ['Gweithgaredd', 'Eich atebion', 'Llwytho fy atebion i lawr', 'gair dros y terfyn'];
  for (const s of welsh) assert.ok(!main.includes(s), `learning-pack.js contains "${s}"`);
  const cy = chunks.find((f) => welsh.every((s) => readFileSync(join(out, f), 'utf8').includes(s)));
  assert.ok(cy, `no chunk holds the Welsh catalogue among ${chunks.join(', ')}`);
  assert.match(main, new RegExp(`import\\(\\s*["']\\./${cy.replace(/[.$]/g, '\\$&')}["']\\s*\\)`));
  assert.doesNotMatch(main, new RegExp(`from\\s*["']\\./${cy.replace(/[.$]/g, '\\$&')}["']`));
});
