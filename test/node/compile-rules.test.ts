// The rules an author meets in reflections, quizzes and callouts: the
// compiled model, and each mistake's diagnostic with its code, place and words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileUnit } from '../../src/content/compile.js';
import type { CompileResult, Diagnostic } from '../../src/content/model.js';
import { blocksOf, compileBody, unitOf } from './helpers.js';

/** `CODE line:column message` of each diagnostic. */
function said(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`);
}

/** The error boxes of the unit, as `CODE line:column message`. */
function boxes(result: CompileResult): string[] {
  return unitOf(result).blocks.flatMap((b) => (b.type === 'error' ? [`${b.code} ${b.line}:${b.column} ${b.message}`] : []));
}

describe('reflection prompts', () => {
  it('keeps a prompt\'s inline Markdown in its html and plain words in its text', () => {
    const result = compileBody(':::reflection{#1.1.1}\nIntro.\n\n::prompt[Your *own* view]{#view}\n:::\n');
    assert.deepStrictEqual(result.diagnostics, []);
    const [block] = blocksOf(unitOf(result), 'reflection');
    assert.deepStrictEqual(block!.prompts, [{ id: 'view', html: 'Your <em>own</em> view', text: 'Your own view' }]);
    assert.equal(block!.introHtml, '<p>Intro.</p>\n');
  });

  it('reports a prompt whose attributes are not closed, at the place, and keeps the prompt', () => {
    const result = compileBody(':::reflection{#1.1.1}\n::prompt[Q]{#a min-words=3\n:::\n');
    assert.deepStrictEqual(said(result.diagnostics), ['LP011 7:12 ::prompt: the { of the attributes has no closing }']);
    assert.deepStrictEqual(blocksOf(unitOf(result), 'reflection')[0]!.prompts, [{ id: 'a', html: 'Q', text: 'Q', minWords: 3 }]);
  });

  it('refuses a prompt id with a slash, pointing at the id', () => {
    const result = compileBody(':::reflection{#1.1.1}\n::prompt[Q]{#a/b}\n:::\n');
    assert.deepStrictEqual(said(result.diagnostics), ['LP011 7:13 the id "a/b" must not contain "/"']);
    assert.deepStrictEqual(blocksOf(unitOf(result), 'reflection')[0]!.prompts, []);
  });

  it('treats ::feedback in a reflection as out of place, not as a prompt', () => {
    const result = compileBody(':::reflection{#1.1.1}\n::feedback[Well done]{#f}\n:::\n');
    const [block] = blocksOf(unitOf(result), 'reflection');
    assert.deepStrictEqual(block!.prompts, []);
    assert.deepStrictEqual(said(result.diagnostics), ['LP011 7:1 ::feedback is only allowed directly inside a :::quiz']);
  });

  it('keeps word limits that fit together, alone or both', () => {
    const result = compileBody(
      ':::reflection{#1.1.1}\n::prompt[A]{#a min-words=5}\n\n::prompt[B]{#b max-words=7}\n\n::prompt[C]{#c min-words=4 max-words=4}\n:::\n',
    );
    assert.deepStrictEqual(result.diagnostics, []);
    assert.deepStrictEqual(blocksOf(unitOf(result), 'reflection')[0]!.prompts, [
      { id: 'a', html: 'A', text: 'A', minWords: 5 },
      { id: 'b', html: 'B', text: 'B', maxWords: 7 },
      { id: 'c', html: 'C', text: 'C', minWords: 4, maxWords: 4 },
    ]);
  });

  it('drops both limits when min-words is more than max-words, pointing at min-words', () => {
    const result = compileBody(':::reflection{#1.1.1}\n::prompt[A]{#a min-words=9 max-words=8}\n:::\n');
    assert.deepStrictEqual(said(result.diagnostics), ['LP011 7:16 min-words (9) is more than max-words (8)']);
    assert.deepStrictEqual(blocksOf(unitOf(result), 'reflection')[0]!.prompts, [{ id: 'a', html: 'A', text: 'A' }]);
  });

  it('asks for a positive whole number of words, saying what it got', () => {
    for (const [value, got, column] of [
      ['abc', '"abc"', 16], ['5x', '"5x"', 16], ['x5', '"x5"', 16], ['0', '"0"', 16], ['1234567890', '"1234567890"', 16],
    ] as const) {
      const result = compileBody(`:::reflection{#1.1.1}\n::prompt[A]{#a min-words=${value}}\n:::\n`);
      assert.deepStrictEqual(said(result.diagnostics),
        [`LP011 7:${column} min-words must be a positive whole number, like min-words=50, not ${got}`], value);
      assert.deepStrictEqual(blocksOf(unitOf(result), 'reflection')[0]!.prompts, [{ id: 'a', html: 'A', text: 'A' }]);
    }
    const bare = compileBody(':::reflection{#1.1.1}\n::prompt[A]{#a max-words}\n:::\n');
    assert.deepStrictEqual(said(bare.diagnostics), ['LP011 7:16 max-words must be a positive whole number, like max-words=50, not no value']);
    const largest = compileBody(':::reflection{#1.1.1}\n::prompt[A]{#a max-words=999999999}\n:::\n');
    assert.deepStrictEqual(result(largest), 999999999);
    function result(r: CompileResult) {
      return blocksOf(unitOf(r), 'reflection')[0]!.prompts[0]!.maxWords;
    }
  });
});

