/**
 * Hostile and careless units (test/hostile/inputs.ts) compile quickly, say
 * what is wrong and where, and never overflow the stack. The time bounds
 * are generous guards against a freeze, not measurements: those are in
 * `npm run bench`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Marked } from 'marked';
import { compileUnit } from '../../src/content/compile.js';
import type { CompileResult } from '../../src/content/model.js';
import { MAX_ACTIVITIES, MAX_HEADINGS } from '../../src/content/limits.js';
import { Slugger } from '../../src/content/slug.js';
import * as hostile from '../hostile/inputs.js';
import { errorsOf, unitOf, where } from './helpers.js';

/**
 * Compiles, failing the test when it takes longer than 2 s or, on a busy
 * machine, longer than ten times marked's own parse of the same text.
 */
function compileWithin(source: string): CompileResult {
  let start = performance.now();
  try {
    new Marked({ gfm: true }).parse(source);
  } catch {
    // marked alone overflows the stack on deep nesting; the bound is then 2 s.
  }
  const bound = Math.max(2000, 10 * (performance.now() - start));
  start = performance.now();
  const result = compileUnit(source, 'hostile.md');
  const elapsed = performance.now() - start;
  assert.ok(elapsed < bound, `took ${(elapsed / 1000).toFixed(1)} s, more than ${(bound / 1000).toFixed(1)} s`);
  assert.ok(!result.diagnostics.some((d) => d.code === 'LP000'), JSON.stringify(result.diagnostics.filter((d) => d.code === 'LP000')));
  return result;
}

