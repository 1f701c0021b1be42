/**
 * What `learning-pack new` and the playground's "New unit" write: a pack and
 * a unit that pass the check as they stand, show every kind of block, and
 * keep the author's title, number and id as given.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { load } from 'js-yaml';
import { compileUnit } from '../../src/content/compile.js';
import { checkPack } from '../../src/content/pack.js';
import { EXAMPLE_SVG, packYaml, slugify, UNIT_NUMBER, unitMarkdown, yamlText } from '../../src/content/scaffold.js';

/** The scaffold of a pack with one unit, checked as `learning-pack check` would. */
function scaffoldPack(title: string, unitTitle: string, number = '1.1') {
  const file = `${number}-${slugify(unitTitle)}.md`;
  const files: Record<string, string> = {
    [file]: unitMarkdown(slugify(unitTitle), number, unitTitle),
    'images/example.svg': EXAMPLE_SVG,
  };
  return checkPack({
    dir: 'new-pack',
    manifest: packYaml(slugify(title), title, file),
    files: Object.keys(files),
    read: (name) => files[name]!,
  });
}

describe('the scaffold', () => {
  it('passes the check with no problem at all, and its pack lists its unit', () => {
    const { pack, units, diagnostics } = scaffoldPack('Leading learning', 'Joint practice development');
    assert.deepEqual(diagnostics, []);
    assert.equal(pack?.id, 'leading-learning');
    assert.equal(pack?.title, 'Leading learning');
    assert.equal(pack?.lang, 'en');
    assert.match(pack?.description ?? '', /pack switcher/);
    assert.deepEqual(pack?.parts.map((p) => [p.number, p.title, p.units.map((u) => u.file)]), [['1', 'Part one', ['1.1-joint-practice-development.md']]]);
    assert.equal(units.length, 1);
  });

  it('shows every kind of block, its activities numbered from the unit', () => {
    const { unit, diagnostics } = compileUnit(unitMarkdown('my-unit', '2.3', 'My unit'), 'u.md');
    assert.deepEqual(diagnostics, []);
    assert.equal(unit?.meta.id, 'my-unit');
    assert.equal(unit?.meta.number, '2.3');
    assert.equal(unit?.meta.title, 'My unit');
    assert.equal(unit?.meta.lang, 'en');
    assert.equal(unit?.meta.duration, 30);
    const activities = unit!.blocks.filter((b) => b.type !== 'html');
    assert.deepEqual(activities.map((b) => [b.type, 'id' in b ? b.id : '']), [
      ['reflection', '2.3.1'], ['reflection', '2.3.2'], ['checklist', '2.3.3'], ['quiz', '2.3.4'],
    ]);
    const html = unit!.blocks.map((b) => (b.type === 'html' ? b.html : '')).join('');
    for (const kind of ['note', 'tip', 'important', 'warning']) assert.match(html, new RegExp(`lp-callout-${kind}`), kind);
    assert.match(html, /<blockquote/);
    assert.match(html, /<img[^>]+src="images\/example\.svg"/);
    assert.match(html, /footnote/);
    assert.deepEqual(unit!.headings.map((h) => h.text), ['Ideas', 'Activities']);
  });

  it('keeps any title as the author wrote it, quoting it when YAML would read it otherwise', () => {
    for (const title of ['Plain words', 'Colon: here', 'Hash # here', '"Quoted"', "It's", 'Ends with a space ', '123 starts with a digit', 'yes', 'Cymraeg: ŵ ŷ', '{braces}', '[list]', 'a, b', 'Ampersand & more', '*star', 'bang!', 'pipe | here', 'greater > here', 'per % cent', 'at @ sign', 'back `tick`']) {
      assert.equal((load(`title: ${yamlText(title)}`, { json: true }) as { title: unknown }).title, title, JSON.stringify(title));
      const { unit, diagnostics } = compileUnit(unitMarkdown('t', '1', title), 't.md');
      assert.deepEqual(diagnostics, [], JSON.stringify(title));
      assert.equal(unit?.meta.title, title);
      const { pack } = scaffoldPack(title, 'Unit');
      assert.equal(pack?.title, title);
    }
  });

  it('leaves a plain title unquoted, so the author sees it as they typed it', () => {
    assert.equal(yamlText('Joint practice development'), 'Joint practice development');
    assert.equal(yamlText('Leading learning (part 2)'), 'Leading learning (part 2)');
    assert.equal(yamlText('Colon: here'), '"Colon: here"');
    assert.equal(yamlText('Ends with a space '), '"Ends with a space "');
  });

  it('makes ids and file names of ASCII letters, digits and single hyphens', () => {
    assert.equal(slugify('Joint practice development!'), 'joint-practice-development');
    assert.equal(slugify('  Datblygu ymarfer ar y cyd: Côr ŵyl  '), 'datblygu-ymarfer-ar-y-cyd-cor-wyl');
    assert.equal(slugify('Über-Café -- déjà vu'), 'uber-cafe-deja-vu');
    assert.equal(slugify('4.2 Lesson Study'), '4-2-lesson-study');
    assert.equal(slugify('---'), '');
  });

  it('takes unit numbers of digits or letters between dots', () => {
    for (const number of ['4', '4.2', '4.12', '4.2.1', 'A', 'B.3', 'intro']) assert.ok(UNIT_NUMBER.test(number), number);
    for (const number of ['', '4.', '.4', '4..2', '4 2', '4-2', 'x/y', '4.2\n']) assert.ok(!UNIT_NUMBER.test(number), JSON.stringify(number));
  });

  it('draws its picture with a text alternative', () => {
    assert.match(EXAMPLE_SVG, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img">/);
    assert.match(EXAMPLE_SVG, /<title>Three boxes in a row, joined by arrows<\/title>/);
  });
});