describe('activity attributes', () => {
  it('reads title and required, and a [label] as the title', () => {
    const result = compileBody(
      ':::reflection{#1.1.1 title="  Looking back  " required}\n::prompt[Q]{#q}\n:::\n\n' +
      ':::reflection[  From the label  ]{#1.1.2 required=true}\n::prompt[Q]{#q}\n:::\n\n' +
      ':::quiz{#1.1.3 title="Check" required=false}\n- [x] yes\n:::\n',
    );
    assert.deepStrictEqual(result.diagnostics, []);
    const unit = unitOf(result);
    assert.deepStrictEqual(blocksOf(unit, 'reflection').map((b) => [b.title, b.required]), [['Looking back', true], ['From the label', true]]);
    assert.deepStrictEqual(blocksOf(unit, 'quiz').map((b) => [b.title, b.required]), [['Check', false]]);
  });

  it('leaves out a blank title and asks for a value when title has none', () => {
    const blank = compileBody(':::reflection{#1.1.1 title="   "}\n::prompt[Q]{#q}\n:::\n');
    assert.deepStrictEqual(blank.diagnostics, []);
    assert.equal(blocksOf(unitOf(blank), 'reflection')[0]!.title, undefined);
    const bare = compileBody(':::reflection{#1.1.1 title}\n::prompt[Q]{#q}\n:::\n');
    assert.deepStrictEqual(said(bare.diagnostics), ['LP011 6:22 title needs a value, like title="…"']);
    assert.equal(blocksOf(unitOf(bare), 'reflection')[0]!.title, undefined);
  });

  it('asks for true or false in required, and leaves the activity optional', () => {
    const result = compileBody(':::reflection{#1.1.1 required=yes}\n::prompt[Q]{#q}\n:::\n');
    assert.deepStrictEqual(said(result.diagnostics), ['LP011 6:22 required must be true or false (or just "required"), not "yes"']);
    assert.equal(blocksOf(unitOf(result), 'reflection')[0]!.required, false);
  });

  it('warns about an unknown attribute, naming it and the ones the directive takes', () => {
    const result = compileBody(':::reflection{#1.1.1 .wide colour=red}\n::prompt[Q]{#q}\n:::\n\n:::quiz{#1.1.2}\n- [x] yes\n\n::feedback[Good]{#f}\n:::\n');
    assert.deepStrictEqual(said(result.diagnostics), [
      'LP007 6:22 :::reflection has no .class attribute, so it is ignored (it takes #id, title, required)',
      'LP007 6:28 :::reflection has no colour attribute, so it is ignored (it takes #id, title, required)',
      'LP007 13:18 ::feedback has no #id attribute, so it is ignored (it takes none)',
    ]);
    assert.ok(result.diagnostics.every((d) => d.severity === 'warning'));
    assert.equal(blocksOf(unitOf(result), 'quiz')[0]!.feedbackHtml, 'Good');
  });

  it('reports an attribute written twice at the second one, and keeps the first', () => {
    const result = compileBody(':::reflection{#1.1.1 title="A" title="B"}\n::prompt[Q]{#q #r}\n:::\n');
    assert.deepStrictEqual(said(result.diagnostics), [
      'LP011 6:32 :::reflection has title twice',
      'LP011 7:16 ::prompt has #id twice',
    ]);
    const [block] = blocksOf(unitOf(result), 'reflection');
    assert.equal(block!.title, 'A');
    assert.deepStrictEqual(block!.prompts.map((p) => p.id), ['q']);
  });

  it('refuses an activity id with a slash, pointing at the id', () => {
    const result = compileBody('Text.\n\n:::reflection{title="T" #1.1/2}\n::prompt[Q]{#q}\n:::\n');
    assert.deepStrictEqual(said(result.diagnostics), ['LP011 8:25 the id "1.1/2" must not contain "/"']);
    assert.deepStrictEqual(blocksOf(unitOf(result), 'reflection'), []);
  });

  it('stops at 500 activities, saying why', () => {
    let body = '## Practice\n\n';
    for (let i = 1; i <= 501; i++) body += `:::quiz{#1.1.${i}}\n- [x] yes\n:::\n\n`;
    const result = compileBody(body);
    const unit = unitOf(result);
    assert.equal(blocksOf(unit, 'quiz').length, 500);
    assert.deepStrictEqual(said(result.diagnostics), [`LP015 ${8 + 500 * 4}:1 the unit has more than 500 activities; split it into several units`]);
  });
});

