import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileUnit, formatDiagnostic } from '../../src/content/compile.js';
import type { CompileResult } from '../../src/content/model.js';
import { BODY_LINE, blocksOf, compileBody, errorsOf, FRONT_MATTER, unitOf, where } from './helpers.js';

describe('front matter', () => {
  it('reads every field into meta', () => {
    const result = compileUnit(
      '---\nid: jpd\nnumber: "4.2"\ntitle: Joint practice development\nlang: cy\nsummary: Short.\nduration: 40\nobjectives:\n  - One\n  - Two\n---\nBody.\n',
    );
    assert.deepStrictEqual(unitOf(result).meta, {
      id: 'jpd', number: '4.2', title: 'Joint practice development', lang: 'cy',
      summary: 'Short.', duration: 40, objectives: ['One', 'Two'],
    });
    assert.deepStrictEqual(result.diagnostics, []);
  });

  it('uses en when lang is missing, without a diagnostic', () => {
    const result = compileBody('Body.\n');
    assert.equal(unitOf(result).meta.lang, 'en');
    assert.deepStrictEqual(result.diagnostics, []);
  });

  it('warns about an unknown field but still compiles the unit', () => {
    const result = compileUnit('---\nid: a\nnumber: "1"\ntitle: T\ncolour: blue\n---\nBody.\n', 'u.md');
    assert.equal(unitOf(result).blocks.length, 1);
    assert.deepStrictEqual(where(result.diagnostics), ['LP005 5:1']);
    assert.equal(result.diagnostics[0]!.severity, 'warning');
  });

  it('reads translation, the mark of a language variant, into meta without a warning', () => {
    const result = compileUnit(
      '---\nid: jpd\nnumber: "4.2"\ntitle: Datblygu ymarfer ar y cyd\nlang: cy\ntranslation:\n  of: 4.2-jpd.md\n  status: awaiting-review\n  note: Awaiting review.\n---\nCorff.\n',
      'u.cy.md',
    );
    assert.deepStrictEqual(result.diagnostics, []);
    assert.deepStrictEqual(unitOf(result).meta.translation, { of: '4.2-jpd.md', status: 'awaiting-review', note: 'Awaiting review.' });
  });

  it('reports a translation field of the wrong shape at its line, and keeps the unit', () => {
    for (const value of ['awaiting-review', '\n  of: 4.2-jpd.md', '\n  of: 4.2-jpd\n  status: draft', '\n  of: 4.2-jpd.md\n  status: draft\n  by: someone']) {
      const result = compileUnit(`---\nid: a\nnumber: "1"\ntitle: T\ntranslation: ${value}\n---\nBody.\n`, 'u.cy.md');
      assert.deepStrictEqual(where(result.diagnostics), ['LP002 5:1'], value);
      assert.match(result.diagnostics[0]!.message, /"translation" must be fields/);
      assert.equal(unitOf(result).meta.translation, undefined);
    }
  });

  it('asks for quotes around a number YAML reads as a number', () => {
    const result = compileUnit('---\nid: a\nnumber: 4.10\ntitle: T\n---\n');
    assert.equal(result.unit, undefined);
    assert.deepStrictEqual(where(result.diagnostics), ['LP002 3:1']);
    assert.match(result.diagnostics[0]!.message, /number: "4\.10"/);
  });

  it('leaves out an invalid optional field and keeps the unit', () => {
    const result = compileUnit('---\nid: a\nnumber: "1"\ntitle: T\nduration: -5\n---\n');
    assert.equal(unitOf(result).meta.duration, undefined);
    assert.ok(!('duration' in unitOf(result).meta));
    assert.deepStrictEqual(where(result.diagnostics), ['LP002 5:1']);
  });

  it('reports an unclosed front matter block', () => {
    const result = compileUnit('---\nid: a\n\n# Heading\n');
    assert.equal(result.unit, undefined);
    assert.deepStrictEqual(where(result.diagnostics), ['LP002 1:1']);
  });

  it('ignores a byte order mark', () => {
    const result = compileUnit(`\uFEFF${FRONT_MATTER}Body.\n`);
    assert.equal(unitOf(result).meta.id, 'test-unit');
    assert.deepStrictEqual(result.diagnostics, []);
  });
});

