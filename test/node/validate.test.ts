import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileUnit } from '../../src/content/compile.js';
import { validateUnit } from '../../src/content/validate.js';
import { compileBody, unitOf } from './helpers.js';

const good = () => JSON.parse(JSON.stringify(unitOf(compileBody(
  '## One\n\n:::reflection{#1.1.1 title="T"}\n::prompt[Why?]{#why min-words=5}\n:::\n\n:::checklist{#1.1.2 scale="A|B" notes}\n- Row\n:::\n\n' +
  ':::quiz{#1.1.3}\nQ?\n\n- [x] Yes\n- [ ] No\n\n::feedback[Right.]\n:::\n\n:::mystery\n:::\n',
))));

describe('validateUnit', () => {
  it('accepts every unit the compiler produces', () => {
    assert.deepStrictEqual(validateUnit(good()), { ok: true, unit: good() });
    const dir = new URL('./fixtures/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const { unit } = compileUnit(readFileSync(new URL(file, dir), 'utf8'));
      if (unit) assert.equal(validateUnit(JSON.parse(JSON.stringify(unit))).ok, true, file);
    }
  });

  const broken: [string, (unit: any) => unknown, string][] = [
    ['not an object', () => 'text', 'unit: must be an object'],
    ['no meta', (u) => ({ ...u, meta: undefined }), 'meta: must be an object'],
    ['a bad unit id', (u) => ((u.meta.id = 'Not A Slug'), u), 'meta.id: must be lowercase'],
    ['blocks not a list', (u) => ((u.blocks = {}), u), 'blocks: must be a list'],
    ['an unknown block type', (u) => (u.blocks.push({ type: 'video' }), u), 'blocks[5].type: must be one of'],
    ['an activity without an id', (u) => (delete u.blocks[1].id, u), 'blocks[1].id: is missing'],
    ['an id with a slash', (u) => ((u.blocks[1].prompts[0].id = 'a/b'), u), 'blocks[1].prompts[0].id: must be an id with no "/"'],
    ['the same activity twice', (u) => ((u.blocks[2].id = '1.1.1'), u), 'blocks[2].id: "1.1.1" is used twice'],
    ['a one-level scale', (u) => ((u.blocks[2].scale = ['A']), u), 'blocks[2].scale: must have at least two levels'],
    ['a quiz option without correct', (u) => (delete u.blocks[3].options[0].correct, u), 'blocks[3].options[0].correct: is missing'],
    ['HTML that is not text', (u) => ((u.blocks[1].introHtml = { html: 1 }), u), 'blocks[1].introHtml: must be text'],
    ['an error block without a line', (u) => (delete u.blocks[4].line, u), 'blocks[4].line: is missing'],
  ];
  for (const [what, breakIt, problem] of broken) {
    it(`refuses ${what}`, () => {
      const result = validateUnit(breakIt(good()));
      assert.equal(result.ok, false);
      if (!result.ok) assert.ok(result.problems.some((p) => p.startsWith(problem)), result.problems.join('\n'));
    });
  }
});
