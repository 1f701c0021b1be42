// Tried as a course author would: a unit written from scratch in the
// playground, with a reflection and a quiz, downloaded, and checked as
// learning-pack check checks a pack folder holding it.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { checkPack } from '../../src/content/pack.js';
import { packYaml } from '../../src/content/scaffold.js';
import { button, captureDownload, mount, setText, type, typeAtEnd } from './helpers.js';

describe('a unit written in the playground', () => {
  it('with a reflection and a quiz, typed from an empty editor and downloaded, passes the pack check', async function () {
    // Typing a whole unit key by key takes WebKit's driver a while.
    this.timeout(120000);
    const { el, root } = await mount();
    setText(el, '');
    typeAtEnd(el);
    // Short, so that WebKit's driver types it in time; every part an author needs is there.
    await type(
      '---\nid: from-scratch\nnumber: "3.1"\ntitle: From scratch\nlang: en\n---\n\n' +
        ':::reflection{#3.1.1}\n::prompt[Why?]{#why}\n:::\n\n' +
        ':::quiz{#3.1.2}\nWhich one?\n\n- [x] Thinking about practice\n',
    );
    // The editor continues the task list on the next line, as it would for an author: type the wrong answer there.
    await type('Marking work\n');
    // An empty item ends the list.
    await sendKeys({ press: 'Enter' });
    await type(':::\n');
    await waitUntil(() => root.querySelector('.ui-problem-count')!.textContent === 'No problems found.', 'the typed unit has problems', { timeout: 10000 });

    const { name, text: downloaded } = await captureDownload(() => button(root, 'Download .md').click());
    expect(name).to.equal('3.1-from-scratch.md');

    // What learning-pack check runs on a pack folder holding the downloaded file.
    const result = checkPack({
      dir: 'my-pack',
      manifest: packYaml('my-pack', 'My pack', name).replace('number: "1"', 'number: "3"'),
      files: ['pack.yaml', name],
      read: () => downloaded,
    });
    expect(result.diagnostics).to.deep.equal([]);
    const unit = result.units[0]!.result.unit!;
    expect(unit.blocks.filter((b) => b.type !== 'html').map((b) => b.type)).to.deep.equal(['reflection', 'quiz']);
    const quiz = unit.blocks.find((b) => b.type === 'quiz')!;
    expect(quiz.type === 'quiz' && quiz.options.map((o) => [o.text, o.correct])).to.deep.equal([
      ['Thinking about practice', true],
      ['Marking work', false],
    ]);
  });
});
