// The pack model and its checks: pack.yaml → parts and ordered units, and
// every pack-level problem with its code and exact FILE:LINE:COLUMN.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  checkPack, lastBuildOf, localLinks, PACK_CODES, readPackManifest, type LastBuild, type PackSource,
} from '../../src/content/pack.js';

const unit = (id: string, number: string, body = '') =>
  `---\nid: ${id}\nnumber: "${number}"\ntitle: Unit ${number}\nsummary: About ${number}.\n---\n\nText.\n${body}`;

const MANIFEST = `id: demo
title: "Demo: a pack"
lang: cy
description: Two units.
parts:
  - number: "1"
    title: Part one
    units:
      - 1.1-first.md
      - 1.2-second.md
  - number: "2"
    title: Part two
    units:
      - 2.1-third.md
`;

function source(files: Record<string, string>, manifest: string | undefined = MANIFEST, lastBuild?: LastBuild): PackSource {
  return { dir: 'modules/demo', manifest, files: Object.keys(files), read: (file) => files[file]!, ...(lastBuild && { lastBuild }) };
}

const threeUnits = {
  '1.1-first.md': unit('first', '1.1'),
  '1.2-second.md': unit('second', '1.2'),
  '2.1-third.md': unit('third', '2.1'),
};

/** `file:line:column code` of each diagnostic. */
const where = (result: { diagnostics: { file: string; line: number; column: number; code: string }[] }) =>
  result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

describe('the pack model', () => {
  it('reads parts and their units in order, with numbers and titles from the units', () => {
    const { pack, diagnostics } = checkPack(source(threeUnits));
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(pack, {
      id: 'demo', title: 'Demo: a pack', lang: 'cy', description: 'Two units.',
      parts: [
        { number: '1', title: 'Part one', units: [
          { file: '1.1-first.md', id: 'first', number: '1.1', title: 'Unit 1.1', summary: 'About 1.1.' },
          { file: '1.2-second.md', id: 'second', number: '1.2', title: 'Unit 1.2', summary: 'About 1.2.' },
        ] },
        { number: '2', title: 'Part two', units: [{ file: '2.1-third.md', id: 'third', number: '2.1', title: 'Unit 2.1', summary: 'About 2.1.' }] },
      ],
    });
  });

  it('takes NAME.cy.md beside a listed NAME.md for its Welsh variant, not an unlisted unit, and checks it', () => {
    const welsh = unit('first', '1.1').replace('---\n\n', 'lang: cy\n---\n\n');
    const result = checkPack(source({ ...threeUnits, '1.1-first.cy.md': welsh }));
    assert.deepEqual(where(result), []);
    assert.deepEqual(result.variants.map((v) => [v.file, v.of, v.lang, v.result.unit?.meta.lang]), [['1.1-first.cy.md', '1.1-first.md', 'cy', 'cy']]);
    // Its own mistakes are still reported, at its own lines.
    const broken = checkPack(source({ ...threeUnits, '1.1-first.cy.md': `${welsh}\n:::reflection\n:::\n` }));
    assert.deepEqual(where(broken).map((w) => w.replace(/:\d+:\d+/, '')), ['modules/demo/1.1-first.cy.md LP010']);
  });

  it('reports a language variant whose id is not its unit\'s, at its id line', () => {
    const result = checkPack(source({ ...threeUnits, '1.1-first.cy.md': unit('cyntaf', '1.1') }));
    assert.deepEqual(where(result), ['modules/demo/1.1-first.cy.md:2:1 LP060']);
    assert.match(result.diagnostics[0]!.message, /id: first, not "cyntaf"/);
  });

  it('still calls NAME.cy.md an unlisted unit when no NAME.md is listed', () => {
    const result = checkPack(source({ ...threeUnits, '3.1-other.cy.md': unit('other', '3.1') }));
    assert.deepEqual(where(result), ['modules/demo/3.1-other.cy.md:1:1 LP054']);
  });

  it('reads every real pack in modules/ without a problem, units numbered in order', () => {
    const packs = readdirSync(new URL('../../modules/', import.meta.url)).sort();
    assert.deepEqual(packs, ['getting-started', 'mep-leadership', 'research-informed-practice']);
    const numbers: Record<string, string[]> = {};
    for (const id of packs) {
      const dir = new URL(`../../modules/${id}/`, import.meta.url);
      const result = checkPack({
        dir: `modules/${id}`,
        manifest: readFileSync(new URL('pack.yaml', dir), 'utf8'),
        files: readdirSync(dir),
        read: (f) => readFileSync(new URL(f, dir), 'utf8'),
      });
      assert.deepEqual(result.diagnostics, [], id);
      numbers[id] = result.pack!.parts.flatMap((p) => p.units).map((u) => u.number);
    }
    assert.deepEqual(numbers['mep-leadership'], ['4.2', '4.3', '4.4', '4.5', '4.6']);
    assert.deepEqual(numbers['research-informed-practice'], ['1.1', '1.2', '1.3']);
  });

  it('gives the place of each unit entry in pack.yaml, block or flow style', () => {
    const { manifest } = readPackManifest('id: x\ntitle: X\nparts:\n  - number: "1"\n    title: One\n    units:\n      - a.md\n  - {number: "2", title: Two, units: [b.md, "c.md"]}\n');
    assert.deepEqual(manifest?.parts.map((p) => p.units), [
      [{ file: 'a.md', line: 7, column: 9 }],
      [{ file: 'b.md', line: 8, column: 39 }, { file: 'c.md', line: 8, column: 45 }],
    ]);
  });
});