describe('quizzes', () => {
  it('builds options with their html, plain text and ids, and one right answer', () => {
    const result = compileBody(':::quiz{#1.1.2}\nStem\n- [x] **bold** one\n- [ ] two\n:::\n');
    assert.deepStrictEqual(result.diagnostics, []);
    assert.deepStrictEqual(blocksOf(unitOf(result), 'quiz'), [{
      type: 'quiz', id: '1.1.2', required: false, line: 6, stemHtml: '<p>Stem</p>\n', multiple: false,
      options: [
        { id: 'a', html: '<strong>bold</strong> one', text: 'bold one', correct: true },
        { id: 'b', html: 'two', text: 'two', correct: false },
      ],
    }]);
  });

  it('names options a … z, then aa, ab', () => {
    let list = '';
    for (let i = 0; i < 28; i++) list += `- [${i === 0 ? 'x' : ' '}] option ${i + 1}\n`;
    const result = compileBody(`:::quiz{#1.1.1}\n${list}:::\n`);
    assert.deepStrictEqual(result.diagnostics, []);
    const ids = blocksOf(unitOf(result), 'quiz')[0]!.options.map((o) => o.id);
    assert.deepStrictEqual(ids.slice(0, 2), ['a', 'b']);
    assert.deepStrictEqual(ids.slice(24), ['y', 'z', 'aa', 'ab']);
  });

  it('reports an option without a checkbox by its number, and keeps it', () => {
    const result = compileBody(':::quiz{#1.1.1}\n- [x] right\n- plain\n:::\n');
    assert.deepStrictEqual(said(result.diagnostics),
      ['LP011 6:1 option 2 of quiz "1.1.1" has no [x] or [ ]; start it with "- [x]" if it is right, "- [ ]" if not']);
    assert.deepStrictEqual(blocksOf(unitOf(result), 'quiz')[0]!.options.map((o) => [o.id, o.text, o.correct]), [['a', 'right', true], ['b', 'plain', false]]);
  });

  it('tells how to write options when a quiz has none', () => {
    const result = compileBody(':::quiz{#1.1.1}\nStem only.\n:::\n');
    assert.deepStrictEqual(said(result.diagnostics),
      ['LP016 6:1 quiz "1.1.1" has no options: add a task list, "- [x]" before each right answer and "- [ ]" before each wrong one']);
    assert.deepStrictEqual(blocksOf(unitOf(result), 'quiz'), []);
  });

  it('builds no quiz without an id', () => {
    const result = compileBody(':::quiz\n- [x] yes\n:::\n');
    assert.deepStrictEqual(said(result.diagnostics), ['LP010 6:1 activity :::quiz has no id; add one after its name, e.g. :::quiz{#4.2.1}']);
    assert.deepStrictEqual(blocksOf(unitOf(result), 'quiz'), []);
  });

  it('treats ::prompt in a quiz as out of place, not as feedback', () => {
    const result = compileBody(':::quiz{#1.1.1}\n- [x] yes\n\n::prompt[Why?]{#why}\n:::\n');
    assert.equal(blocksOf(unitOf(result), 'quiz')[0]!.feedbackHtml, undefined);
    assert.deepStrictEqual(said(result.diagnostics), ['LP011 9:1 ::prompt is only allowed directly inside a :::reflection']);
  });
});

