import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChecklistBlock, QuizBlock, ReflectionBlock } from '../../src/content/model.js';
import { escapeHtml } from '../../src/content/text.js';
import { countWords } from '../../src/content/words.js';
import { compileBody as compile } from './helpers.js';

function promptText(label: string): string {
  const unit = compile(`:::reflection{#1}\n::prompt[${label}]{#p}\n:::\n`).unit!;
  return (unit.blocks.find((b) => b.type === 'reflection') as ReflectionBlock).prompts[0]!.text;
}

describe('plain text of headings and prompt labels', () => {
  it('decodes character references, named, decimal and hexadecimal', () => {
    assert.equal(promptText('Fish &amp; chips &lt;3 &quot;x&quot; &apos;y&apos; a&nbsp;b'), 'Fish & chips <3 "x" \'y\' a\u00a0b');
    assert.equal(promptText('&#65;&#x42;&#X43;'), 'ABC');
  });

  it('keeps an unknown name as written and replaces a number that is no character', () => {
    assert.equal(promptText('&unknown; stays'), '&unknown; stays');
    assert.equal(promptText('a&#0;b'), 'a\ufffdb');
    assert.equal(promptText('a&#x110000;b'), 'a\ufffdb');
    assert.equal(promptText('a&#x10FFFF;b'), 'a\u{10ffff}b');
  });

  it('keeps escaped characters and code as written, and decodes references in an image’s alternative text', () => {
    assert.equal(promptText('Say \\*this\\* and `code` &amp; ![Fish &amp; chips](x.png)'), 'Say *this* and code & Fish & chips');
  });

  it('drops HTML, keeps the words of emphasis, links and an image’s alternative text', () => {
    assert.equal(promptText('Say <span>what</span> **you** [think](https://example.org) ![a picture](p.png)'), 'Say what you think a picture');
  });
});

describe('plain text of checklist rows and quiz options', () => {
  it('reads a hard line break as a space', () => {
    const unit = compile(':::checklist{#1}\n- Read\\\n  the unit\n- Two  \n  lines\n:::\n\n:::quiz{#2}\n- [x] Yes\\\n  indeed\n- [ ] No\n:::\n').unit!;
    const [checklist, quiz] = unit.blocks as [ChecklistBlock, QuizBlock];
    assert.deepEqual(checklist.rows.map((r) => r.text), ['Read the unit', 'Two lines']);
    assert.deepEqual(quiz.options.map((o) => o.text), ['Yes indeed', 'No']);
  });
});

describe('counting words', () => {
  it('counts runs of anything but white space, none in an empty or blank box', () => {
    assert.equal(countWords(''), 0);
    assert.equal(countWords(' \t\n '), 0);
    assert.equal(countWords('one'), 1);
    assert.equal(countWords('  one  two\tthree\nfour  '), 4);
    assert.equal(countWords("don't stop—now, 4.2!"), 3);
  });

  it('takes every Unicode space as a break, and nothing else', () => {
    const spaces = [0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
    for (const c of spaces) assert.equal(countWords(`a${String.fromCharCode(c)}b`), 2, c.toString(16));
    const letters = [0x21, 0x84, 0x86, 0x9f, 0xa1, 0x167f, 0x1681, 0x1fff, 0x200b, 0x2027, 0x202a, 0x202e, 0x2030, 0x205e, 0x2060, 0x2fff, 0x3001, 0xfefe, 0xff00];
    for (const c of letters) assert.equal(countWords(`a${String.fromCharCode(c)}b`), 1, c.toString(16));
  });
});

describe('escaping text for HTML', () => {
  it('escapes each character that could open a tag, an entity or leave an attribute', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('activity and prompt ids', () => {
  for (const [what, source] of [
    ['an activity id', ':::reflection{#4/2}\n::prompt[Q]{#p}\n:::\n'],
    ['a prompt id', ':::reflection{#1.1.1}\n::prompt[Q]{#a/b}\n:::\n'],
  ]) {
    it(`refuses ${what} with a "/", which would shift the parts of the answers' keys`, () => {
      const { unit, diagnostics } = compile(source!);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(errors.map((d) => d.code), ['LP011']);
      assert.match(errors[0]!.message, /must not contain "\/"/);
      const reflection = unit?.blocks.find((b) => b.type === 'reflection') as ReflectionBlock | undefined;
      assert.ok(!reflection || reflection.prompts.every((p) => !p.id.includes('/')));
      assert.ok(!reflection || !reflection.id.includes('/'));
    });
  }
});