describe('front matter that would freeze the compiler', () => {
  for (const field of ['lang', 'duration', 'title'] as const) {
    it(`refuses YAML anchors and aliases (nested aliases in ${field}), quoting the author's own line`, () => {
      const result = compileWithin(hostile.yamlAliasBomb(field));
      assert.equal(result.unit, undefined);
      assert.deepStrictEqual(where(errorsOf(result.diagnostics)), [`LP002 ${field === 'title' ? 4 : 5}:4`]);
      const message = result.diagnostics[0]!.message;
      assert.match(message, /YAML anchor or alias/);
      assert.match(message, /\("a: &a \["lol","lol",/);
      assert.ok(message.length < 300, `${message.length} characters`);
    });
  }

  it('refuses an anchor even when no alias uses it', () => {
    const result = compileUnit('---\nid: a\nnumber: "1"\ntitle: &t T\n---\n');
    assert.deepStrictEqual(where(errorsOf(result.diagnostics)), ['LP002 4:8']);
  });

  it('caps the size of the front matter (50,000 spaces in a value)', () => {
    const result = compileWithin(hostile.frontMatterSpaces(50_000));
    assert.deepStrictEqual(where(errorsOf(result.diagnostics)), ['LP002 2:1']);
    assert.match(result.diagnostics[0]!.message, /longer than 16,000 characters/);
  });

  it('quotes a long bad value shortened, from the source line', () => {
    const result = compileUnit(`---\nid: Bad${' '.repeat(5_000)}x # why\nnumber: "1"\ntitle: T\n---\n`);
    assert.deepStrictEqual(where(errorsOf(result.diagnostics)), ['LP002 2:1']);
    assert.match(result.diagnostics[0]!.message, /, not "Bad {56}…"$/);
  });
});

describe('bodies that would freeze the compiler', () => {
  it('gives 25,000 equal headings distinct ids in linear time', () => {
    // Bound by as many different headings, not by a fixed time: a busy machine or an instrumented build is slower throughout.
    let start = performance.now();
    const different = new Slugger();
    for (let i = 0; i < 25_000; i++) different.slug(`Heading ${i}`);
    const bound = Math.max(500, 20 * (performance.now() - start));
    const slugger = new Slugger();
    start = performance.now();
    const ids = Array.from({ length: 25_000 }, () => slugger.slug('Same'));
    assert.ok(performance.now() - start < bound);
    assert.equal(new Set(ids).size, 25_000);
    assert.deepStrictEqual(ids.slice(0, 3), ['same', 'same-2', 'same-3']);
  });

  it(`compiles 12,000 equal headings, reporting the heading past ${MAX_HEADINGS}`, () => {
    const result = compileWithin(hostile.equalHeadings(12_000));
    const unit = unitOf(result);
    assert.equal(unit.headings.length, MAX_HEADINGS);
    // Front matter of 5 lines, then a heading every 2 lines.
    assert.deepStrictEqual(where(errorsOf(result.diagnostics)), [`LP015 ${6 + 2 * MAX_HEADINGS}:1`]);
    // The headings past the limit are shown, without an id.
    const html = unit.blocks.map((b) => (b.type === 'html' ? b.html : '')).join('');
    assert.equal(html.match(/<h\d>/g)?.length, 12_000 - MAX_HEADINGS);
  });

  it('reports each of 12,000 unclosed :::note lines without rescanning the file for each', () => {
    const result = compileWithin(hostile.unclosedCallouts(12_000));
    assert.equal(errorsOf(result.diagnostics).length, 12_000);
    assert.ok(errorsOf(result.diagnostics).every((d, i) => d.code === 'LP004' && d.line === 6 + i));
  });

  it('compiles 40,000 paragraphs ending in a directive in linear time', () => {
    const unit = unitOf(compileWithin(hostile.manyParagraphs(40_000)));
    assert.deepStrictEqual(unit.blocks.map((b) => b.type), ['html', 'html']);
    assert.match(unit.blocks[1]!.type === 'html' ? unit.blocks[1].html : '', /^<aside class="lp-callout lp-callout-note">/);
  });

  it('finds the closing lines of 3,000 callouts nested by counting, and stops at the nesting limit', () => {
    const result = compileWithin(hostile.nestedCallouts(3_000));
    assert.deepStrictEqual(where(errorsOf(result.diagnostics)), ['LP015 38:1']);
    assert.match(errorsOf(result.diagnostics)[0]!.message, /nested more than 32 deep/);
    // The callouts as far as the limit, then the error box after them.
    assert.deepStrictEqual(unitOf(result).blocks.map((b) => b.type), ['html', 'error']);
  });
});

describe('nesting that would overflow the stack', () => {
  it('shows 2,000 nested quotes as far as the limit, then an error box', () => {
    const result = compileWithin(hostile.nestedQuotes(2_000));
    assert.deepStrictEqual(where(errorsOf(result.diagnostics)), ['LP015 6:65']);
    const [block, error] = unitOf(result).blocks;
    const html = block?.type === 'html' ? block.html : '';
    assert.equal(html.match(/<blockquote>/g)?.length, 32);
    // The model carries the problem, for the element to show as its error box; the HTML holds none.
    assert.doesNotMatch(html, /nested more than/);
    assert.deepEqual(error, { type: 'error', code: 'LP015', message: errorsOf(result.diagnostics)[0]!.message, line: 6, column: 65 });
  });

  it('shows 2,000 nested list items as far as the limit, then an error box', () => {
    const result = compileWithin(hostile.nestedLists(2_000));
    assert.deepStrictEqual(where(errorsOf(result.diagnostics)), ['LP015 6:65']);
  });
});

describe('limits', () => {
  it(`refuses more than ${MAX_ACTIVITIES} activities, each extra one with its line`, () => {
    const result = compileWithin(hostile.manyActivities(MAX_ACTIVITIES + 2));
    const unit = unitOf(result);
    assert.equal(unit.blocks.filter((b) => b.type === 'reflection').length, MAX_ACTIVITIES);
    // Each activity takes 4 lines from line 6.
    assert.deepStrictEqual(where(errorsOf(result.diagnostics)), [`LP015 ${6 + 4 * MAX_ACTIVITIES}:1`, `LP015 ${10 + 4 * MAX_ACTIVITIES}:1`]);
  });

  it('refuses a unit over 2,000,000 characters, at the line where it passes the limit', () => {
    const source = hostile.hugeUnit(2_100_000);
    const result = compileWithin(source);
    assert.equal(result.unit, undefined);
    const line = source.slice(0, 2_000_000).split('\n').length;
    assert.deepStrictEqual(where(errorsOf(result.diagnostics)).map((w) => w.replace(/:\d+$/, '')), [`LP015 ${line}`]);
  });
});