describe('options and rows apart by blank lines', () => {
  it('shows a quiz option of a loose list without its checkbox, as a paragraph', () => {
    const result = compileBody(':::quiz{#1.1.1}\n- [x] one\n\n- [ ] two\n:::\n');
    assert.deepStrictEqual(result.diagnostics, []);
    assert.deepStrictEqual(blocksOf(unitOf(result), 'quiz')[0]!.options, [
      { id: 'a', html: '<p>one</p>', text: 'one', correct: true },
      { id: 'b', html: '<p>two</p>', text: 'two', correct: false },
    ]);
  });

  it('shows a checklist row of a loose list without its checkbox', () => {
    const result = compileBody(':::checklist{#1.1.1}\n- [ ] Read it\n\n- [ ] Try it\n:::\n');
    assert.deepStrictEqual(result.diagnostics, []);
    assert.deepStrictEqual(blocksOf(unitOf(result), 'checklist')[0]!.rows, [
      { id: '1', html: '<p>Read it</p>', text: 'Read it' },
      { id: '2', html: '<p>Try it</p>', text: 'Try it' },
    ]);
  });
});

describe('activities without an id', () => {
  it('leave only the error box in place of the quiz or reflection', () => {
    const result = compileBody(':::quiz\n- [x] yes\n:::\n\n:::reflection\n::prompt[Q]{#q}\n:::\n');
    assert.deepStrictEqual(unitOf(result).blocks, [
      { type: 'error', code: 'LP010', message: 'activity :::quiz has no id; add one after its name, e.g. :::quiz{#4.2.1}', line: 6, column: 1 },
      { type: 'error', code: 'LP010', message: 'activity :::reflection has no id; add one after its name, e.g. :::reflection{#4.2.1}', line: 10, column: 1 },
    ]);
  });

  it('trim the plain text of a prompt', () => {
    const result = compileBody(':::reflection{#1.1.1}\n::prompt[  Q  ]{#q}\n:::\n');
    assert.deepStrictEqual(blocksOf(unitOf(result), 'reflection')[0]!.prompts.map((p) => p.text), ['Q']);
  });
});

describe('directives out of place', () => {
  it('hints at the right form of a container written as a leaf, and a leaf written as a container', () => {
    const known = 'the known directives are :::reflection, :::checklist, :::quiz, :::note, :::tip, :::important, :::warning, :::quote and ::prompt, ::feedback';
    const result = compileBody('::note[x]\n\n:::prompt\nx\n:::\n\n:::nope\nx\n:::\n\n::nope[x]\n');
    assert.deepStrictEqual(said(result.diagnostics), [
      `LP003 6:1 unknown directive "::note" (note is a container: :::note … :::); ${known}`,
      `LP003 8:1 unknown directive ":::prompt" (::prompt[…] is one line inside a :::reflection); ${known}`,
      `LP003 12:1 unknown directive ":::nope"; ${known}`,
      `LP003 16:1 unknown directive "::nope"; ${known}`,
    ]);
  });

  it('reports a broken attribute list of a callout at its place, after the callout', () => {
    const result = compileBody(':::note{title="a}\nx\n:::\n');
    assert.deepStrictEqual(boxes(result), ['LP011 6:15 :::note: the " that starts this value is never closed']);
    assert.equal(unitOf(result).blocks[0]!.type, 'html');
  });

  it('places the problems inside nested Markdown in the order of the source, once each', () => {
    const result = compileBody(
      '- item\n\n  :::note{title="a" title="b"}\n  text\n\n  ::prompt[x]{#p}\n  :::\n\nBetween.\n\n- other\n\n  ::feedback[y]\n',
    );
    assert.deepStrictEqual(boxes(result), [
      'LP011 8:21 :::note has title twice',
      'LP011 11:3 ::prompt is only allowed directly inside a :::reflection',
      'LP011 18:3 ::feedback is only allowed directly inside a :::quiz',
    ]);
    assert.deepStrictEqual(unitOf(result).blocks.map((b) => b.type), ['html', 'error', 'error', 'html', 'error']);
  });

  it('orders the error boxes of one nested line by column', () => {
    const result = compileBody('- item\n\n  :::note{title="a" title="b" x="y}\n  text\n  :::\n');
    assert.deepStrictEqual(boxes(result), [
      'LP011 8:21 :::note has title twice',
      'LP011 8:33 :::note: the " that starts this value is never closed',
    ]);
  });

  it('ignores the [label] of a quote, with a warning', () => {
    const result = compileBody(':::quote[Said]{cite="Ann"}\nWords.\n:::\n');
    assert.deepStrictEqual(said(result.diagnostics), ['LP007 6:1 the [label] of :::quote is ignored']);
  });
});

