// The pack's finer rules: the last-build record, language variants, which
// files are units, links and paths, pack.yaml's every message at its place,
// and how files are labelled in a diagnostic.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkPack, isUnitFile, lastBuildOf, localLinks, normalizePath, parseLastBuild, readPackManifest, sortDiagnostics, variantOf,
  type LastBuild, type PackSource,
} from '../../src/content/pack.js';

const unit = (id: string, number: string, body = '') =>
  `---\nid: ${id}\nnumber: "${number}"\ntitle: Unit ${number}\n---\n\nText.\n${body}`;

const manifestOf = (...files: string[]) =>
  `id: demo\ntitle: Demo\nparts:\n  - number: "1"\n    title: One\n    units:\n${files.map((f) => `      - ${f}\n`).join('')}`;

function source(files: Record<string, string>, manifest: string | undefined, dir = 'modules/demo', lastBuild?: LastBuild): PackSource {
  return { dir, manifest, files: Object.keys(files), read: (file) => files[file]!, ...(lastBuild && { lastBuild }) };
}

/** `file:line:column code` of each diagnostic. */
const where = (result: { diagnostics: { file: string; line: number; column: number; code: string }[] }) =>
  result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

/** `line:column code message` of each diagnostic of pack.yaml text. */
const manifestProblems = (text: string) =>
  readPackManifest(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);

describe('the last-build record', () => {
  const record: LastBuild = { format: 'learning-pack/last-build', version: 1, units: { 'a.md': { id: 'a', activities: [{ id: '1', line: 3 }] } } };

  it('reads back what build wrote', () => {
    assert.deepEqual(parseLastBuild(JSON.stringify(record)), record);
  });

  it('refuses anything else: another format or version, units not a record, not JSON, null', () => {
    assert.equal(parseLastBuild(JSON.stringify({ ...record, format: 'other' })), undefined);
    assert.equal(parseLastBuild(JSON.stringify({ ...record, version: 2 })), undefined);
    assert.equal(parseLastBuild(JSON.stringify({ ...record, units: [] })), undefined);
    assert.equal(parseLastBuild(JSON.stringify({ ...record, units: null })), undefined);
    assert.equal(parseLastBuild(JSON.stringify({ ...record, units: 'a.md' })), undefined);
    assert.equal(parseLastBuild('{"format":'), undefined);
    assert.equal(parseLastBuild('null'), undefined);
    assert.equal(parseLastBuild(''), undefined);
  });

  it('records each compiled unit\'s activities, prompts only where there are some, and skips a unit that did not compile', () => {
    const body = '\n:::reflection{#r}\nIntro.\n\n::prompt[One?]{#p1}\n:::\n\n:::reflection{#bare}\nJust think.\n:::\n';
    const files = { 'a.md': unit('a', '1.1', body), 'b.md': 'no front matter at all\n' };
    const result = checkPack(source(files, manifestOf('a.md', 'b.md')));
    assert.deepEqual(lastBuildOf(result.units), {
      format: 'learning-pack/last-build', version: 1,
      units: { 'a.md': { id: 'a', activities: [{ id: 'r', line: 9, prompts: ['p1'] }, { id: 'bare', line: 15 }] } },
    });
  });
});

