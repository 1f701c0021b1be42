/**
 * A paragraph ends where a directive line starts, even with no blank line
 * between them, wherever the paragraph sits and however many come before.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenizerThis } from 'marked';
import { directiveStart, isDirectiveToken } from '../../src/content/directive-tokens.js';
import { compileBody, unitOf } from './helpers.js';

/** The callouts and the paragraphs' text of a body, in order, as a learner meets them. */
function shape(body: string): string[] {
  const unit = unitOf(compileBody(body));
  const html = unit.blocks.map((b) => (b.type === 'html' ? b.html : `[${b.type}]`)).join('');
  return [...html.matchAll(/<aside class="lp-callout lp-callout-(\w+)"|<p>([^<]*)<\/p>|\[(\w+)\]/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

describe('where a directive interrupts a paragraph', () => {
  it('ends every paragraph at the directive line that follows it, down a long unit', () => {
    const parts = Array.from({ length: 6 }, (_, i) => `Paragraph ${i}\ncontinued.\n:::${i % 2 ? 'tip' : 'note'}\nInside ${i}.\n:::\n`);
    assert.deepEqual(shape(parts.join('\n')), Array.from({ length: 6 }, (_, i) => [`Paragraph ${i}\ncontinued.`, i % 2 ? 'tip' : 'note', `Inside ${i}.`]).flat());
  });

  it('ends paragraphs with several between directives, and inside a callout too', () => {
    const body = 'One.\n\nTwo.\n\nThree\n:::note\nA.\n\nB\n:::tip\nC.\n:::\nD\n:::\n\nFour\n:::warning\nE.\n:::\n';
    assert.deepEqual(shape(body), ['One.', 'Two.', 'Three', 'note', 'A.', 'B', 'tip', 'C.', 'D', 'Four', 'warning', 'E.']);
  });

  it('ends a paragraph at an activity, and at a directive indented up to three spaces only', () => {
    assert.deepEqual(shape('Text\n:::reflection{#1.1 title="T"}\nWhat?\n:::\n'), ['Text', 'reflection']);
    assert.deepEqual(shape('Text\n   :::note\nA.\n:::\n'), ['Text', 'note', 'A.']);
    assert.deepEqual(shape('Text\n    :::note\nA.\n:::\n').slice(0, 1), ['Text\n    :::note\nA.']);
  });

  it('finds the next directive line in any text it is given outside a unit', () => {
    const outside = { lexer: {} } as TokenizerThis;
    assert.equal(directiveStart.call(outside, 'para\n  ::x'), 5);
    assert.equal(directiveStart.call(outside, 'para\n    ::x'), undefined);
    assert.equal(directiveStart.call(outside, 'para ::x'), undefined);
  });

  it('tells directive tokens from marked\'s own', () => {
    assert.equal(isDirectiveToken({ type: 'containerDirective', raw: '' } as never), true);
    assert.equal(isDirectiveToken({ type: 'leafDirective', raw: '' } as never), true);
    assert.equal(isDirectiveToken({ type: 'paragraph', raw: '' } as never), false);
    assert.equal(isDirectiveToken({ type: '', raw: '' } as never), false);
  });
});
