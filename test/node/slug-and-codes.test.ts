import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CODES } from '../../src/content/codes.js';
import { Slugger } from '../../src/content/slug.js';

describe('heading slugs', () => {
  it('lowercases, turns other characters into single hyphens and trims them', () => {
    const slugger = new Slugger();
    assert.equal(slugger.slug('  Why JPD -- not CPD?  '), 'why-jpd-not-cpd');
    assert.equal(slugger.slug('Arweinyddiaeth: pawb yn arweinydd'), 'arweinyddiaeth-pawb-yn-arweinydd');
    assert.equal(slugger.slug('Dŵr a thân'), 'dŵr-a-thân');
  });

  it('numbers repeats and never reuses an id a heading already has', () => {
    const slugger = new Slugger();
    assert.deepStrictEqual(['A', 'A', 'A 2', 'A'].map((text) => slugger.slug(text)), ['a', 'a-2', 'a-2-2', 'a-3']);
  });
});

describe('diagnostic codes', () => {
  const dir = new URL('../../src/content/', import.meta.url);
  const sources = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && file !== 'codes.ts')
    .map((file) => readFileSync(new URL(file, dir), 'utf8'))
    .join('\n');

  it('has a table entry for every code the compiler reports', () => {
    const used = new Set(sources.match(/'LP\d{3}'/g)?.map((code) => code.slice(1, -1)));
    assert.ok(used.size >= 14, `only ${used.size} codes found`);
    for (const code of used) assert.ok(code in CODES, `${code} is reported but missing from codes.ts`);
  });

  it('reports every code in the table', () => {
    for (const code of Object.keys(CODES)) assert.ok(sources.includes(`'${code}'`), `${code} is never reported`);
  });
});

describe('text the compiler derives', () => {
  it('decodes every named and numeric character reference in headings, slugs and prompt labels', async () => {
    const { compileBody, unitOf } = await import('./helpers.js');
    const unit = unitOf(compileBody('## Caf&eacute; &amp; T&ecirc; &#8212; &#x41;&hellip;\n\n:::reflection{#1}\n::prompt[Y Ll&ucirc;n &ndash; why?]{#p}\n:::\n'));
    assert.deepStrictEqual(unit.headings[0], { id: 'café-tê-a', depth: 2, text: 'Café & Tê — A…' });
    const [reflection] = unit.blocks.filter((b) => b.type === 'reflection');
    assert.equal(reflection?.type === 'reflection' && reflection.prompts[0]!.text, 'Y Llûn – why?');
  });

  it('never gives a heading an id in the elements’ own ui- space', () => {
    const slugger = new Slugger();
    assert.deepStrictEqual(['UI design', 'ui-design', 'Contents heading'].map((t) => slugger.slug(t)), ['h-ui-design', 'h-ui-design-2', 'contents-heading']);
  });

  it('never gives a heading the anchor of a footnote', () => {
    const slugger = new Slugger();
    assert.deepStrictEqual(['Footnote 1', 'Footnotes'].map((t) => slugger.slug(t)), ['h-footnote-1', 'footnotes']);
  });
});
