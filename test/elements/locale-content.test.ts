// A unit's Welsh variant is the same unit: the same activity and prompt ids,
// so a learner's answers are the same answers in either language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/lp-unit.js';
import type { LpUnit } from '../../src/elements/lp-unit.js';
import { compileUnit } from '../../src/content/compile.js';
import type { ReflectionBlock } from '../../src/content/model.js';
import { responseKey } from '../../src/store/keys.js';
import { freshNamespace, reflectionIn, textareas, unitReady } from './helpers.js';

const EN = '/modules/mep-leadership/4.2-joint-practice-development.md';
const CY = '/modules/mep-leadership/4.2-joint-practice-development.cy.md';

async function keysOf(path: string): Promise<string[]> {
  const { unit } = compileUnit(await (await fetch(path)).text(), path);
  const reflections = unit!.blocks.filter((b): b is ReflectionBlock => b.type === 'reflection');
  return reflections.flatMap((b) => b.prompts.map((p) => responseKey({ pack: 'mep-leadership', unit: unit!.meta.id, activity: b.id, item: p.id })));
}

async function show(src: string, lang: string, ns: string): Promise<LpUnit> {
  return fixture<LpUnit>(html`<lp-unit lang=${lang} src=${src} pack="mep-leadership" storage-namespace=${ns}></lp-unit>`);
}

describe('Welsh variant of unit 4.2', () => {
  it('has the same answer keys as the English unit', async () => {
    const [en, cy] = [await keysOf(EN), await keysOf(CY)];
    expect(en).to.deep.equal([
      'mep-leadership/joint-practice-development/4.2.1/in-place',
      'mep-leadership/joint-practice-development/4.2.1/further-work',
    ]);
    expect(cy).to.deep.equal(en);
  });

  it('is marked in its front matter as a translation awaiting review', async () => {
    const source = await (await fetch(CY)).text();
    const front = source.split(/^---$/m)[1];
    expect(front).to.match(/^lang: cy$/m);
    expect(front).to.match(/^translation:\n {2}of: 4\.2-joint-practice-development\.md\n {2}status: awaiting-review$/m);
  });

  it('shows in Welsh the answers written in English, and the other way round', async () => {
    const ns = freshNamespace();
    const en = await show(EN, 'en', ns);
    const enActivity = await reflectionIn(await unitReady(en), '4.2.1');
    const field = textareas(enActivity)[0];
    field.value = 'Peer observation in triads across the cluster.';
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await enActivity.flush();
    en.remove();

    const cy = await show(CY, 'cy', ns);
    const root = await unitReady(cy);
    expect(root.querySelector('h1')!.textContent).to.equal('Datblygu ymarfer ar y cyd');
    const cyActivity = await reflectionIn(root, '4.2.1');
    await waitUntil(() => textareas(cyActivity)[0].value !== '', 'the English answer did not appear', { timeout: 5000 });
    expect(textareas(cyActivity)[0].value).to.equal('Peer observation in triads across the cluster.');
    const second = textareas(cyActivity)[1];
    second.value = 'Arsylwi rhwng ysgolion.';
    second.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await cyActivity.flush();
    cy.remove();

    const again = await show(EN, 'en', ns);
    const back = await reflectionIn(await unitReady(again), '4.2.1');
    await waitUntil(() => textareas(back)[1].value !== '', 'the Welsh answer did not appear', { timeout: 5000 });
    expect(textareas(back).map((t) => t.value)).to.deep.equal(['Peer observation in triads across the cluster.', 'Arsylwi rhwng ysgolion.']);
  });
});