describe('Markdown', () => {
  it('gives headings slug ids, de-duplicated in document order', () => {
    const unit = unitOf(compileBody('# Intro\n\n## Intro\n\n## Intro 2\n\n### *Ŵyn* & `code`!\n\n## ???\n'));
    assert.deepStrictEqual(unit.headings, [
      { id: 'intro', depth: 1, text: 'Intro' },
      { id: 'intro-2', depth: 2, text: 'Intro' },
      { id: 'intro-2-2', depth: 2, text: 'Intro 2' },
      { id: 'ŵyn-code', depth: 3, text: 'Ŵyn & code!' },
      { id: 'section', depth: 2, text: '???' },
    ]);
    assert.match(unit.blocks[0]!.type === 'html' ? unit.blocks[0].html : '', /<h2 id="intro-2">Intro<\/h2>/);
  });

  it('collects headings inside callouts too', () => {
    const unit = unitOf(compileBody('# One\n\n:::tip\n## Two\n:::\n\n# Three\n'));
    assert.deepStrictEqual(unit.headings.map((h) => h.id), ['one', 'two', 'three']);
  });

  it('renders GFM tables, task lists and strikethrough', () => {
    const [block] = unitOf(compileBody('| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done\n- [ ] to do\n\n~~old~~ new\n')).blocks;
    assert.equal(block?.type, 'html');
    const html = block.type === 'html' ? block.html : '';
    assert.match(html, /<table>[\s\S]*<td>1<\/td>/);
    assert.match(html, /<input checked="" disabled="" type="checkbox"> done/);
    assert.match(html, /<del>old<\/del> new/);
  });

  it('opens absolute http(s) links in a new tab and leaves local links alone', () => {
    const [block] = unitOf(compileBody('[a](https://example.org/x) [b](http://example.org) [c](unit-2.md) <https://auto.example>\n')).blocks;
    const html = block?.type === 'html' ? block.html : '';
    assert.match(html, /<a target="_blank" rel="noopener noreferrer" href="https:\/\/example.org\/x">a<\/a>/);
    assert.match(html, /<a target="_blank" rel="noopener noreferrer" href="http:\/\/example.org">b<\/a>/);
    assert.match(html, /<a href="unit-2.md">c<\/a>/);
    assert.match(html, /<a target="_blank" rel="noopener noreferrer" href="https:\/\/auto.example">/);
  });

  it('opens a protocol-relative link in a new tab, but not a local link whose query holds an address', () => {
    const [block] = unitOf(compileBody('[a](//example.org/a) [b](unit-2.md?from=https://example.org)\n')).blocks;
    assert.equal(block?.type === 'html' && block.html,
      '<p><a target="_blank" rel="noopener noreferrer" href="//example.org/a">a</a> <a href="unit-2.md?from=https://example.org">b</a></p>\n');
  });

  it('takes a heading\'s contents text and id from its words alone, without the space an empty-alt image leaves', () => {
    const unit = unitOf(compileBody('## ![](icon.png) Getting started\n'));
    assert.deepStrictEqual(unit.headings, [{ id: 'getting-started', depth: 2, text: 'Getting started' }]);
  });

  it('numbers a repeated heading past an id another heading already holds', () => {
    const unit = unitOf(compileBody('## Intro\n\n## Intro 2\n\n## Intro\n\n## Intro\n'));
    assert.deepStrictEqual(unit.headings.map((h) => h.id), ['intro', 'intro-2', 'intro-3', 'intro-4']);
  });

  it('joins consecutive Markdown into one html block', () => {
    const unit = unitOf(compileBody('# A\n\nPara.\n\n- list\n\n> quote\n'));
    assert.equal(unit.blocks.length, 1);
  });

  it('leaves directives inside fenced code as code', () => {
    const unit = unitOf(compileBody('```\n:::reflection{#1}\n::prompt[x]{#p}\n:::\n```\n\n~~~~\n:::nonsense\n~~~~\n'));
    assert.deepStrictEqual(unit.blocks.map((b) => b.type), ['html']);
    const html = unit.blocks[0]!.type === 'html' ? unit.blocks[0]!.html : '';
    assert.match(html, /<pre><code>:::reflection\{#1\}\n::prompt\[x\]\{#p\}\n:::\n<\/code><\/pre>/);
    assert.match(html, /:::nonsense/);
  });
});

describe('directives', () => {
  it('builds a reflection with an intro and prompts with word limits', () => {
    const unit = unitOf(compileBody(
      ':::reflection{#4.2.1 title="In your school" required}\nIntro *text*.\n\n' +
      '::prompt[First `one`]{#first min-words=20 max-words=300}\n::prompt[Second]{#second max-words="50"}\n:::\n',
    ));
    assert.deepStrictEqual(unit.blocks, [{
      type: 'reflection', id: '4.2.1', title: 'In your school', required: true, line: BODY_LINE,
      introHtml: '<p>Intro <em>text</em>.</p>\n',
      prompts: [
        { id: 'first', html: 'First <code>one</code>', text: 'First one', minWords: 20, maxWords: 300 },
        { id: 'second', html: 'Second', text: 'Second', maxWords: 50 },
      ],
    }]);
  });

  it('builds a reflection without prompts as one answer box', () => {
    const [block] = unitOf(compileBody(':::reflection{#1.2.3}\nWrite freely.\n:::\n')).blocks;
    assert.deepStrictEqual(block, { type: 'reflection', id: '1.2.3', required: false, line: BODY_LINE, introHtml: '<p>Write freely.</p>\n', prompts: [] });
  });

  it('puts Markdown between prompts into the intro, and keeps prompts in order', () => {
    const [block] = unitOf(compileBody(':::reflection{#1}\nBefore.\n::prompt[A]{#a}\nBetween.\n::prompt[B]{#b}\n:::\n')).blocks;
    assert.equal(block?.type, 'reflection');
    if (block?.type !== 'reflection') return;
    assert.equal(block.introHtml, '<p>Before.</p>\n<p>Between.</p>\n');
    assert.deepStrictEqual(block.prompts.map((p) => p.id), ['a', 'b']);
  });

  it('builds every kind of callout, the quote with its source', () => {
    const unit = unitOf(compileBody(
      ':::note{title="Read first"}\nN\n:::\n:::tip\nT\n:::\n:::important\nI\n:::\n:::warning\nW\n:::\n:::quote{cite="Hargreaves, 2012"}\nQ\n:::\n',
    ));
    assert.deepStrictEqual(unit.blocks.map((b) => b.type === 'html' && b.html), [
      '<aside class="lp-callout lp-callout-note">\n<p class="lp-callout-title">Read first</p>\n<p>N</p>\n</aside>\n',
      '<aside class="lp-callout lp-callout-tip">\n<p>T</p>\n</aside>\n',
      '<aside class="lp-callout lp-callout-important">\n<p>I</p>\n</aside>\n',
      '<aside class="lp-callout lp-callout-warning">\n<p>W</p>\n</aside>\n',
      '<figure class="lp-callout lp-callout-quote">\n<blockquote>\n<p>Q</p>\n</blockquote>\n<figcaption>Hargreaves, 2012</figcaption>\n</figure>\n',
    ]);
  });

  it('does not let a list or table before the closing line swallow it', () => {
    const unit = unitOf(compileBody(':::tip\n- a\n- b\n:::\n:::note\n| x |\n| - |\n| 1 |\n:::\nAfter.\n'));
    const html = unit.blocks.map((b) => (b.type === 'html' ? b.html : '')).join('');
    assert.match(html, /<aside class="lp-callout lp-callout-tip">\n<ul>[\s\S]*<\/ul>\n<\/aside>\n<aside class="lp-callout lp-callout-note">\n<div class="lp-table">[\s\S]*<\/div>\n<\/aside>\n<p>After.<\/p>\n$/);
  });

  it('stops a paragraph at a directive line without a blank line', () => {
    const unit = unitOf(compileBody('Text\n:::note\nBody\n:::\nMore\n'));
    assert.deepStrictEqual(unit.blocks.map((b) => b.type === 'html' && b.html), ['<p>Text</p>\n', '<aside class="lp-callout lp-callout-note">\n<p>Body</p>\n</aside>\n', '<p>More</p>\n']);
  });

  it('stops each of several paragraphs at the directive line after it, indented or not', () => {
    const result = compileBody('A\n:::note\nx\n:::\nB\n:::tip\ny\n:::\nC\n  ::nonsense\n');
    assert.deepStrictEqual(where(result.diagnostics), [`LP003 ${BODY_LINE + 9}:3`]);
    assert.deepStrictEqual(unitOf(result).blocks.map((b) => (b.type === 'html' ? b.html : b.type)), [
      '<p>A</p>\n', '<aside class="lp-callout lp-callout-note">\n<p>x</p>\n</aside>\n',
      '<p>B</p>\n', '<aside class="lp-callout lp-callout-tip">\n<p>y</p>\n</aside>\n',
      '<p>C</p>\n', 'error',
    ]);
  });

  it('nests callouts by counting fences and by fence length', () => {
    const unit = unitOf(compileBody('::::note\n:::tip\nInner.\n:::\nOuter.\n::::\n\n:::warning\n:::quote\nQ\n:::\nW\n:::\n'));
    const [note, warning] = unit.blocks;
    assert.equal(unit.blocks.length, 2);
    assert.match(note?.type === 'html' ? note.html : '', /^<aside class="lp-callout lp-callout-note">\n<aside class="lp-callout lp-callout-tip">\n<p>Inner.<\/p>\n<\/aside>\n<p>Outer.<\/p>/);
    assert.match(warning?.type === 'html' ? warning.html : '', /^<aside class="lp-callout lp-callout-warning">\n<figure class="lp-callout lp-callout-quote">[\s\S]*<\/figure>\n<p>W<\/p>/);
  });

  it('closes each of two callouts nested one after the other in a callout at its own fence', () => {
    const result = compileBody(':::note\n:::tip\nA\n:::\n:::warning\nB\n:::\n:::\n\nAfter.\n');
    assert.deepStrictEqual(result.diagnostics, []);
    assert.deepStrictEqual(unitOf(result).blocks.map((b) => b.type === 'html' && b.html), [
      '<aside class="lp-callout lp-callout-note">\n<aside class="lp-callout lp-callout-tip">\n<p>A</p>\n</aside>\n<aside class="lp-callout lp-callout-warning">\n<p>B</p>\n</aside>\n</aside>\n',
      '<p>After.</p>\n',
    ]);
  });

  it('takes a callout\'s [label] as its title, and warns that a quote\'s [label] is ignored (LP007), with no source under it', () => {
    assert.deepStrictEqual(unitOf(compileBody(':::note[Heads up]\nB\n:::\n')).blocks, [
      { type: 'html', html: '<aside class="lp-callout lp-callout-note">\n<p class="lp-callout-title">Heads up</p>\n<p>B</p>\n</aside>\n' },
    ]);
    const quote = compileBody(':::quote[Said]\nQ\n:::\n');
    assert.deepStrictEqual(where(quote.diagnostics), [`LP007 ${BODY_LINE}:1`]);
    assert.deepStrictEqual(unitOf(quote).blocks, [{ type: 'html', html: '<figure class="lp-callout lp-callout-quote">\n<blockquote>\n<p>Q</p>\n</blockquote>\n</figure>\n' }]);
  });

  it('gives the rows of a loose checklist their own paragraph, and reports a checklist without an id (LP010) in its place', () => {
    const [block] = blocksOf(unitOf(compileBody(':::checklist{#1.1}\n- One\n\n- Two *b*\n:::\n')), 'checklist');
    assert.deepStrictEqual(block?.rows, [{ id: '1', html: '<p>One</p>', text: 'One' }, { id: '2', html: '<p>Two <em>b</em></p>', text: 'Two b' }]);
    const result = compileBody(':::checklist\n- One\n:::\n');
    assert.deepStrictEqual(unitOf(result).blocks, [{
      type: 'error', code: 'LP010', message: 'activity :::checklist has no id; add one after its name, e.g. :::checklist{#4.2.1}', line: BODY_LINE, column: 1,
    }]);
    // A row that starts with an image without alt text.
    const [image] = blocksOf(unitOf(compileBody(':::checklist{#1.1}\n- ![](film.png) Watch the film\n:::\n')), 'checklist');
    assert.equal(image?.rows[0]?.text, 'Watch the film');
  });

  it('takes a scale of two levels, and refuses a bare scale or one with an empty level (LP017)', () => {
    assert.deepStrictEqual(blocksOf(unitOf(compileBody(':::checklist{#1.1 scale="Yes|No"}\n- One\n:::\n')), 'checklist')[0]?.scale, ['Yes', 'No']);
    for (const scale of ['scale', 'scale="Yes|"']) {
      const result = compileBody(`:::checklist{#1.1 ${scale}}\n- One\n:::\n`);
      assert.deepStrictEqual(where(result.diagnostics), [`LP017 ${BODY_LINE}:19`], scale);
      assert.equal(blocksOf(unitOf(result), 'checklist')[0]?.scale, undefined);
    }
  });

  it('renders a callout nested in a list item as HTML', () => {
    const [block] = unitOf(compileBody('- item\n\n  :::note{title="Careful"}\n  Inside.\n  :::\n')).blocks;
    assert.equal(block?.type === 'html' && block.html,
      '<ul>\n<li><p>item</p>\n<aside class="lp-callout lp-callout-note">\n<p class="lp-callout-title">Careful</p>\n<p>Inside.</p>\n</aside>\n</li>\n</ul>\n');
  });

  it('builds a ticked checklist with an intro, rows numbered by position and its section', () => {
    const [block] = blocksOf(unitOf(compileBody('## Before\n\n:::checklist{#1.2 title="Ready?" required}\nTick what you have done.\n\n- Read *the* unit\n- [ ] Watched the film\n:::\n')), 'checklist');
    assert.deepStrictEqual(block, {
      type: 'checklist', id: '1.2', title: 'Ready?', required: true, line: BODY_LINE + 2, section: 'before', notes: false,
      introHtml: '<p>Tick what you have done.</p>\n',
      rows: [{ id: '1', html: 'Read <em>the</em> unit', text: 'Read the unit' }, { id: '2', html: 'Watched the film', text: 'Watched the film' }],
    });
  });

  it('builds a checklist rated on a scale, with notes', () => {
    const [block] = blocksOf(unitOf(compileBody(':::checklist{#1 scale="Not yet | Partly|Fully" notes}\n- One\n:::\n')), 'checklist');
    assert.deepStrictEqual(block?.scale, ['Not yet', 'Partly', 'Fully']);
    assert.equal(block?.notes, true);
  });

  it('reports a scale with one level (LP017) and a checklist with no rows (LP016)', () => {
    const result = compileBody(':::checklist{#1 scale="Only"}\n- One\n:::\n\n:::checklist{#2}\nNo list.\n:::\n');
    assert.deepStrictEqual(where(errorsOf(result.diagnostics)), [`LP017 ${BODY_LINE}:17`, `LP016 ${BODY_LINE + 4}:1`]);
    const [first] = blocksOf(unitOf(result), 'checklist');
    assert.equal(first?.scale, undefined);
  });

  it('builds a single-answer quiz with feedback, options lettered by position', () => {
    const [block] = blocksOf(unitOf(compileBody(
      ':::quiz{#4.2.2 title="Check"}\nWhich is **JPD**?\n\n- [ ] Watching a talk\n- [x] Working on practice together\n\n::feedback[JPD is *joint*.]\n:::\n',
    )), 'quiz');
    assert.deepStrictEqual(block, {
      type: 'quiz', id: '4.2.2', title: 'Check', required: false, line: BODY_LINE, multiple: false,
      stemHtml: '<p>Which is <strong>JPD</strong>?</p>\n',
      options: [
        { id: 'a', html: 'Watching a talk', text: 'Watching a talk', correct: false },
        { id: 'b', html: 'Working on practice together', text: 'Working on practice together', correct: true },
      ],
      feedbackHtml: 'JPD is <em>joint</em>.',
    });
  });

  it('makes a quiz with several right answers choose-all, and reports one with none (LP018)', () => {
    const many = blocksOf(unitOf(compileBody(':::quiz{#1}\nPick.\n\n- [x] A\n- [x] B\n- [ ] C\n:::\n')), 'quiz')[0];
    assert.equal(many?.multiple, true);
    const none = compileBody(':::quiz{#1}\nPick.\n\n- [ ] A\n:::\n');
    assert.deepStrictEqual(where(errorsOf(none.diagnostics)), [`LP018 ${BODY_LINE}:1`]);
  });

  it('reports a quiz with no task list (LP016) and a ::feedback outside a quiz (LP011)', () => {
    const result = compileBody(':::quiz{#1}\nPick.\n:::\n\n::feedback[Well done]\n');
    assert.deepStrictEqual(where(errorsOf(result.diagnostics)), [`LP016 ${BODY_LINE}:1`, `LP011 ${BODY_LINE + 4}:1`]);
    assert.match(errorsOf(result.diagnostics)[1]!.message, /only allowed directly inside a :::quiz/);
  });

  it('refuses an activity nested in a callout (LP008), whatever its kind', () => {
    for (const activity of [':::quiz{#1}\n- [x] A', ':::checklist{#1}\n- A', ':::reflection{#1}\nQ']) {
      const result = compileBody(`:::note\n${activity}\n:::\n:::\n`);
      assert.deepStrictEqual(where(result.diagnostics), [`LP008 ${BODY_LINE + 1}:1`], activity);
    }
  });

  it('renders GFM footnotes at the end of the unit', () => {
    const unit = unitOf(compileBody('A claim.[^1]\n\n[^1]: Hargreaves, 2012.\n\nMore.\n'));
    const html = unit.blocks.map((b) => (b.type === 'html' ? b.html : '')).join('');
    assert.match(html, /<sup><a id="footnote-ref-1" href="#footnote-1"[^>]*>1<\/a><\/sup>/);
    assert.match(html, /<p>More.<\/p>\n<section class="footnotes"[\s\S]*<li id="footnote-1">\n<p>Hargreaves, 2012./);
  });

  it('resolves relative links and images against the unit file when given its URL', () => {
    const source = `${FRONT_MATTER}![A chart](img/chart.png) [next](4.3.md) [top](#top) [site](https://example.org/) [mail](mailto:a@b.c)\n`;
    const [block] = unitOf(compileUnit(source, 'u.md', { baseUrl: 'https://vle.example/modules/pack/4.2.md' })).blocks;
    const html = block?.type === 'html' ? block.html : '';
    assert.match(html, /<img src="https:\/\/vle.example\/modules\/pack\/img\/chart.png" alt="A chart">/);
    assert.match(html, /href="https:\/\/vle.example\/modules\/pack\/4.3.md"/);
    assert.match(html, /href="#top"/);
    assert.match(html, /href="mailto:a@b.c"/);
    const plain = unitOf(compileUnit(source, 'u.md')).blocks[0];
    assert.match(plain?.type === 'html' ? plain.html : '', /<img src="img\/chart.png"/);
  });

  it('still compiles everything after a broken block', () => {
    const result = compileBody(':::mystery\nLost?\n:::\n\n# After\n\n:::reflection{#9.9}\n::prompt[Still here]{#p}\n:::\n\n:::reflection\nno id\n:::\n\nThe end.\n');
    const unit = unitOf(result);
    assert.deepStrictEqual(unit.blocks.map((b) => b.type), ['error', 'html', 'reflection', 'error', 'html']);
    assert.deepStrictEqual(unit.headings.map((h) => h.text), ['After']);
    assert.deepStrictEqual(where(errorsOf(result.diagnostics)), [`LP003 ${BODY_LINE}:1`, `LP010 ${BODY_LINE + 10}:1`]);
    assert.match(errorsOf(result.diagnostics)[0]!.message, /known directives are :::reflection, :::checklist, :::quiz, :::note, :::tip, :::important, :::warning, :::quote and ::prompt, ::feedback/);
  });

  it('keeps the good prompts of a reflection with a broken one, with an error box after it', () => {
    const result = compileBody(':::reflection{#1}\n::prompt[Good]{#good}\n::prompt[No id]\n::prompt[Also good]{#also min-words=abc}\n:::\n');
    const unit = unitOf(result);
    assert.deepStrictEqual(unit.blocks.map((b) => b.type), ['reflection', 'error', 'error']);
    const [reflection] = blocksOf(unit, 'reflection');
    assert.deepStrictEqual(reflection?.prompts, [
      { id: 'good', html: 'Good', text: 'Good' },
      { id: 'also', html: 'Also good', text: 'Also good' },
    ]);
    assert.deepStrictEqual(where(errorsOf(result.diagnostics)), [`LP014 ${BODY_LINE + 2}:1`, `LP011 ${BODY_LINE + 3}:27`]);
  });
});

describe('where a callout closes', () => {
  /** The blocks' HTML (or type), failing on any diagnostic. */
  const clean = (body: string) => {
    const result = compileBody(body);
    assert.deepStrictEqual(result.diagnostics, [], JSON.stringify(body));
    return unitOf(result).blocks.map((b) => (b.type === 'html' ? b.html : b.type));
  };
  const note = (inner: string) => [`<aside class="lp-callout lp-callout-note">\n${inner}</aside>\n`];

  it('does not close at a ::: line inside fenced code, whatever the fence', () => {
    assert.deepStrictEqual(clean(':::note\n```\n:::\n```\nAfter code.\n:::\n'), note('<pre><code>:::\n</code></pre>\n<p>After code.</p>\n'));
    assert.deepStrictEqual(clean(':::note\n```js\n:::\n```\n:::\n'), note('<pre><code class="language-js">:::\n</code></pre>\n'));
    assert.deepStrictEqual(clean(':::note\n   ~~~\n:::\n   ~~~\n:::\n'), note('<pre><code>:::\n</code></pre>\n'));
  });

  it('ends fenced code only at a bare fence of the same character, at least as long', () => {
    assert.deepStrictEqual(clean(':::note\n~~~~\n:::\n~~~\n:::\n~~~~\n:::\n'), note('<pre><code>:::\n~~~\n:::\n</code></pre>\n'));
    assert.deepStrictEqual(clean(':::note\n```\n:::\n``` not\n:::\n```\n:::\n'), note('<pre><code>:::\n``` not\n:::\n</code></pre>\n'));
    assert.deepStrictEqual(clean(':::note\n```\n:::\n~~~\n:::\n```\n:::\n'), note('<pre><code>:::\n~~~\n:::\n</code></pre>\n'));
  });

  it('opens no code at a backtick line whose text holds a backtick, or at inline code', () => {
    assert.deepStrictEqual(clean(':::note\n``` a`b\n:::\n'), note('<p>``` a`b</p>\n'));
    assert.deepStrictEqual(clean(':::note\n`code` here\n:::\n'), note('<p><code>code</code> here</p>\n'));
  });

  it('closes only at a line of colons alone, and nests only at a line that starts with colons and a name', () => {
    assert.deepStrictEqual(clean(':::note\nText ending in colons :::\n:::\n'), note('<p>Text ending in colons :::</p>\n'));
    assert.deepStrictEqual(clean(':::note\nSee :::tip here\n:::\n'), note('<p>See :::tip here</p>\n'));
    // A nested directive of one letter, followed at once by its attributes.
    const result = compileBody(':::note\n:::x{#a}\nA\n:::\nB\n:::\n');
    assert.deepStrictEqual(where(result.diagnostics), [`LP003 ${BODY_LINE + 1}:1`]);
    assert.deepStrictEqual(unitOf(result).blocks[0], { type: 'html', html: note('<p>B</p>\n')[0] });
  });

  it('names a stray ::: line with its own colons, and an opening on the last line without a newline', () => {
    assert.deepStrictEqual(compileBody(':::  \n\n::::\n').diagnostics.map((d) => d.message), [
      'this ::: line closes nothing: no directive is open here',
      'this :::: line closes nothing: no directive is open here',
    ]);
    assert.deepStrictEqual(compileBody(':::note\nA\n:::\n\n:::tip').diagnostics.map((d) => `${d.code} ${d.message}`), [
      'LP004 :::tip is not closed: it needs a closing ::: line after its content',
    ]);
  });

  it('takes a tilde fence whose text holds a backtick, and a closing fence followed by spaces, as code', () => {
    assert.deepStrictEqual(clean(':::note\n~~~ a`b\n:::\n~~~\n:::\n'), note('<pre><code class="language-a`b">:::\n</code></pre>\n'));
    assert.deepStrictEqual(clean(':::note\n```\n:::\n```  \n:::\n'), note('<pre><code>:::\n</code></pre>\n'));
    assert.deepStrictEqual(clean(':::note\nSee ``` here\n:::\n'), note('<p>See ``` here</p>\n'));
  });

  it('does not close a callout at a line of fewer colons than its own', () => {
    const result = compileBody('::::note\nA\n:::\nB\n::::\n');
    assert.deepStrictEqual(where(result.diagnostics), [`LP006 ${BODY_LINE + 2}:1`]);
    assert.deepStrictEqual(unitOf(result).blocks, [{ type: 'html', html: note('<p>A</p>\n<p>B</p>\n')[0] }]);
  });

  it('keeps a list tight after a callout in one of its items', () => {
    assert.deepStrictEqual(clean('- :::note\n  x\n  :::\n  after\n- b\n'), [
      '<ul>\n<li><aside class="lp-callout lp-callout-note">\n<p>x</p>\n</aside>\nafter</li>\n<li>b</li>\n</ul>\n',
    ]);
  });

  it('leaves a line that only starts like a callout as text', () => {
    assert.deepStrictEqual(clean(':::note. A sentence.\n'), ['<p>:::note. A sentence.</p>\n']);
  });
});

describe('lines that start with colons', () => {
  it('reads a leaf directive indented by up to three spaces, and not one indented by four (code)', () => {
    assert.deepStrictEqual(where(compileBody(' ::nonsense\n\n   ::nonsense\n\n    ::nonsense\n').diagnostics), [`LP003 ${BODY_LINE}:2`, `LP003 ${BODY_LINE + 2}:4`]);
  });

  it('leaves a line that only looks like a leaf directive as text', () => {
    const result = compileBody('::ratio: two colons, then a word and a colon\n');
    assert.deepStrictEqual(result.diagnostics, []);
    assert.deepStrictEqual(unitOf(result).blocks, [{ type: 'html', html: '<p>::ratio: two colons, then a word and a colon</p>\n' }]);
  });

  it('reports a prompt without words in brackets, and keeps the activity', () => {
    const result = compileBody(':::reflection{#1.1}\n::prompt{#a}\n:::\n');
    assert.deepStrictEqual(where(result.diagnostics), [`LP011 ${BODY_LINE + 1}:1`]);
    assert.match(result.diagnostics[0]!.message, /prompt "a" has no text/);
  });
});

describe('warnings for likely mistakes', () => {
  it('warns when an activity id does not start with the unit number (LP019)', () => {
    const result = compileBody(':::reflection{#1.1.1}\n:::\n\n:::quiz{#2.1}\nQ\n\n- [x] A\n:::\n');
    assert.deepStrictEqual(where(result.diagnostics), [`LP019 ${BODY_LINE + 3}:9`]);
    assert.equal(result.diagnostics[0]!.severity, 'warning');
    assert.match(result.diagnostics[0]!.message, /does not start with the unit's number 1\.1/);
  });

  it('warns about an image without alt text, at its line (LP020)', () => {
    const result = compileBody('![A chart](a.png)\n\nText ![](b.png)\n');
    assert.deepStrictEqual(where(result.diagnostics), [`LP020 ${BODY_LINE + 2}:6`]);
    assert.match(result.diagnostics[0]!.message, /b\.png has no alt text/);
  });

  it('warns about a long unit with no ## headings (LP021), and not once it has one', () => {
    const words = 'word '.repeat(1_600);
    const long = compileBody(`${words}\n`).diagnostics;
    assert.deepStrictEqual(where(long), [`LP021 ${BODY_LINE}:1`]);
    assert.match(long[0]!.message, /about 1,600 words/);
    assert.deepStrictEqual(compileBody(`## Part\n\n${words}\n`).diagnostics, []);
  });
});

describe('positions', () => {
  const body = '# Title\n\n:::reflection{#1.1}\n::prompt[A]{#a}\n::prompt[B]{#a}\n:::\n\n  :::reflection{#1.1}\n  :::\n\n:::unknown\n:::\n\n:::note\n';

  it('counts front matter lines, so a longer front matter shifts every position', () => {
    const short = compileBody(body);
    const long = compileUnit(`---\nid: test-unit\nnumber: "1.1"\ntitle: Test unit\nsummary: >\n  two\n  lines\n---\n${body}`);
    const shift = (result: CompileResult) => result.diagnostics.map((d) => [d.code, d.line, d.column]);
    assert.deepStrictEqual(shift(short), [
      ['LP013', BODY_LINE + 4, 1], ['LP012', BODY_LINE + 7, 3], ['LP003', BODY_LINE + 10, 1], ['LP004', BODY_LINE + 13, 1],
    ]);
    assert.deepStrictEqual(shift(long), shift(short).map(([code, line, column]) => [code, (line as number) + 3, column]));
  });

  it('gives CRLF input the same lines and columns as LF', () => {
    const lf = compileBody(body);
    const crlf = compileUnit((FRONT_MATTER + body).replace(/\n/g, '\r\n'), 'test.md');
    assert.deepStrictEqual(crlf, lf);
    const fixture = readFileSync(new URL('./fixtures/directive-errors.md', import.meta.url), 'utf8');
    assert.deepStrictEqual(
      compileUnit(fixture.replace(/\n/g, '\r\n'), 'x.md').diagnostics,
      compileUnit(fixture, 'x.md').diagnostics,
    );
  });

  it('places directives inside quotes, lists and callouts at their own line and column, the same text twice included', () => {
    const at = (b: string) => compileBody(b).diagnostics.map((d) => `${d.code} ${d.line - BODY_LINE + 1}:${d.column}`);
    // Body lines counted from 1.
    assert.deepStrictEqual(at('> :::nonsense\n> x\n> :::\n\n> :::nonsense\n> y\n> :::\n'), ['LP003 1:3', 'LP003 5:3']);
    assert.deepStrictEqual(at('- item\n\n  :::nonsense\n  x\n  :::\n- :::nonsense\n  y\n  :::\n'), ['LP003 3:3', 'LP003 6:3']);
    assert.deepStrictEqual(at(':::note\n:::nonsense\nx\n:::\n:::\n\n:::nonsense\nz\n:::\n'), ['LP003 2:1', 'LP003 7:1']);
    assert.deepStrictEqual(at('> :::reflection{#1.1}\n> Q\n> :::\n\n  > > :::reflection{#1.2}\n  > > Q\n  > > :::\n'), ['LP008 1:3', 'LP008 5:7']);
    assert.deepStrictEqual(at('> text ::: nonsense\n\n> :::nonsense{x=1}\n> :::\n'), ['LP003 3:3']);
  });

  it('formats a duplicate activity exactly as SPEC §3 shows', () => {
    // The body starts at line 6: 55 blank lines put the first at line 61; it takes 2 lines, 25 more put the second at 88.
    const activity = ':::reflection{#4.2.1}\n:::\n';
    const source = `${FRONT_MATTER}${'\n'.repeat(55)}${activity}${'\n'.repeat(25)}${activity}`;
    const result = compileUnit(source, 'modules/mep-leadership/4.2-joint-practice-development.md');
    assert.deepStrictEqual(errorsOf(result.diagnostics).map(formatDiagnostic), [
      'modules/mep-leadership/4.2-joint-practice-development.md:88:1 error LP012 activity "4.2.1" is defined twice (first at 61:1)',
    ]);
  });
});

describe('robustness', () => {
  it('never throws, whatever the input', () => {
    const inputs = [
      '', '---', '---\n', '---\n---\n', ':::', '::', '::::note', '::prompt', ':::note{', ':::note[', '::p[x]{#',
      `${FRONT_MATTER}${':::note\n'.repeat(300)}`, `${FRONT_MATTER}${':::'.repeat(300)}`, '\0\u2028\uD800',
      `${FRONT_MATTER}> :::reflection{#1}\n> ::prompt[x]{#a}\n> :::\n- :::tip\n  x\n  :::\n`,
      '---\n- a list\n---\n', '---\n"just text"\n---\n', '---\nid: [a, b]\nnumber: {x: 1}\ntitle: true\nlang: 12\nobjectives: [1, 2]\n---\n',
    ];
    for (const input of inputs) {
      const result = compileUnit(input);
      assert.ok(Array.isArray(result.diagnostics), JSON.stringify(input));
      assert.ok(!result.diagnostics.some((d) => d.code === 'LP000'), `LP000 for ${JSON.stringify(input)}`);
    }
  });

  it('reports an internal error (LP000) instead of throwing on a non-string', () => {
    const result = compileUnit(undefined as unknown as string, 'odd.md');
    assert.equal(result.unit, undefined);
    assert.deepStrictEqual(where(result.diagnostics), ['LP000 1:1']);
    assert.equal(result.diagnostics[0]!.file, 'odd.md');
  });
});