describe('the unit around the directives', () => {
  const base = { baseUrl: 'https://h.example/d/u.md' };

  it('labels diagnostics with unit.md when no file is named', () => {
    const result = compileUnit('No front matter.\n');
    assert.deepStrictEqual(result.diagnostics.map((d) => d.file), ['unit.md']);
  });

  it('reads GitHub Markdown: struck text and tables, and a single line break is no <br>', () => {
    const result = compileBody('~~gone~~ a\nb\n\n| a |\n|---|\n| 1 |\n');
    const [block] = unitOf(result).blocks;
    assert.ok(block!.type === 'html');
    assert.match(block.html, /^<p><del>gone<\/del> a\nb<\/p>\n<div class="lp-table">\n<table>/);
  });

  it('gives headings their ids', () => {
    const result = compileBody('## First steps\n\nText.\n');
    const [block] = unitOf(result).blocks;
    assert.ok(block!.type === 'html');
    assert.match(block.html, /^<h2 id="first-steps"/);
    assert.deepStrictEqual(unitOf(result).headings, [{ id: 'first-steps', depth: 2, text: 'First steps' }]);
  });

  it('renders a callout inside a list in place', () => {
    const result = compileBody('- item\n\n  :::tip\n  Inside.\n  :::\n');
    assert.deepStrictEqual(result.diagnostics, []);
    assert.deepStrictEqual(unitOf(result).blocks, [{
      type: 'html',
      html: '<ul>\n<li><p>item</p>\n<aside class="lp-callout lp-callout-tip">\n<p>Inside.</p>\n</aside>\n</li>\n</ul>\n',
    }]);
  });

  it('leaves out blocks nested too deep, showing nothing of them', () => {
    const result = compileBody(`${'>'.repeat(40)} deep words\n`);
    assert.deepStrictEqual(result.diagnostics.map((d) => d.code), ['LP015']);
    const html = unitOf(result).blocks.flatMap((b) => (b.type === 'html' ? [b.html] : [])).join('');
    assert.equal(html.replace(/<\/?blockquote>|\s/g, ''), '');
  });

  it('compiles a unit of exactly the largest size, and refuses one character more', () => {
    const head = '---\nid: t\nnumber: "1"\ntitle: T\n---\n## S\n\n';
    const largest = head + 'a'.repeat(2_000_000 - head.length);
    assert.ok(compileUnit(largest, 'big.md').unit);
    const over = compileUnit(largest + 'b', 'big.md');
    assert.equal(over.unit, undefined);
    assert.deepStrictEqual(said(over.diagnostics), [
      `LP015 8:${2_000_000 - head.length + 1} the unit is longer than 2,000,000 characters (it passes that here); split it into several units`,
    ]);
  });

  it('checks nothing after front matter that is never closed', () => {
    const result = compileUnit('---\nid: a\n\n:::bogus\n:::\n\n![](x.png)\n', 'u.md');
    assert.deepStrictEqual(said(result.diagnostics), ['LP002 1:1 the front matter that starts here has no closing --- line']);
  });

  it('renders footnotes at the end', () => {
    const result = compileBody('Text[^1]\n\n[^1]: A note.\n');
    const [block] = unitOf(result).blocks;
    assert.ok(block!.type === 'html');
    assert.match(block.html, /<section class="footnotes"[^>]*>[\s\S]*<p>A note\. /);
  });

  it('keeps the first 2,000 headings in the contents and says the rest are left out', () => {
    let body = '';
    for (let i = 1; i <= 2_001; i++) body += `## H${i}\n\n`;
    const result = compileBody(body);
    assert.equal(unitOf(result).headings.length, 2_000);
    assert.deepStrictEqual(said(result.diagnostics),
      [`LP015 ${6 + 2_000 * 2}:1 the unit has more than 2,000 headings; the ones from here on are left out of the contents`]);
  });

  it('resolves relative links and images against the base URL, and leaves the others as written', () => {
    const result = compileUnit(
      '---\nid: t\nnumber: "1"\ntitle: T\n---\n[a](1x:foo) [b](img/a:b.png) [c](//h/x) [d](#top) [e](mailto:a@b) ![p](p.png)\n', 'u.md', base,
    );
    assert.deepStrictEqual(result.diagnostics, []);
    const [block] = unitOf(result).blocks;
    assert.ok(block!.type === 'html');
    const hrefs = [...block.html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
    assert.deepStrictEqual(hrefs, [
      'https://h.example/d/1x:foo', 'https://h.example/d/img/a:b.png', '//h/x', '#top', 'mailto:a@b', 'https://h.example/d/p.png',
    ]);
  });

  it('resolves links in a unit with no image', () => {
    const result = compileUnit('---\nid: t\nnumber: "1"\ntitle: T\n---\n[a](b.html)\n', 'u.md', base);
    assert.deepStrictEqual(result.diagnostics, []);
    assert.deepStrictEqual(unitOf(result).blocks, [{
      type: 'html', html: '<p><a target="_blank" rel="noopener noreferrer" href="https://h.example/d/b.html">a</a></p>\n',
    }]);
  });

  it('finds every image without alt text, in tables, lists, quotes, links, callouts and quizzes, each at its place', () => {
    const result = compileBody(
      '| a | b |\n|---|---|\n| ![](t.png) | x |\n\n- ![](l.png)\n\n> [![](q.png)](x)\n\n:::note\n![](n.png)\n:::\n\n' +
      ':::quiz{#1.1.1}\n- [x] ![](o.png)\n:::\n\n![](t.png) ![ ](t.png) ![Described](t.png)\n',
    );
    const hint = (src: string) => `the image ${src} has no alt text; describe it in the brackets: ![What the image shows](${src})`;
    assert.deepStrictEqual(said(result.diagnostics), [
      `LP020 8:3 ${hint('t.png')}`, `LP020 10:3 ${hint('l.png')}`, `LP020 12:4 ${hint('q.png')}`,
      `LP020 15:1 ${hint('n.png')}`, `LP020 19:7 ${hint('o.png')}`, `LP020 22:1 ${hint('t.png')}`, `LP020 22:12 ${hint('t.png')}`,
    ]);
    assert.ok(result.diagnostics.every((d) => d.severity === 'warning'));
  });

  it('asks for sections in a long unit without ## headings, from 1,501 words', () => {
    const words = (n: number) => `${'word '.repeat(n).trim()}\n`;
    assert.deepStrictEqual(compileBody(words(1_500)).diagnostics, []);
    assert.deepStrictEqual(said(compileBody(words(1_501)).diagnostics),
      ['LP021 6:1 the unit has about 1,501 words and no ## headings; give it sections, so learners get a contents list and can find their place']);
    assert.deepStrictEqual(said(compileBody(`### Only a small heading\n\n${words(1_501)}`).diagnostics).map((s) => s.slice(0, 9)), ['LP021 6:1']);
    assert.deepStrictEqual(compileBody(`## A section\n\n${words(1_501)}`).diagnostics, []);
  });

  it('keeps the Markdown around a stray closing line as one block, and blocks in source order', () => {
    const stray = compileBody('A\n\n:::\n\nB\n');
    assert.deepStrictEqual(unitOf(stray).blocks, [{ type: 'html', html: '<p>A</p>\n<p>B</p>\n' }]);
    assert.deepStrictEqual(said(stray.diagnostics), ['LP006 8:1 this ::: line closes nothing: no directive is open here']);
    const ordered = compileBody('Before.\n\n:::note\nIn.\n:::\n\nAfter.\n');
    assert.deepStrictEqual(unitOf(ordered).blocks.map((b) => (b.type === 'html' ? b.html.slice(0, 12) : b.type)),
      ['<p>Before.</', '<aside class', '<p>After.</p']);
  });

  it('ends a run of Markdown at its last visible part, with no empty block after an error box', () => {
    const result = compileBody('Text.\n\n- ::feedback[x]\n\n[ref]: https://example.org\n');
    assert.deepStrictEqual(unitOf(result).blocks.map((b) => b.type), ['html', 'error']);
  });

  it('lists diagnostics on one line by column', () => {
    const result = compileBody(':::note{foo=1 title="a}\nx\n:::\n');
    assert.deepStrictEqual(said(result.diagnostics), [
      'LP007 6:9 :::note has no foo attribute, so it is ignored (it takes title)',
      'LP011 6:21 :::note: the " that starts this value is never closed',
    ]);
  });

  it('reads a unit with footnotes, which gets an instance of marked of its own, the same way as any other', () => {
    const result = compileBody(
      '## Part\n\n~~x~~ a\nb\n\n| a |\n|---|\n| 1 |\n\n- item\n\n  :::tip\n  In.\n  :::\n\n- ::feedback[y]\n\nNote[^1]\n\n[^1]: Foot.\n\n:::quiz{#1.1.1}\n- [x] yes\n:::\n',
    );
    assert.deepStrictEqual(said(result.diagnostics), ['LP011 21:3 ::feedback is only allowed directly inside a :::quiz']);
    const unit = unitOf(result);
    assert.deepStrictEqual(unit.headings, [{"id": "part", "depth": 2, "text": "Part"}]);
    assert.deepStrictEqual(unit.blocks, [
      {
        "type": "html",
        "html": "<h2 id=\"part\">Part</h2>\n<p><del>x</del> a\nb</p>\n<div class=\"lp-table\">\n<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody><tr>\n<td>1</td>\n</tr>\n</tbody></table>\n</div>\n<ul>\n<li><p>item</p>\n<aside class=\"lp-callout lp-callout-tip\">\n<p>In.</p>\n</aside>\n</li>\n<li></li>\n</ul>\n"
      },
      {
        "type": "error",
        "code": "LP011",
        "message": "::feedback is only allowed directly inside a :::quiz",
        "line": 21,
        "column": 3
      },
      {
        "type": "html",
        "html": "<p>Note<sup><a id=\"footnote-ref-1\" href=\"#footnote-1\" data-footnote-ref aria-describedby=\"footnote-label\">1</a></sup></p>\n"
      },
      {
        "type": "quiz",
        "id": "1.1.1",
        "required": false,
        "line": 27,
        "section": "part",
        "stemHtml": "",
        "multiple": false,
        "options": [
          {
            "id": "a",
            "html": "yes",
            "text": "yes",
            "correct": true
          }
        ]
      },
      {
        "type": "html",
        "html": "<section class=\"footnotes\" data-footnotes>\n<h2 id=\"footnote-label\" class=\"sr-only\">Footnotes</h2>\n<ol>\n<li id=\"footnote-1\">\n<p>Foot. <a href=\"#footnote-ref-1\" data-footnote-backref aria-label=\"Back to reference 1\">↩</a></p>\n</li>\n</ol>\n</section>\n"
      }
    ]);
  });

  it('reports the same image without alt text written twice side by side at each place', () => {
    const result = compileBody('![](a.png)![](a.png)\n');
    assert.deepStrictEqual(said(result.diagnostics).map((d) => d.slice(0, 10)), ['LP020 6:1 ', 'LP020 6:11']);
  });

  it('checks the body of a unit without front matter from its first line', () => {
    const result = compileUnit('Text.\n\n:::bogus\n:::\n');
    assert.deepStrictEqual(said(result.diagnostics).map((d) => d.slice(0, 10)), ['LP001 1:1 ', 'LP003 3:1 ']);
    assert.match(result.diagnostics[0]!.message, /^the unit has no front matter: start the file with a --- line/);
  });

  it('puts an activity in the section of the last ## heading, not of a ### under it', () => {
    const result = compileBody('## Part one\n\n### Detail\n\n:::quiz{#1.1.1}\n- [x] yes\n:::\n');
    assert.equal(blocksOf(unitOf(result), 'quiz')[0]!.section, 'part-one');
  });
});
