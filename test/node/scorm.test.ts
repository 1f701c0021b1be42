// `learning-pack scorm` end to end: the built bin run on a copy of the test
// pack, the zip opened, its manifest parsed as XML and checked against the
// files the zip really holds.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { buildCli } from './cli-build.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let bin: { path: string; remove(): void };
let tmp: string;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'lp-scorm-'));
  cpSync(join(repo, 'test/fixtures/pack'), join(tmp, 'pack'), { recursive: true });
  bin = await buildCli();
});
after(() => {
  rmSync(tmp, { recursive: true, force: true });
  bin.remove();
});

function lp(args: string[]) {
  const run = spawnSync(process.execPath, [bin.path, ...args], { cwd: tmp, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

/** A strict reading of XML: a tag closed by implication, a stray close, or text outside the root is an error. */
function parseXml(xml: string): Element {
  const root: Element = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const errors: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el = { name, attrs, children: [], text: '' };
        stack.at(-1)!.children.push(el);
        stack.push(el);
      },
      onclosetag(name, implied) {
        const selfClosed = xml.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>');
        if (implied && !selfClosed) errors.push(`<${name}> never closed`);
        if (stack.at(-1)?.name !== name) errors.push(`</${name}> closes <${stack.at(-1)?.name}>`);
        stack.pop();
      },
      ontext(text) {
        if (stack.length === 1 && text.trim()) errors.push(`text outside the root: ${text.trim()}`);
        stack.at(-1)!.text += text;
      },
      onerror(error) {
        errors.push(error.message);
      },
    },
    { xmlMode: true, recognizeSelfClosing: true },
  );
  parser.write(xml);
  parser.end();
  assert.deepEqual(errors, [], 'the manifest is not well-formed');
  assert.equal(stack.length, 1, 'unclosed elements');
  assert.equal(root.children.length, 1, 'one root element');
  return root.children[0];
}

const all = (el: Element, name: string): Element[] => [
  ...el.children.filter((c) => c.name === name),
  ...el.children.flatMap((c) => all(c, name)),
];

for (const version of ['1.2', '2004'] as const) {
  describe(`learning-pack scorm --version ${version}`, () => {
    let files: Record<string, Uint8Array>;
    let manifest: Element;

    before(() => {
      const run = lp(['scorm', 'pack', '--out', `out/course-${version}.zip`, '--version', version]);
      assert.equal(run.status, 0, run.stderr + run.stdout);
      assert.match(run.stdout, new RegExp(`Wrote out/course-${version}\\.zip: SCORM ${version === '1.2' ? '1\\.2' : '2004'}`));
      files = unzipSync(readFileSync(join(tmp, `out/course-${version}.zip`)));
      manifest = parseXml(strFromU8(files['imsmanifest.xml']));
    });

    it('writes a manifest of the version asked for, naming every file in the zip', () => {
      assert.equal(manifest.name, 'manifest');
      assert.equal(all(manifest, 'schemaversion')[0].text.trim(), version === '1.2' ? '1.2' : '2004 4th Edition');
      const listed = all(manifest, 'file').map((f) => decodeURIComponent(f.attrs.href)).sort();
      const zipped = Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort();
      assert.deepEqual(listed, zipped);
      const resource = all(manifest, 'resource')[0];
      assert.equal(resource.attrs.href, 'index.html');
      assert.equal(resource.attrs[version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType'], 'sco');
      assert.equal(all(manifest, 'item')[0].attrs.identifierref, resource.attrs.identifier);
      assert.equal(all(manifest, 'title')[0].text, 'A test course');
    });

    it('holds the bundle, the run-time script and the compiled units the launch page asks for', () => {
      for (const file of ['learning-pack.js', 'scorm.js', 'launch.css', 'pack/pack.json', 'pack/2.1-practice.json']) {
        assert.ok(files[file], `${file} missing`);
      }
      const pack = JSON.parse(strFromU8(files['pack/pack.json'])) as { parts: { units: { src: string }[] }[] };
      for (const unit of pack.parts.flatMap((p) => p.units)) assert.ok(files[`pack/${unit.src}`], `${unit.src} missing`);
      // Every chunk the bundle imports is in the zip.
      const bundle = strFromU8(files['learning-pack.js']);
      for (const [, chunk] of bundle.matchAll(/import\(\s*["']\.\/([^"']+)["']\s*\)/g)) assert.ok(files[chunk], `${chunk} missing`);
      // The run-time script uses the bundle's own modules: what it imports is in the zip too.
      const imports = [...strFromU8(files['scorm.js']).matchAll(/\bfrom\s*["']\.\/([^"']+)["']/g)].map((m) => m[1]);
      assert.ok(imports.includes('learning-pack.js'), 'scorm.js does not share the bundle');
      for (const file of imports) assert.ok(files[file], `${file} missing`);
    });

    it('has a launch page with no inline script or style, under a strict policy of its own', () => {
      const page = strFromU8(files['index.html']);
      assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)[^>]*>/);
      assert.doesNotMatch(page, /\sstyle=|<style|\son[a-z]+=/i);
      assert.match(page, /http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';[^"]*require-trusted-types-for 'script'/);
      for (const [, src] of page.matchAll(/(?:src|href)="([^"]+)"/g)) assert.ok(files[src], `${src} missing`);
      assert.match(page, new RegExp(`data-src="pack/pack.json" data-version="${version}"`));
    });
  });
}

describe('learning-pack scorm, refusing', () => {
  it('asks for --out FILE.zip and a known version, with exit code 2', () => {
    assert.equal(lp(['scorm', 'pack']).status, 2);
    const run = lp(['scorm', 'pack', '--out', 'x.zip', '--version', '3']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--version 3: use 1\.2 or 2004/);
  });
});
