import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileUnit } from '../../src/content/compile.js';
import { splitFrontMatter } from '../../src/content/front-matter.js';
import { MAX_FRONT_MATTER_CHARS } from '../../src/content/limits.js';
import { unitOf } from './helpers.js';

/** Each diagnostic as `CODE line:column message`, the way an author reads it. */
function said(source: string): string[] {
  return compileUnit(source, 'u.md').diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`);
}

/** A front matter of the three required fields, then `extra` lines (from line 5 of the file). */
const unit = (extra = '', { id = 'a', number = '"1"', title = 'T' } = {}) =>
  `---\nid: ${id}\nnumber: ${number}\ntitle: ${title}\n${extra}---\nBody.\n`;

describe('finding the front matter', () => {
  it('takes --- with trailing spaces to open it and ... to close it', () => {
    assert.deepEqual(splitFrontMatter('---  \nid: a\n...\t\nBody.\n'), { kind: 'found', yaml: 'id: a\n', yamlLine: 2, bodyOffset: 17 });
    assert.deepEqual(splitFrontMatter('---\nid: a\n---'), { kind: 'found', yaml: 'id: a\n', yamlLine: 2, bodyOffset: 13 });
  });

  it('needs --- alone on the first line, and a closing line that is only --- or ...', () => {
    assert.deepEqual(splitFrontMatter('----\nid: a\n---\n'), { kind: 'missing' });
    assert.deepEqual(splitFrontMatter('--- id: a\n---\n'), { kind: 'missing' });
    assert.deepEqual(splitFrontMatter('Body\n---\nid: a\n---\n'), { kind: 'missing' });
    assert.deepEqual(splitFrontMatter('---'), { kind: 'unclosed' });
    assert.deepEqual(splitFrontMatter('---\nid: a\n----\n--- x\n'), { kind: 'unclosed' });
  });

  it('names the missing and the unclosed front matter in words', () => {
    assert.deepEqual(said('# Heading\n'), [
      'LP001 1:1 the unit has no front matter: start the file with a --- line, then id, number, title and lang, then another --- line',
    ]);
    assert.deepEqual(said('---\nid: a\n'), ['LP002 1:1 the front matter that starts here has no closing --- line']);
  });

  it('starts the body after the closing line', () => {
    const meta = unitOf(compileUnit('---\nid: a\nnumber: "1"\ntitle: T\n...\n# Heading\n', 'u.md'));
    assert.deepEqual(meta.headings.map((h) => h.text), ['Heading']);
  });
});

describe('front matter errors, each at the line of its field', () => {
  it('refuses a front matter over the size limit, at its first line', () => {
    const limit = MAX_FRONT_MATTER_CHARS.toLocaleString('en');
    assert.deepEqual(said(unit(`summary: ${'x'.repeat(MAX_FRONT_MATTER_CHARS)}\n`)), [
      `LP002 2:1 the front matter is longer than ${limit} characters; keep it to the unit's fields and put the text in the body`,
    ]);
    // Exactly at the limit is allowed.
    const yaml = `id: a\nnumber: "1"\ntitle: T\nsummary: `;
    const atLimit = `---\n${yaml}${'x'.repeat(MAX_FRONT_MATTER_CHARS - yaml.length - 1)}\n---\n`;
    assert.deepEqual(said(atLimit), []);
  });

  it('asks for fields when the front matter is a list or plain text', () => {
    for (const yaml of ['- a\n- b\n', '"just text"\n']) {
      assert.deepEqual(said(`---\n${yaml}---\n`), ['LP002 1:1 the front matter must be fields such as id: …, title: …, one per line'], yaml);
    }
  });

  it('reads an empty front matter as no fields', () => {
    assert.deepEqual(said('---\n---\n'), [
      'LP002 1:1 the front matter has no "id" field; add one, e.g. id: joint-practice-development',
      'LP002 1:1 the front matter has no "number" field; add one, e.g. number: "4.2"',
      'LP002 1:1 the front matter has no "title" field; add one, e.g. title: "Joint practice development"',
    ]);
  });

  it('names a required field left empty, at its line', () => {
    assert.deepEqual(said(unit('', { id: '' })), ['LP002 2:1 the front matter has no "id" field; add one, e.g. id: joint-practice-development']);
    assert.deepEqual(said(unit('', { title: 'null' })), ['LP002 4:1 the front matter has no "title" field; add one, e.g. title: "Joint practice development"']);
    assert.deepEqual(said(unit('', { id: '"  "' })), ['LP002 2:1 "id" must not be empty']);
  });

  it('asks for quotes around a value YAML reads as something other than text, quoting the author’s line', () => {
    assert.deepEqual(said(unit('', { id: '5' })), ['LP002 2:1 "id" must be text in quotes: id: "5" (unquoted, YAML reads it as number)']);
    assert.deepEqual(said(unit('', { number: '4.10 # the unit' })), [
      'LP002 3:1 "number" must be text in quotes: number: "4.10" (unquoted, YAML reads it as a number, so 4.10 would become 4.1)',
    ]);
    assert.deepEqual(said(unit('', { title: '[a, b]' })), ['LP002 4:1 "title" must be text in quotes: title: "[a, b]" (unquoted, YAML reads it as a list)']);
    assert.deepEqual(said(unit('', { title: '\n  a: b' })), [
      'LP002 4:1 "title" must be text in quotes, like title: "Joint practice development" (unquoted, YAML reads it as a set of fields)',
    ]);
    assert.deepEqual(said(unit('', { number: '\n  - 4\n  - 2' })), [
      'LP002 3:1 "number" must be text in quotes, like number: "4.2" (unquoted, YAML reads it as a number, so 4.10 would become 4.1)',
    ]);
  });

  it('checks the id’s form, quoting what the author wrote without quotes or comment', () => {
    const rule = '"id" must be lowercase letters, digits and single hyphens, like joint-practice-development';
    assert.deepEqual(said(unit('', { id: '"Bad Id" # a comment' })), [`LP002 2:1 ${rule}, not "Bad Id"`]);
    assert.deepEqual(said(unit('', { id: "'a--b'" })), [`LP002 2:1 ${rule}, not "a--b"`]);
    for (const id of ['-a', 'a-', 'x_y', 'Ab', 'a b', 'a#b']) assert.equal(said(unit('', { id: `"${id}"` })).length, 1, id);
    for (const id of ['a', '4-2-jpd', 'joint-practice-development']) assert.deepEqual(said(unit('', { id })), [], id);
  });

  it('checks lang, which defaults to en', () => {
    assert.equal(unitOf(compileUnit(unit(), 'u.md')).meta.lang, 'en');
    for (const lang of ['cy', 'en-GB', 'sgn-BE-FR', 'cy-x-abcdefgh']) assert.deepEqual(said(unit(`lang: ${lang}\n`)), [], lang);
    for (const lang of ['e', 'engl', 'cy-x-abcdefghi', 'en_GB', 'en-', '12']) {
      assert.deepEqual(said(unit(`lang: ${lang}\n`)), [`LP002 5:1 "lang" must be a language tag such as en or cy, not "${lang}"`], lang);
    }
    assert.deepEqual(said(unit('lang: [cy]\n')), ['LP002 5:1 "lang" must be a language tag such as en or cy, not "[cy]"']);
    assert.equal(compileUnit(unit('lang: 12\n'), 'u.md').unit, undefined);
  });

  it('leaves out a bad optional field with a message, and keeps the unit', () => {
    const source = unit('summary: [a]\nduration: "40"\nobjectives: [a, " "]\n');
    assert.deepEqual(said(source), [
      'LP002 5:1 "summary" must be text: one or two sentences',
      'LP002 6:1 "duration" must be a positive number of minutes, like duration: 40, not "40"',
      'LP002 7:1 "objectives" must be a list of text items, each on its own line starting with "- "',
    ]);
    assert.deepEqual(unitOf(compileUnit(source, 'u.md')).meta, { id: 'a', number: '1', title: 'T', lang: 'en' });
  });

  it('takes a positive, finite duration and a list of text objectives', () => {
    const meta = (extra: string) => unitOf(compileUnit(unit(extra), 'u.md')).meta;
    assert.equal(meta('duration: 0.5\n').duration, 0.5);
    for (const bad of ['0', '-1', '.inf', '.nan', 'abc', '[40]']) {
      assert.deepEqual(said(unit(`duration: ${bad}\n`)), [`LP002 5:1 "duration" must be a positive number of minutes, like duration: 40, not "${bad}"`], bad);
    }
    assert.deepEqual(meta('objectives:\n  - One\n  - Two\n').objectives, ['One', 'Two']);
    assert.deepEqual(said(unit('objectives: [1]\n')).length, 1);
    assert.deepEqual(said(unit('objectives: One\n')).length, 1);
    // A field written with no value is the same as no field.
    assert.deepEqual(said(unit('summary:\nduration:\nobjectives:\ntranslation:\n')), []);
    assert.deepEqual(meta('summary:\n'), { id: 'a', number: '1', title: 'T', lang: 'en' });
  });

  it('takes a translation of a .md file with a status and an optional note, nothing else', () => {
    const meta = (translation: string) => compileUnit(unit(`translation:\n${translation}`), 'u.cy.md');
    assert.deepEqual(unitOf(meta('  of: 4.2.MD\n  status: draft\n')).meta.translation, { of: '4.2.MD', status: 'draft' });
    for (const bad of [
      '  of: 4.2.md\n',
      '  of: 4.2.txt\n  status: draft\n',
      '  of: 4.2.md.bak\n  status: draft\n',
      '  of: " "\n  status: draft\n',
      '  of: 4.2.md\n  status: " "\n',
      '  of: 4.2.md\n  status: draft\n  note: " "\n',
      '  of: 4.2.md\n  status: draft\n  note: 5\n',
      '  of: 4.2.md\n  status: draft\n  by: me\n',
      '  - 4.2.md\n',
    ]) {
      const result = meta(bad);
      assert.deepEqual(result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`), ['LP002 5:1'], bad);
      assert.match(result.diagnostics[0]!.message, /^"translation" must be fields on their own indented lines: "of:" the unit file it translates/);
      assert.equal(unitOf(result).meta.translation, undefined);
    }
  });

  it('warns about each unknown field at its own line, and names the known ones', () => {
    assert.deepEqual(said(unit('colour: blue\n"size": 3\n')), [
      'LP005 5:1 unknown front matter field "colour" is ignored (known fields: id, number, title, lang, summary, duration, objectives, translation)',
      'LP005 6:1 unknown front matter field "size" is ignored (known fields: id, number, title, lang, summary, duration, objectives, translation)',
    ]);
    // A key YAML reads that no line shows (a flow mapping) is placed at the first line.
    assert.deepEqual(said('---\n{id: a, number: "1", title: T, x: 1}\n---\n').map((s) => s.slice(0, 9)), ['LP005 1:1']);
  });

  it('quotes at most 60 characters of the author’s value', () => {
    const long = 'Ab'.repeat(40);
    assert.deepEqual(said(unit('', { id: long })), [
      `LP002 2:1 "id" must be lowercase letters, digits and single hyphens, like joint-practice-development, not "${long.slice(0, 59)}…"`,
    ]);
    const sixty = 'A'.repeat(60);
    assert.deepEqual(said(unit('', { id: sixty }))[0]!.endsWith(`not "${sixty}"`), true);
  });

  it('takes a comment only after a space or a tab', () => {
    const rule = 'LP002 2:1 "id" must be lowercase letters, digits and single hyphens, like joint-practice-development, not';
    assert.deepEqual(said(unit('', { id: 'Ab#c' })), [`${rule} "Ab#c"`]);
    assert.deepEqual(said(unit('', { id: 'Ab\t# c' })), [`${rule} "Ab"`]);
    assert.deepEqual(said(unit('', { id: 'A#b # c' })), [`${rule} "A#b"`]);
    assert.deepEqual(said(unit('', { id: '"#Ab"' })), [`${rule} "#Ab"`]);
  });
});

describe('YAML syntax errors', () => {
  it('points at the line and column YAML gives, and explains an unquoted colon', () => {
    assert.deepEqual(said(unit('', { title: 'Part 2: the sequel' })), [
      'LP002 4:14 invalid YAML in the front matter: bad indentation of a mapping entry (a value containing ": " must be in quotes: title: "Part 2: the sequel")',
    ]);
    assert.deepEqual(said('---\nid: a\n  bad: [\n---\n'), ['LP002 3:6 invalid YAML in the front matter: bad indentation of a mapping entry']);
  });

  it('gives no colon hint for a quoted value or a line without ": " in its value', () => {
    assert.deepEqual(said('---\nid: a\ntitle: "x: y" z\n---\n').map((s) => s.includes('must be in quotes')), [false]);
  });

  it('refuses an anchor, quoting its line and pointing at the &', () => {
    assert.deepEqual(said(unit('summary: &s Short\nduration: *s\n')), [
      'LP002 5:10 the front matter uses a YAML anchor or alias (& or *), which units do not allow: write each value out in full ("summary: &s Short")',
    ]);
    assert.deepEqual(said('---\nobjectives: &o\n  - One\n---\n'), [
      'LP002 2:13 the front matter uses a YAML anchor or alias (& or *), which units do not allow: write each value out in full ("objectives: &o")',
    ]);
  });
});