describe('pack checks', () => {
  it('LP050: a folder of units with no pack.yaml', () => {
    const result = checkPack({ ...source({ 'b.md': unit('b', '1.2'), 'a.md': unit('a', '1.1') }), manifest: undefined });
    assert.deepEqual(where(result), ['modules/demo/a.md:1:1 LP050']);
    assert.match(result.diagnostics[0]!.message, /no pack\.yaml/);
    assert.equal(result.pack, undefined);
  });

  it('LP051: YAML syntax errors at their line and column', () => {
    const result = checkPack(source(threeUnits, 'id: demo\ntitle: Demo: a pack\nparts: []\n'));
    assert.deepEqual(where(result).filter((w) => w.includes('pack.yaml')), ['modules/demo/pack.yaml:2:12 LP051']);
    assert.match(result.diagnostics.find((d) => d.code === 'LP051')!.message, /invalid YAML/);
  });

  it('LP051: missing and invalid fields, each where it is (or where it belongs)', () => {
    const manifest = 'id: Demo Pack\nlang: 42\nparts:\n  - number: 1\n    units:\n      - 1.1-first.md\n';
    const result = checkPack(source({ '1.1-first.md': unit('first', '1.1') }, manifest));
    assert.deepEqual(where(result), [
      'modules/demo/pack.yaml:1:1 LP051', // no title: reported at the top
      'modules/demo/pack.yaml:1:5 LP051', // id is not a slug
      'modules/demo/pack.yaml:2:7 LP051', // lang is not a language tag
      'modules/demo/pack.yaml:4:5 LP051', // the part has no title
      'modules/demo/pack.yaml:4:13 LP051', // number is not quoted
    ]);
    const messages = result.diagnostics.map((d) => d.message).join('\n');
    assert.match(messages, /no "title" field; add one, e\.g\. title:/);
    assert.match(messages, /number: "4"/);
    assert.equal(result.pack, undefined, 'no pack from an invalid pack.yaml');
    // The units it lists are still checked.
    assert.equal(result.units.length, 1);
  });

  it('LP051: a unit entry that is not a .md path inside the folder', () => {
    const manifest = 'id: demo\ntitle: Demo\nparts:\n  - number: "1"\n    title: One\n    units:\n      - ../other/1.1.md\n      - notes.txt\n';
    assert.deepEqual(where(checkPack(source({}, manifest))), ['modules/demo/pack.yaml:7:9 LP051', 'modules/demo/pack.yaml:8:9 LP051']);
  });

  it('LP052: an unknown field is a warning at its key', () => {
    const result = checkPack(source(threeUnits, MANIFEST.replace('lang: cy\n', 'lang: cy\nauthor: Someone\n')));
    assert.deepEqual(where(result), ['modules/demo/pack.yaml:4:1 LP052']);
    assert.equal(result.diagnostics[0]!.severity, 'warning');
    assert.ok(result.pack);
  });

  it('LP053: a unit listed but missing, with a near miss suggested', () => {
    const files = { '1.1-first.md': unit('first', '1.1'), '1.2-Second.md': unit('second', '1.2') };
    const result = checkPack(source(files));
    const missing = result.diagnostics.filter((d) => d.code === 'LP053');
    assert.deepEqual(where({ diagnostics: missing }), ['modules/demo/pack.yaml:10:9 LP053', 'modules/demo/pack.yaml:14:9 LP053']);
    assert.match(missing[0]!.message, /did you mean "1\.2-Second\.md"/);
  });

  it('LP054: a unit file that pack.yaml does not list (a README is not a unit)', () => {
    const result = checkPack(source({ ...threeUnits, 'drafts/1.3-draft.md': unit('draft', '1.3'), 'README.md': '# About' }));
    assert.deepEqual(where(result), ['modules/demo/drafts/1.3-draft.md:1:1 LP054']);
    assert.equal(result.diagnostics[0]!.severity, 'warning');
  });

  it('LP055: links and images to missing local files, at the link target', () => {
    const body = [
      'See ![a diagram](images/diagram.png) and [the reading](reading.pdf#page=2).', // line 9
      '`[not a link](code.png)` and [fine](images/here.png)',
      '```',
      '![in a fence](fenced.png)',
      '```',
      '<img src="raw.png" alt="raw"> <a href="https://example.org/x.png">out</a> [anchor](#top)',
      '[ref]: <refs/missing.md>',
      '[^1]: a footnote, not a link',
    ].join('\n');
    const result = checkPack(source({ ...threeUnits, '1.1-first.md': unit('first', '1.1', body), 'images/here.png': '' }));
    assert.deepEqual(where(result), [
      'modules/demo/1.1-first.md:9:18 LP055',
      'modules/demo/1.1-first.md:9:56 LP055',
      'modules/demo/1.1-first.md:14:11 LP055',
      'modules/demo/1.1-first.md:15:9 LP055',
    ]);
    assert.match(result.diagnostics[0]!.message, /"images\/diagram\.png" does not exist/);
  });

  it('LP055: links resolve relative to the unit file, in a subfolder too', () => {
    const manifest = MANIFEST.replace('- 2.1-third.md', '- part2/2.1-third.md');
    const body = '![ok](img/a.png) ![up](../shared.png) ![wrong](img/b.png)';
    const files = { ...threeUnits, 'part2/2.1-third.md': unit('third', '2.1', body), 'part2/img/a.png': '', 'shared.png': '' };
    delete (files as Record<string, string>)['2.1-third.md'];
    assert.deepEqual(where(checkPack(source(files, manifest))), ['modules/demo/part2/2.1-third.md:9:48 LP055']);
  });

  it('LP056: the same unit id in two units, at the second one\'s id line', () => {
    const result = checkPack(source({ ...threeUnits, '2.1-third.md': unit('first', '2.1') }));
    assert.deepEqual(where(result), ['modules/demo/2.1-third.md:2:1 LP056']);
    assert.match(result.diagnostics[0]!.message, /"first" is already the id of modules\/demo\/1\.1-first\.md:2:1/);
  });

  it('LP057: the same file listed twice', () => {
    const result = checkPack(source(threeUnits, `${MANIFEST}      - 1.1-first.md\n`));
    assert.deepEqual(where(result), ['modules/demo/pack.yaml:15:9 LP057']);
    assert.match(result.diagnostics[0]!.message, /first at 9:9/);
  });

  it('LP058: an activity id changed since the last build, at the activity', () => {
    const activities = (a: string, b: string) => `\n:::reflection{#${a}}\nOne.\n:::\n\n:::reflection{#${b}}\nTwo.\n:::\n`;
    const before = { ...threeUnits, '1.1-first.md': unit('first', '1.1', activities('1.1.1', '1.1.2')) };
    const built = checkPack(source(before));
    const last = lastBuildOf(built.units);
    assert.deepEqual(last.units['1.1-first.md'], { id: 'first', activities: [{ id: '1.1.1', line: 10 }, { id: '1.1.2', line: 14 }] });

    assert.deepEqual(where(checkPack(source(before, MANIFEST, last))), [], 'nothing changed');
    const renamed = { ...threeUnits, '1.1-first.md': unit('first', '1.1', activities('1.1.1', '1.1.3')) };
    const result = checkPack(source(renamed, MANIFEST, last));
    assert.deepEqual(where(result), ['modules/demo/1.1-first.md:14:1 LP058']);
    assert.match(result.diagnostics[0]!.message, /activity "1\.1\.3" was "1\.1\.2" in the last build: answers saved under "1\.1\.2" will be orphaned/);
  });

  it('LP058: a unit id changed, or an activity gone, since the last build', () => {
    const last: LastBuild = { format: 'learning-pack/last-build', version: 1, units: {
      '1.1-first.md': { id: 'the-first', activities: [] },
      '1.2-second.md': { id: 'second', activities: [{ id: '1.2.1', line: 12 }] },
    } };
    const result = checkPack(source(threeUnits, MANIFEST, last));
    assert.deepEqual(where(result), ['modules/demo/1.1-first.md:2:1 LP058', 'modules/demo/1.2-second.md:12:1 LP058']);
    assert.match(result.diagnostics[0]!.message, /unit id "first" was "the-first"/);
    assert.match(result.diagnostics[1]!.message, /activity "1\.2\.1" .* is gone/);
  });

  it('LP058: a prompt id changed or gone since the last build, at the prompt', () => {
    const activity = (first: string, second: string) =>
      `\n:::reflection{#1.1.1}\nIntro.\n\n::prompt[One?]{#${first}}\n\n::prompt[Two?]{#${second} min-words=10}\n:::\n`;
    const before = { ...threeUnits, '1.1-first.md': unit('first', '1.1', activity('one', 'two')) };
    const last = lastBuildOf(checkPack(source(before)).units);
    assert.deepEqual(last.units['1.1-first.md']!.activities, [{ id: '1.1.1', line: 10, prompts: ['one', 'two'] }]);
    const renamed = { ...threeUnits, '1.1-first.md': unit('first', '1.1', activity('one', 'second')) };
    const result = checkPack(source(renamed, MANIFEST, last));
    assert.deepEqual(where(result), ['modules/demo/1.1-first.md:15:1 LP058']);
    assert.match(result.diagnostics[0]!.message, /prompt "second" of activity "1\.1\.1" was "two" in the last build/);
  });

  it('LP059: a link outside the pack folder is a warning', () => {
    const result = checkPack(source({ ...threeUnits, '1.1-first.md': unit('first', '1.1', '![x](../elsewhere.png)') }));
    assert.deepEqual(where(result), ['modules/demo/1.1-first.md:9:6 LP059']);
    assert.equal(result.diagnostics[0]!.severity, 'warning');
  });

  it('keeps the compiler\'s own diagnostics, labelled with the unit file', () => {
    const result = checkPack(source({ ...threeUnits, '1.2-second.md': unit('second', '1.2', ':::nonsense\nx\n:::\n') }));
    assert.deepEqual(where(result), ['modules/demo/1.2-second.md:9:1 LP003']);
  });
});

describe('pack codes', () => {
  const code = readFileSync(new URL('../../src/content/pack.ts', import.meta.url), 'utf8');
  const docs = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');

  it('reports every code in its table, and documents each in docs/cli.md', () => {
    for (const c of Object.keys(PACK_CODES)) {
      assert.ok(code.includes(`PACK.${c}`), `${c} is never reported`);
      assert.match(docs, new RegExp(`\\| ${c} \\| ${PACK_CODES[c as keyof typeof PACK_CODES].severity} \\|`), `${c} is not in docs/cli.md`);
    }
  });

  it('finds links only outside code', () => {
    assert.deepEqual(localLinks('---\nx: "[a](b.md)"\n---\n``x [a](c.md)``\n~~~\n[a](d.md)\n~~~\n[e](e.md)'), [{ url: 'e.md', line: 8, column: 5 }]);
  });
});
