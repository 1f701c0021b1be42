/**
 * For Markdown with no directives, a unit's HTML is marked's own (GFM), apart
 * from what the compiler adds on purpose: heading ids, the new-tab attributes
 * of external links, and the scrolling box around tables. Checked on every
 * example of the CommonMark spec (the commonmark-spec package).
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { Marked } from 'marked';
import { compileUnit } from '../../src/content/compile.js';
import { FRONT_MATTER, unitOf } from './helpers.js';

const { tests } = createRequire(import.meta.url)('commonmark-spec') as { tests: { markdown: string; section: string; number: number }[] };

/** Takes away what the compiler adds on purpose. */
function withoutAdditions(html: string): string {
  return html
    .replace(/<(h[1-6]) id="[^"]*">/g, '<$1>')
    .replace(/<a target="_blank" rel="noopener noreferrer" /g, '<a ')
    .replace(/<div class="lp-table">\n(<table>[\s\S]*?<\/table>\n)<\/div>\n/g, '$1');
}

// A line starting with "::" is a directive, and "[^" may be a footnote: both are the compiler's additions to the format.
const plain = tests.filter((t) => !/^ {0,3}::/m.test(t.markdown) && !t.markdown.includes('[^'));

describe('CommonMark equivalence', () => {
  it('covers most of the spec examples', () => {
    assert.ok(plain.length > 600, `${plain.length} of ${tests.length}`);
  });

  it('renders every example without directives as marked alone does', () => {
    const marked = new Marked({ gfm: true });
    const different: string[] = [];
    for (const example of plain) {
      const unit = unitOf(compileUnit(FRONT_MATTER + example.markdown, 'spec.md'));
      const ours = unit.blocks.map((b) => (b.type === 'html' ? b.html : `[${b.type}]`)).join('');
      const theirs = marked.parse(example.markdown) as string;
      if (withoutAdditions(ours) !== theirs) different.push(`example ${example.number} (${example.section})`);
    }
    assert.deepStrictEqual(different, []);
  });
});