describe('language variants and unit files', () => {
  it('names the unit and the language of NAME.<lang>.md', () => {
    assert.deepEqual(variantOf('1.1-first.cy.md'), { of: '1.1-first.md', lang: 'cy' });
    assert.deepEqual(variantOf('part/a.b.en-GB.md'), { of: 'part/a.b.md', lang: 'en-GB' });
    assert.deepEqual(variantOf('a.pt-br.MD'), { of: 'a.md', lang: 'pt-br' });
    assert.equal(variantOf('1.1-first.md'), undefined);
    assert.equal(variantOf('a.cy.md.bak'), undefined);
    assert.equal(variantOf('a.en-abcdefghi.md'), undefined, 'a subtag is at most 8 characters');
    assert.equal(variantOf('a.en-_.md'), undefined);
    assert.equal(variantOf('x\ny.cy.md'), undefined, 'the unit name is the whole name before the tag');
  });

  it('takes .md files for units, but not a README or any other file', () => {
    assert.equal(isUnitFile('a.md'), true);
    assert.equal(isUnitFile('part/A.MD'), true);
    assert.equal(isUnitFile('myreadme.md'), true);
    assert.equal(isUnitFile('readme.md.md'), true);
    assert.equal(isUnitFile('a.md.txt'), false);
    assert.equal(isUnitFile('README.md'), false);
    assert.equal(isUnitFile('docs/Readme.md'), false);
  });

  it('reports a variant\'s unit when its id differs, and not when the unit itself failed to compile', () => {
    const files = { 'a.md': 'no front matter\n', 'a.cy.md': unit('other', '1.1') };
    const result = checkPack(source(files, manifestOf('a.md')));
    assert.ok(!where(result).some((w) => w.includes('LP060')));
    assert.deepEqual(result.variants.map((v) => [v.file, v.of, v.lang]), [['a.cy.md', 'a.md', 'cy']]);
  });

  it('calls NAME.cy.md unlisted when its NAME.md is listed but missing', () => {
    const result = checkPack(source({ 'a.cy.md': unit('a', '1.1') }, manifestOf('a.md')));
    assert.deepEqual(where(result), ['modules/demo/a.cy.md:1:1 LP054', 'modules/demo/pack.yaml:7:9 LP053']);
    assert.match(result.diagnostics[0]!.message, /add "a\.cy\.md" to a part's units/);
  });

  it('calls each unit a progress line, variants too', () => {
    const seen: string[] = [];
    checkPack({ ...source({ 'a.md': unit('a', '1.1'), 'a.cy.md': unit('a', '1.1') }, manifestOf('a.md')), onUnit: (f) => seen.push(f) });
    assert.deepEqual(seen, ['a.md', 'a.cy.md']);
  });
});

describe('how files are labelled', () => {
  const broken = manifestOf('a.md').replace('title: Demo\n', '');
  it('prefixes the folder, without doubling a trailing slash, and nothing for "" or "."', () => {
    assert.deepEqual(where(checkPack(source({ 'a.md': unit('a', '1.1') }, broken, 'modules/demo//'))), ['modules/demo/pack.yaml:1:1 LP051']);
    assert.deepEqual(where(checkPack(source({ 'a.md': unit('a', '1.1') }, broken, '.'))), ['pack.yaml:1:1 LP051']);
    assert.deepEqual(where(checkPack(source({ 'a.md': unit('a', '1.1') }, broken, ''))), ['pack.yaml:1:1 LP051']);
    assert.deepEqual(where(checkPack(source({ 'a.md': unit('a', '1.1', '![x](gone.png)') }, manifestOf('a.md'), ''))), ['a.md:8:6 LP055']);
  });

  it('names the folder in LP053, or "the pack folder"; suggests a name that differs only by case or separators', () => {
    const files = { '1.2_Second.md': unit('b', '1.2') };
    const named = checkPack(source(files, manifestOf('1.2-second.md'))).diagnostics.find((d) => d.code === 'LP053');
    assert.equal(named!.message, 'unit "1.2-second.md" is listed but there is no such file in modules/demo (did you mean "1.2_Second.md"?)');
    const plain = checkPack(source(files, manifestOf('other.md'), '')).diagnostics.find((d) => d.code === 'LP053');
    assert.equal(plain!.message, 'unit "other.md" is listed but there is no such file in the pack folder; check the name, or remove it from the list');
  });

  it('says nothing of a folder with neither pack.yaml nor units', () => {
    assert.deepEqual(checkPack(source({ 'README.md': '# x', 'img.png': '' }, undefined)), { units: [], variants: [], diagnostics: [] });
  });
});

describe('links and paths', () => {
  it('normalises . and .., backslashes, doubled and trailing slashes', () => {
    assert.equal(normalizePath('a/./b/../c'), 'a/c');
    assert.equal(normalizePath('a//b\\c'), 'a/b/c');
    assert.equal(normalizePath('a/../../x'), '../x');
    assert.equal(normalizePath('../../x'), '../../x');
    assert.equal(normalizePath('a/b/'), 'a/b/');
    assert.equal(normalizePath('a/..'), '');
    assert.equal(normalizePath('./'), '');
    assert.equal(normalizePath('a'), 'a');
  });

  it('finds links after a BOM, with Windows line ends, after front matter closed by "..."', () => {
    assert.deepEqual(localLinks('\uFEFF---\r\nx: 1\r\n...\r\n[a](a.md)\r[b](b.md)'), [
      { url: 'a.md', line: 4, column: 5 }, { url: 'b.md', line: 5, column: 5 },
    ]);
    assert.deepEqual(localLinks('text\n---\n[a](a.md)'), [{ url: 'a.md', line: 3, column: 5 }], 'a --- that does not open the text is no front matter');
    assert.deepEqual(localLinks('---\nx: 1\n--- no\n---  \n[a](a.md)'), [{ url: 'a.md', line: 5, column: 5 }]);
  });

  it('skips fences until the same kind of fence, at least as long, with nothing after it', () => {
    const md = ['````', '```', '[a](a.md)', '~~~~', '```` x', '[b](b.md)', '`````', '[c](c.md)', '    ```', '[d](d.md)'].join('\n');
    assert.deepEqual(localLinks(md), [{ url: 'c.md', line: 8, column: 5 }, { url: 'd.md', line: 10, column: 5 }], 'four spaces make no fence');
  });

  it('gives the column of the target in every form of link', () => {
    assert.deepEqual(localLinks('x [a]( <my file.png> ) [b](b.png "t")'), [
      { url: 'my file.png', line: 1, column: 9 }, { url: 'b.png', line: 1, column: 28 },
    ]);
    assert.deepEqual(localLinks('[ref]:\t<x y.png>\n  [r2]: r2.png "T"\n[^n]: note.png\n[r3]:'), [
      { url: 'x y.png', line: 1, column: 9 }, { url: 'r2.png', line: 2, column: 9 },
    ]);
    assert.deepEqual(localLinks(`<img alt="x" src = 'pic.png'> <a class="c"\thref="a.html">a</a> <img src="">`), [
      { url: 'pic.png', line: 1, column: 21 }, { url: 'a.html', line: 1, column: 50 },
    ]);
  });

  it('leaves out web addresses, absolute paths, anchors and queries, but not a colon later in a path', () => {
    const md = '[a](mailto:x@y) [b](HTTPS://x) [c](git+ssh:x) [d](/abs.png) [e](#top) [f](?q=1) [g](dir/a:b.png)';
    assert.deepEqual(localLinks(md).map((l) => l.url), ['dir/a:b.png']);
  });

  it('checks a link without its query or anchor, decoded, and a link to a folder that has files', () => {
    const body = '![a](my%20pic.png?v=2) [b](notes/#x) [c](notes) [d](bad%E0%A4%A.png) [e](empty/) [f](./a.md#top)';
    const files = { 'a.md': unit('a', '1.1', body), 'my pic.png': '', 'notes/n.txt': '', 'bad%E0%A4%A.png': '', 'empty': '' };
    const result = checkPack(source(files, manifestOf('a.md')));
    assert.deepEqual(where(result), ['modules/demo/a.md:8:74 LP055']);
    assert.equal(result.diagnostics[0]!.message,
      '"empty/" does not exist: links and images are relative to the unit\'s file; check the name and the folder');
  });

  it('says why a link outside the pack folder is not copied', () => {
    const result = checkPack(source({ 'p/a.md': unit('a', '1.1', '[x](../../up.png) [y](../a-sibling.png)'), 'a-sibling.png': '' }, manifestOf('p/a.md')));
    assert.deepEqual(where(result), ['modules/demo/p/a.md:8:5 LP059']);
    assert.match(result.diagnostics[0]!.message, /^"\.\.\/\.\.\/up\.png" is outside the pack folder, so learning-pack build does not copy it/);
  });
});

describe('pack.yaml, message by message', () => {
  it('wants fields, not a list or a bare value', () => {
    assert.deepEqual(manifestProblems('- a\n- b\n'), ['1:3 LP051 pack.yaml must be fields such as id: …, title: …, parts: …, one per line']);
    assert.deepEqual(manifestProblems('just words\n'), ['1:1 LP051 pack.yaml must be fields such as id: …, title: …, parts: …, one per line']);
    assert.equal(readPackManifest('- a\n').usable, false);
    assert.equal(readPackManifest('- a\n').manifest, undefined);
  });

  it('an empty pack.yaml lacks id, title and parts, each reported at the top', () => {
    assert.deepEqual(manifestProblems(''), [
      '1:1 LP051 pack.yaml has no "id" field; add one, e.g. id: mep-leadership',
      '1:1 LP051 pack.yaml has no "title" field; add one, e.g. title: "Masters in Educational Practice: Leadership"',
      '1:1 LP051 pack.yaml has no "parts" field; add one: parts:, then "- number:", "title:" and "units:" for each part',
    ]);
  });

  it('gives the YAML syntax error\'s reason at its place, and no manifest', () => {
    const read = readPackManifest('id: demo\ntitle: "open\n');
    assert.equal(read.usable, false);
    assert.equal(read.manifest, undefined);
    assert.deepEqual(read.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`), ['3:1 LP051']);
    assert.match(read.diagnostics[0]!.message, /^invalid YAML in pack\.yaml: unexpected end of the stream/);
  });

  it('names the known fields when one is unknown, at its key', () => {
    const read = readPackManifest(manifestOf('a.md').replace('title: Demo\n', 'title: Demo\nauthors: [x]\n'));
    assert.deepEqual(read.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.severity} ${d.message}`), [
      '3:1 LP052 warning unknown field "authors" in pack.yaml is ignored (known fields: id, title, lang, description, parts)',
    ]);
    assert.equal(read.usable, true);
  });

  it('wants text fields as non-empty text, saying what YAML read instead', () => {
    const text = 'id: 42\ntitle: [a, b]\ndescription: "  "\nparts:\n  - number: true\n    title: ""\n    units: [a.md]\n';
    assert.deepEqual(manifestProblems(text), [
      '1:5 LP051 "id" must be text in quotes, e.g. id: mep-leadership (unquoted, YAML reads it as number)',
      '2:8 LP051 "title" must be text in quotes, e.g. title: "Masters in Educational Practice: Leadership" (unquoted, YAML reads it as a list)',
      '3:14 LP051 "description" must not be empty',
      '5:13 LP051 "number" must be text in quotes, e.g. number: "4" (unquoted, YAML reads it as boolean)',
      '6:12 LP051 "title" must not be empty',
    ]);
    assert.equal(readPackManifest(text).usable, false);
  });

  it('keeps a description, and English when no lang is given', () => {
    const read = readPackManifest(manifestOf('a.md').replace('title: Demo\n', 'title: Demo\ndescription: About.\n'));
    assert.deepEqual(read.diagnostics, []);
    assert.equal(read.usable, true);
    assert.deepEqual({ ...read.manifest, parts: undefined }, { id: 'demo', title: 'Demo', lang: 'en', description: 'About.', parts: undefined });
  });

  it('takes a slug for the id, whole', () => {
    for (const id of ['demo-', 'Demo', 'de--mo', '-demo', 'dé']) {
      assert.deepEqual(manifestProblems(manifestOf('a.md').replace('id: demo', `id: "${id}"`)),
        [`1:5 LP051 "id" must be lowercase letters, digits and single hyphens, like mep-leadership, not "${id}"`], id);
    }
    assert.deepEqual(manifestProblems(manifestOf('a.md').replace('id: demo', 'id: mep-4-leadership')), []);
  });

  it('takes a language tag for lang, whole', () => {
    for (const lang of ['en-GB', 'cy', 'zh-Hant-TW', 'en-abcdefgh']) {
      const read = readPackManifest(manifestOf('a.md').replace('title: Demo\n', `title: Demo\nlang: ${lang}\n`));
      assert.deepEqual([read.diagnostics, read.manifest?.lang], [[], lang], lang);
    }
    for (const lang of ['"1en"', 'en1', 'english', 'en-abcdefghi', 'en-', 'en_GB', '7']) {
      const read = readPackManifest(manifestOf('a.md').replace('title: Demo\n', `title: Demo\nlang: ${lang}\n`));
      assert.deepEqual(read.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`), ['3:7 LP051'], lang);
      assert.match(read.diagnostics[0]!.message, /^"lang" must be a language tag such as en or cy, not /);
      assert.equal(read.usable, false);
    }
    assert.match(readPackManifest('lang: 7\n').diagnostics.find((d) => d.line === 1 && d.column === 7)!.message, /not 7$/);
  });

  it('wants parts as a non-empty list of parts, each with known fields', () => {
    assert.deepEqual(manifestProblems('id: demo\ntitle: Demo\nparts: []\n'), ['3:8 LP051 "parts" must be a list of parts, each starting with "- number:"']);
    assert.deepEqual(manifestProblems('id: demo\ntitle: Demo\nparts: one\n'), ['3:8 LP051 "parts" must be a list of parts, each starting with "- number:"']);
    assert.deepEqual(manifestProblems('id: demo\ntitle: Demo\nparts:\n  - a part\n'), ['4:5 LP051 each part must have number:, title: and units: fields']);
    const extra = manifestOf('a.md').replace('    title: One\n', '    title: One\n    summary: x\n');
    assert.deepEqual(manifestProblems(extra), ['6:14 LP051 unknown field "summary" in a part (a part has number, title, units)']);
    assert.equal(readPackManifest(extra).usable, false);
  });

  it('wants each part\'s units as a non-empty list, at the part or at its units', () => {
    const message = 'LP051 each part needs "units:", a list of its unit files, one per line starting with "- "';
    assert.deepEqual(manifestProblems('id: demo\ntitle: Demo\nparts:\n  - number: "1"\n    title: One\n'), [`4:5 ${message}`]);
    assert.deepEqual(manifestProblems('id: demo\ntitle: Demo\nparts:\n  - number: "1"\n    title: One\n    units: []\n'), [`6:12 ${message}`]);
    assert.deepEqual(manifestProblems('id: demo\ntitle: Demo\nparts:\n  - number: "1"\n    title: One\n    units: a.md\n'), [`6:12 ${message}`]);
    const read = readPackManifest('id: demo\ntitle: Demo\nparts:\n  - number: "1"\n    title: One\n  - number: "2"\n    title: Two\n    units: [b.md]\n');
    assert.equal(read.usable, false);
    assert.deepEqual(read.manifest?.parts, [{ number: '2', title: 'Two', units: [{ file: 'b.md', line: 8, column: 13 }] }]);
  });

  it('wants each unit as a .md path inside the pack folder, saying which rule it breaks', () => {
    const units = ['42', '"  "', 'notes.txt', 'a.md.txt', '/abs.md', 'C:/x.md', 'a\\b.md', 'a/../b.md', '..', 'ok/./c.md', 'x..y.md', 'C.md'];
    const read = readPackManifest(manifestOf(...units));
    assert.deepEqual(read.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`), [
      '7:9 each unit is the name of a .md file in the pack folder, like 4.2-joint-practice-development.md',
      '8:9 each unit is the name of a .md file in the pack folder, like 4.2-joint-practice-development.md',
      '9:9 "notes.txt" is not a Markdown file: list the unit\'s .md file',
      '10:9 "a.md.txt" is not a Markdown file: list the unit\'s .md file',
      '11:9 "/abs.md" must be a path inside the pack folder, with / between folders',
      '12:9 "C:/x.md" must be a path inside the pack folder, with / between folders',
      '13:9 "a\\b.md" must be a path inside the pack folder, with / between folders',
      '14:9 "a/../b.md" must be a path inside the pack folder, with / between folders',
      '15:9 ".." is not a Markdown file: list the unit\'s .md file',
    ]);
    assert.equal(read.usable, false);
    assert.deepEqual(read.manifest?.parts[0]!.units.map((u) => u.file), ['ok/c.md', 'x..y.md', 'C.md']);
  });

  it('finds quoted keys, and entries after a "-" that starts a word', () => {
    const read = readPackManifest(`"id": demo\n'title': Demo\nparts:\n  - "number": "1"\n    title: One\n    units:\n      - -dash.md\n      - 42\n`);
    assert.deepEqual(read.diagnostics.map((d) => `${d.line}:${d.column}`), ['8:9']);
    assert.deepEqual(read.manifest?.parts[0]!.units, [{ file: '-dash.md', line: 7, column: 9 }]);
  });
});

describe('ids since the last build, and where ids are written', () => {
  const record = (units: LastBuild['units']): LastBuild => ({ format: 'learning-pack/last-build', version: 1, units });

  it('finds a unit\'s id line wherever the id is in the front matter, its key quoted or not', () => {
    const late = '---\nnumber: "1.2"\ntitle: Two\n"id": a\n---\n\nText.\n';
    const files = { 'a.md': '\uFEFF---\r\nnumber: "1.1"\r\nid: a\r\ntitle: One\r\n---\r\n\r\nText.\r\n', 'b.md': late };
    const result = checkPack(source(files, manifestOf('a.md', 'b.md')));
    assert.deepEqual(where(result), ['modules/demo/b.md:4:1 LP056']);
    assert.equal(result.diagnostics[0]!.message, 'unit id "a" is already the id of modules/demo/a.md:3:1; give each unit of the pack its own id');
  });

  it('follows a unit whose file was renamed by its id, and says which activity is gone, at its old line', () => {
    const last = record({ 'old.md': { id: 'a', activities: [{ id: 'x', line: 0 }, { id: 'y', line: 12 }] } });
    const result = checkPack(source({ 'a.md': unit('a', '1.1') }, manifestOf('a.md'), 'modules/demo', last));
    assert.deepEqual(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`), [
      '1:1 LP058 activity "x" (here in the last build) is gone: answers saved under it will be orphaned; change it back, or run learning-pack build to accept the change',
      '12:1 LP058 activity "y" (here in the last build) is gone: answers saved under it will be orphaned; change it back, or run learning-pack build to accept the change',
    ]);
  });

  it('says nothing of a unit the last build did not have', () => {
    const last = record({ 'other.md': { id: 'other', activities: [{ id: 'x', line: 9 }] } });
    assert.deepEqual(checkPack(source({ 'a.md': unit('a', '1.1') }, manifestOf('a.md'), 'modules/demo', last)).diagnostics, []);
  });

  it('pairs renamed activities in order, the rest gone', () => {
    const last = record({ 'a.md': { id: 'a', activities: [{ id: 'p', line: 9 }, { id: 'q', line: 13 }, { id: 'keep', line: 20 }] } });
    const body = '\n:::reflection{#keep}\nK.\n:::\n\n:::reflection{#n}\nN.\n:::\n';
    const result = checkPack(source({ 'a.md': unit('a', '1.1', body) }, manifestOf('a.md'), 'modules/demo', last));
    assert.deepEqual(result.diagnostics.filter((d) => d.code === 'LP058').map((d) => `${d.line}:${d.column} ${d.message.replace(/;.*/, '')}`), [
      '13:1 activity "n" was "p" in the last build: answers saved under "p" will be orphaned',
      '13:1 activity "q" (here in the last build) is gone: answers saved under it will be orphaned',
    ]);
  });

  it('places a renamed prompt at its own ::prompt in its own activity, and a gone prompt at the activity', () => {
    const body = [
      '', ':::reflection{#first}', 'Intro.', '', '::prompt[Earlier?]{#p.2}', ':::', // 8-13
      '', ':::reflection{#r}', 'Intro.', '', '::prompt[Kept?]{#pa2}', '', '  ::prompt[Renamed?]{#p.2 min-words=5}', ':::', // 14-21
      '', ':::reflection{#s}', 'Intro.', '', '::prompt[Only?]{#s1}', ':::', // 22-27
    ].join('\n');
    const last = record({ 'a.md': { id: 'a', activities: [
      { id: 'first', line: 9, prompts: ['p.2'] },
      { id: 'r', line: 15, prompts: ['pa2', 'old'] },
      { id: 's', line: 23, prompts: ['s1', 's2'] },
    ] } });
    const result = checkPack(source({ 'a.md': unit('a', '1.1', body) }, manifestOf('a.md'), 'modules/demo', last));
    assert.deepEqual(result.diagnostics.filter((d) => d.code === 'LP058').map((d) => `${d.line}:${d.column} ${d.message.replace(/;.*/, '')}`), [
      '20:3 prompt "p.2" of activity "r" was "old" in the last build: answers saved under "old" will be orphaned',
      '23:1 prompt "s2" of activity "s" is gone since the last build: answers saved under it will be orphaned',
    ]);
  });

  it('counts every prompt gone when an activity has none left', () => {
    const last = record({ 'a.md': { id: 'a', activities: [{ id: 'r', line: 9, prompts: ['one', 'two'] }] } });
    const result = checkPack(source({ 'a.md': unit('a', '1.1', '\n:::reflection{#r}\nThink.\n:::\n') }, manifestOf('a.md'), 'modules/demo', last));
    assert.deepEqual(result.diagnostics.filter((d) => d.code === 'LP058').map((d) => `${d.line}:${d.column} ${d.message.replace(/ since.*/, '')}`), [
      '9:1 prompt "one" of activity "r" is gone',
      '9:1 prompt "two" of activity "r" is gone',
    ]);
  });
});

describe('more of the pack', () => {
  it('records a checklist and a quiz by id and line, without prompts, and no other block', () => {
    const body = '\n:::checklist{#c}\n- [ ] One\n:::\n\n:::quiz{#q}\nWhich?\n- [x] A\n- [ ] B\n:::\n';
    const result = checkPack(source({ 'a.md': unit('a', '1.1', body) }, manifestOf('a.md')));
    assert.deepEqual(lastBuildOf(result.units).units['a.md'], { id: 'a', activities: [{ id: 'c', line: 9 }, { id: 'q', line: 13 }] });
  });

  it('gives a unit\'s summary and duration to the pack only when it has them', () => {
    const files = { 'a.md': unit('a', '1.1').replace('---\n\n', 'summary: S.\nduration: 40\n---\n\n'), 'b.md': unit('b', '1.2') };
    const { pack } = checkPack(source(files, manifestOf('a.md', 'b.md')));
    assert.deepEqual(pack?.parts[0]!.units, [
      { file: 'a.md', id: 'a', number: '1.1', title: 'Unit 1.1', summary: 'S.', duration: 40 },
      { file: 'b.md', id: 'b', number: '1.2', title: 'Unit 1.2' },
    ]);
    assert.equal('description' in pack!, false);
  });

  it('lists variants by file name, and reports no unlisted unit when pack.yaml cannot be read', () => {
    const files = { 'b.md': unit('b', '1.2'), 'b.cy.md': unit('b', '1.2'), 'a.cy.md': unit('a', '1.1'), 'a.md': unit('a', '1.1') };
    assert.deepEqual(checkPack(source(files, manifestOf('b.md', 'a.md'))).variants.map((v) => v.file), ['a.cy.md', 'b.cy.md']);
    const broken = checkPack(source({ ...files, 'c.md': unit('c', '1.3') }, 'id: [\n'));
    assert.deepEqual(where(broken).map((w) => w.replace(/:\d+:\d+/, '')), ['modules/demo/pack.yaml LP051']);
    assert.deepEqual([broken.pack, broken.units, broken.variants], [undefined, [], []]);
  });

  it('names pack.yaml itself when read alone, and sorts problems by file, line and column', () => {
    assert.deepEqual(readPackManifest('').diagnostics.map((d) => d.file), ['pack.yaml', 'pack.yaml', 'pack.yaml']);
    assert.equal(readPackManifest('', 'x/pack.yaml').diagnostics[0]!.file, 'x/pack.yaml');
    const d = (file: string, line: number, column: number) => ({ file, line, column, severity: 'error' as const, code: 'LP055', message: '' });
    const sorted = [d('a', 2, 9), d('a', 5, 1), d('a', 5, 2), d('b', 1, 1), d('c', 1, 1)];
    for (const order of [[3, 1, 4, 0, 2], [4, 3, 2, 1, 0], [0, 4, 1, 3, 2]]) {
      assert.deepEqual(sortDiagnostics(order.map((i) => sorted[i]!)), sorted);
    }
  });

  it('reports a part with no number or title as "this part", and a usable manifest needs every field', () => {
    const text = 'id: demo\ntitle: Demo\nparts:\n  - units: [a.md]\n';
    assert.deepEqual(manifestProblems(text), [
      '4:5 LP051 this part has no "number" field; add one, e.g. number: "4"',
      '4:5 LP051 this part has no "title" field; add one, e.g. title: "Leadership for all"',
    ]);
    const read = readPackManifest(text);
    assert.equal(read.usable, false);
    assert.deepEqual(read.manifest?.parts, [{ number: '', title: '', units: [{ file: 'a.md', line: 4, column: 13 }] }]);
    assert.equal(readPackManifest(manifestOf('a.md').replace('title: Demo\n', '')).usable, false);
    assert.equal(readPackManifest('id: demo\ntitle: Demo\nparts: []\n').usable, false);
    assert.equal(readPackManifest('id: demo\ntitle: Demo\n').usable, false);
    assert.deepEqual(readPackManifest('id: demo\ntitle: Demo\nparts:\n  - [a.md]\n').diagnostics.map((d) => `${d.line}:${d.column}`), ['4:5']);
    const lang = readPackManifest(manifestOf('a.md').replace('title: Demo\n', 'title: Demo\nlang: 7\n'));
    assert.equal(lang.manifest?.lang, 'en');
  });

  it('finds values under quoted keys and in flow style', () => {
    assert.deepEqual(manifestProblems(`"id": 42\n'title': Demo\n"lang": x1\nparts: [{number: 1, 'title': T, "units": [a.md]}]\n`)
      .map((p) => p.slice(0, p.indexOf(' LP'))), ['1:7', '3:9', '4:18']);
  });

  it('finds links after code spans, reference definitions with no space, a fence closed with trailing spaces', () => {
    assert.deepEqual(localLinks('`x` ``y`` [a](a.md)\n[r]:r.png\ntext [s]: s.png\n```\n[b](b.md)\n```  \n[c](c.md)'), [
      { url: 'a.md', line: 1, column: 15 }, { url: 'r.png', line: 2, column: 5 }, { url: 'c.md', line: 7, column: 5 },
    ]);
  });
});

describe('edges of front matter, fences and variants', () => {
  it('takes front matter only when the text opens with it, and ends it only at a line of --- or ...', () => {
    assert.deepEqual(localLinks('[a](a.md)'), [{ url: 'a.md', line: 1, column: 5 }]);
    assert.deepEqual(localLinks('---  \nx: "[a](z.md)"\ny: a ---\n---\n[a](a.md)'), [{ url: 'a.md', line: 5, column: 5 }]);
    assert.deepEqual(localLinks('x\uFEFF[a](a.md)'), [{ url: 'a.md', line: 1, column: 7 }], 'only a leading BOM is dropped');
    assert.deepEqual(localLinks('a ```\n[x](x.md)'), [{ url: 'x.md', line: 2, column: 5 }], 'a fence starts its line');
  });

  it('compares a variant with its own unit, and says nothing more of a variant that did not compile', () => {
    const files = { 'a.md': unit('a', '1.1'), 'b.md': unit('b', '1.2'), 'b.cy.md': unit('b', '1.2') };
    assert.deepEqual(checkPack(source(files, manifestOf('a.md', 'b.md'))).diagnostics, []);
    const broken = checkPack(source({ ...files, 'b.cy.md': 'no front matter\n' }, manifestOf('a.md', 'b.md')));
    assert.ok(broken.diagnostics.length > 0);
    assert.ok(broken.diagnostics.every((d) => d.file === 'modules/demo/b.cy.md' && d.code !== 'LP060'), JSON.stringify(broken.diagnostics));
  });
});

describe('pack.yaml fields one at a time', () => {
  const withField = (field: string) => manifestOf('a.md').replace('title: Demo\n', `title: Demo\n${field}\n`);

  it('a pack.yaml wrong in one field alone is not usable', () => {
    for (const text of [manifestOf('a.md').replace('title: Demo', 'title: 42'), manifestOf('a.md').replace('id: demo', 'id: Demo'),
      withField('lang: [en]'), withField('description: 42'), manifestOf('a.md').replace('title: One', 'title: ""')]) {
      const read = readPackManifest(text);
      assert.equal(read.diagnostics.length, 1, text);
      assert.equal(read.usable, false, text);
    }
  });

  it('says a field written with no value is missing, and what a description should be', () => {
    assert.deepEqual(manifestProblems(manifestOf('a.md').replace('id: demo', 'id:')), ['1:1 LP051 pack.yaml has no "id" field; add one, e.g. id: mep-leadership']);
    assert.deepEqual(manifestProblems('id: demo\ntitle: Demo\nparts:\n'), ['1:1 LP051 pack.yaml has no "parts" field; add one: parts:, then "- number:", "title:" and "units:" for each part']);
    assert.deepEqual(manifestProblems(withField('description: 42')),
      ['3:14 LP051 "description" must be text in quotes, e.g. description: One or two sentences. (unquoted, YAML reads it as number)']);
    assert.deepEqual(manifestProblems(withField("'lang': x1")).map((p) => p.slice(0, 10)), ['3:9 LP051 ']);
  });

  it('keeps what it could read of a pack.yaml with fields missing, and nothing it could not', () => {
    assert.deepEqual(readPackManifest('lang: cy\n').manifest, { id: '', title: '', lang: 'cy', parts: [] });
  });

  it('places a part\'s missing field at that part', () => {
    const text = `${manifestOf('a.md')}  - number: "2"\n    units: [b.md]\n`;
    assert.deepEqual(manifestProblems(text), ['8:5 LP051 this part has no "title" field; add one, e.g. title: "Leadership for all"']);
  });

  it('takes a colon later in a unit path', () => {
    const read = readPackManifest(manifestOf('x/c:y.md', 'x/..y/z.md'));
    assert.deepEqual([read.diagnostics, read.manifest?.parts[0]!.units.map((u) => u.file)], [[], ['x/c:y.md', 'x/..y/z.md']]);
  });
});

describe('more links and prompts', () => {
  it('takes a link to a folder in a folder when it has files', () => {
    const files = { 'a.md': unit('a', '1.1', '[n](sub/notes/) [m](sub/none/)'), 'sub/notes/n.txt': '', 'subnotes/x': '' };
    assert.deepEqual(where(checkPack(source(files, manifestOf('a.md')))), ['modules/demo/a.md:8:21 LP055']);
  });

  it('places a renamed prompt right after its activity\'s line, in a file with Windows line ends', () => {
    const activity = (id: string) => `\n:::reflection{#r}\n::prompt[One?]{#${id}}\n:::\n`;
    const last = record('a.md', 'a', [{ id: 'r', line: 9, prompts: ['one'] }]);
    const text = unit('a', '1.1', activity('uno')).replace(/\n/g, '\r\n');
    const result = checkPack(source({ 'a.md': text }, manifestOf('a.md'), 'modules/demo', last));
    assert.deepEqual(result.diagnostics.filter((d) => d.code === 'LP058').map((d) => `${d.line}:${d.column}`), ['10:1']);
  });
});

function record(file: string, id: string, activities: LastBuild['units'][string]['activities']): LastBuild {
  return { format: 'learning-pack/last-build', version: 1, units: { [file]: { id, activities } } };
}

describe('front matter and fences, line by line', () => {
  it('drops a leading BOM before looking for front matter', () => {
    assert.deepEqual(localLinks('\uFEFF---\nx: "[z](z.md)"\n---\n[a](a.md)'), [{ url: 'a.md', line: 4, column: 5 }]);
    assert.deepEqual(localLinks('\uFEFF[a](a.md)'), [{ url: 'a.md', line: 1, column: 5 }]);
  });

  it('keeps front matter open past a line that only contains or starts with ---', () => {
    assert.deepEqual(localLinks('---\ny: a ---\nz: "[b](b.md)"\n--- no\nw: "[c](c.md)"\n---\n[a](a.md)'), [{ url: 'a.md', line: 7, column: 5 }]);
  });

  it('keeps a fence open past a fence of the other kind', () => {
    assert.deepEqual(localLinks('```\n~~~\n[b](b.md)\n```\n[a](a.md)'), [{ url: 'a.md', line: 5, column: 5 }]);
  });
});
