/**
 * The checks a compiled unit passes before the elements trust it, field by
 * field: each malformed field is refused with a problem that names it, and
 * each well-formed edge case is accepted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateUnit } from '../../src/content/validate.js';

/** A small unit with one block of every kind: blocks[0] html, [1] error, [2] reflection, [3] checklist, [4] quiz. */
function unit(): any {
  return {
    meta: { id: 'unit-1', number: '1', title: 'Observing practice', lang: 'en' },
    headings: [{ id: 'one', text: 'One', depth: 2 }],
    blocks: [
      { type: 'html', html: '<p>Hello</p>' },
      { type: 'error', code: 'LP001', message: 'Broken', line: 3, column: 1 },
      { type: 'reflection', id: '1.1.1', required: false, introHtml: '', line: 5, prompts: [{ id: 'why', html: '<p>Why?</p>', text: 'Why?' }] },
      { type: 'checklist', id: '1.1.2', required: true, introHtml: '', notes: false, line: 9, rows: [{ id: '1', html: 'Row', text: 'Row' }] },
      { type: 'quiz', id: '1.1.3', required: false, stemHtml: '<p>Q?</p>', multiple: false, line: 12, options: [{ id: 'a', html: 'Yes', text: 'Yes', correct: true }] },
    ],
  };
}

/** The problems for a unit changed by `change`; [] when it is accepted. */
function problems(change: (u: any) => void): string[] {
  const u = unit();
  change(u);
  const result = validateUnit(u);
  if (result.ok) {
    assert.equal(result.unit, u, 'an accepted unit is handed back as it is');
    return [];
  }
  return result.problems;
}

function refuses(change: (u: any) => void, problem: string): void {
  assert.deepEqual(problems(change), [problem]);
}

function accepts(change: (u: any) => void): void {
  assert.deepEqual(problems(change), []);
}

describe('validateUnit, field by field', () => {
  it('accepts the base unit', () => {
    accepts(() => undefined);
  });

  it('refuses a unit id that is not a slug, all the way to its end', () => {
    refuses((u) => (u.meta.id = 'unit-One'), 'meta.id: must be lowercase letters, digits and single hyphens');
    refuses((u) => (u.meta.id = 'unit-1!'), 'meta.id: must be lowercase letters, digits and single hyphens');
    accepts((u) => (u.meta.id = 'a-2-c'));
  });

  it('accepts language tags with subtags and refuses what is not one', () => {
    for (const lang of ['en-GB', 'cy', 'cym', 'zh-Hant-TW', 'en-abcdefgh']) accepts((u) => (u.meta.lang = lang));
    for (const lang of ['1en', 'en_GB', 'en-', 'en-GB!', 'e', 'en-abcdefghi', 'en--GB', ' en']) {
      refuses((u) => (u.meta.lang = lang), 'meta.lang: must be a language tag such as en or cy');
    }
  });

  it('refuses an empty or blank number or title', () => {
    refuses((u) => (u.meta.title = '  '), 'meta.title: must be text that is not empty');
    refuses((u) => (u.meta.number = ''), 'meta.number: must be text that is not empty');
    refuses((u) => delete u.meta.title, 'meta.title: is missing');
  });

  it('refuses a meta that is null or a list', () => {
    refuses((u) => (u.meta = null), 'meta: must be an object');
    refuses((u) => (u.meta = []), 'meta: must be an object');
  });

  it('checks the optional meta fields only when present', () => {
    refuses((u) => (u.meta.summary = 5), 'meta.summary: must be text');
    refuses((u) => (u.meta.objectives = 'learn'), 'meta.objectives: must be a list');
    refuses((u) => (u.meta.objectives = ['ok', 3]), 'meta.objectives[1]: must be text');
    refuses((u) => (u.meta.objectives = Array(101).fill('x')), 'meta.objectives: must hold at most 100 items');
    accepts((u) => (u.meta.objectives = Array(100).fill('x')));
    accepts((u) => Object.assign(u.meta, { summary: '', objectives: [] }));
  });

  it('takes a duration in positive minutes', () => {
    for (const d of [30, 0.5]) accepts((u) => (u.meta.duration = d));
    for (const d of [0, -5, '30', Infinity, NaN, null]) {
      refuses((u) => (u.meta.duration = d), 'meta.duration: must be a positive number of minutes');
    }
  });

  it('checks a translation note: what it translates and how far it has got', () => {
    accepts((u) => (u.meta.translation = { of: 'unit-1.md', status: 'awaiting-review' }));
    accepts((u) => (u.meta.translation = { of: 'unit-1.md', status: 'done', note: 'Checked by the tutor' }));
    refuses((u) => (u.meta.translation = 'unit-1.md'), 'meta.translation: must be an object');
    refuses((u) => (u.meta.translation = null), 'meta.translation: must be an object');
    refuses((u) => (u.meta.translation = { of: ' ', status: 'done' }), 'meta.translation.of: must be text that is not empty');
    refuses((u) => (u.meta.translation = { of: 'a.md' }), 'meta.translation.status: is missing');
    refuses((u) => (u.meta.translation = { of: 'a.md', status: 'done', note: 1 }), 'meta.translation.note: must be text');
  });

  it('checks each heading: an id, its text and a depth of 1 to 6', () => {
    refuses((u) => (u.headings = {}), 'headings: must be a list');
    refuses((u) => (u.headings = [null]), 'headings[0]: must be an object');
    refuses((u) => (u.headings = [{ text: 'One', depth: 2 }]), 'headings[0].id: is missing');
    refuses((u) => (u.headings[0].id = ''), 'headings[0].id: must be text that is not empty');
    refuses((u) => (u.headings[0].text = 1), 'headings[0].text: must be text');
    for (const depth of [1, 6]) accepts((u) => (u.headings[0].depth = depth));
    for (const depth of [0, 7, 2.5, '2', -1]) refuses((u) => (u.headings[0].depth = depth), 'headings[0].depth: must be 1 to 6');
  });

  it('names the known block types when one is not', () => {
    const rule = 'must be one of html, error, reflection, checklist, quiz';
    refuses((u) => (u.blocks[0].type = 'video'), `blocks[0].type: ${rule}`);
    refuses((u) => (u.blocks[0].type = ['html']), `blocks[0].type: ${rule}`);
    refuses((u) => delete u.blocks[0].type, `blocks[0].type: ${rule}`);
    refuses((u) => (u.blocks[0].type = 'toString'), `blocks[0].type: ${rule}`);
  });

  it('refuses a block that is not an object, without throwing', () => {
    refuses((u) => (u.blocks[1] = null), 'blocks[1]: must be an object');
    refuses((u) => (u.blocks[1] = 'html'), 'blocks[1]: must be an object');
  });

  it('checks an html block and an error block', () => {
    refuses((u) => (u.blocks[0].html = 5), 'blocks[0].html: must be text');
    refuses((u) => delete u.blocks[0].html, 'blocks[0].html: is missing');
    refuses((u) => (u.blocks[1].code = ''), 'blocks[1].code: must be text that is not empty');
    refuses((u) => (u.blocks[1].column = 0), 'blocks[1].column: must be a positive whole number');
  });

  it('takes a line as a positive whole number', () => {
    accepts((u) => (u.blocks[2].line = 1));
    for (const line of [0, -1, 1.5, '3', null]) refuses((u) => (u.blocks[2].line = line), 'blocks[2].line: must be a positive whole number');
  });

  it('takes required, notes and multiple as true or false', () => {
    accepts((u) => Object.assign(u.blocks[2], { required: true }));
    accepts((u) => Object.assign(u.blocks[4], { multiple: true }));
    refuses((u) => (u.blocks[2].required = 'yes'), 'blocks[2].required: must be true or false');
    refuses((u) => (u.blocks[3].notes = 1), 'blocks[3].notes: must be true or false');
    refuses((u) => (u.blocks[4].multiple = null), 'blocks[4].multiple: must be true or false');
    refuses((u) => (u.blocks[4].options[0].correct = 'true'), 'blocks[4].options[0].correct: must be true or false');
  });

  it('checks the optional title and section of an activity', () => {
    accepts((u) => Object.assign(u.blocks[2], { title: 'T', section: 'one' }));
    refuses((u) => (u.blocks[2].title = 5), 'blocks[2].title: must be text');
    refuses((u) => (u.blocks[3].section = 5), 'blocks[3].section: must be text');
    refuses((u) => (u.blocks[4].title = ['T']), 'blocks[4].title: must be text');
  });

  it('checks what each kind of activity requires', () => {
    refuses((u) => delete u.blocks[2].prompts, 'blocks[2].prompts: is missing');
    refuses((u) => delete u.blocks[3].rows, 'blocks[3].rows: is missing');
    refuses((u) => delete u.blocks[3].notes, 'blocks[3].notes: is missing');
    refuses((u) => delete u.blocks[3].introHtml, 'blocks[3].introHtml: is missing');
    refuses((u) => delete u.blocks[4].stemHtml, 'blocks[4].stemHtml: is missing');
    refuses((u) => (u.blocks[4].feedbackHtml = 5), 'blocks[4].feedbackHtml: must be text');
    accepts((u) => (u.blocks[4].feedbackHtml = '<p>Right.</p>'));
  });

  it('refuses prompts, rows and options that are not objects, without throwing', () => {
    refuses((u) => (u.blocks[2].prompts = [null]), 'blocks[2].prompts[0]: must be an object');
    refuses((u) => (u.blocks[3].rows = ['Row']), 'blocks[3].rows[0]: must be an object');
    refuses((u) => (u.blocks[4].options = [5]), 'blocks[4].options[0]: must be an object');
    refuses((u) => delete u.blocks[3].rows[0].html, 'blocks[3].rows[0].html: is missing');
    refuses((u) => (u.blocks[2].prompts[0].text = 1), 'blocks[2].prompts[0].text: must be text');
  });

  it('refuses an item id used twice within one activity', () => {
    refuses((u) => u.blocks[3].rows.push({ id: '1', html: 'Again', text: 'Again' }), 'blocks[3].rows[1].id: "1" is used twice');
    accepts((u) => u.blocks[3].rows.push({ id: '2', html: 'Two', text: 'Two' }));
  });

  it('refuses an activity id used twice, of any kind of activity, and ignores ids on other blocks', () => {
    refuses((u) => (u.blocks[4].id = '1.1.1'), 'blocks[4].id: "1.1.1" is used twice');
    refuses((u) => u.blocks.push({ ...u.blocks[4] }), 'blocks[5].id: "1.1.3" is used twice');
    accepts((u) => u.blocks.push({ type: 'html', html: '', id: '1.1.1' }, { type: 'html', html: '', id: '1.1.1' }));
  });

  it('takes a scale of two to a hundred non-empty levels', () => {
    accepts((u) => (u.blocks[3].scale = ['Never', 'Always']));
    accepts((u) => (u.blocks[3].scale = Array.from({ length: 100 }, (_, i) => `L${i}`)));
    refuses((u) => (u.blocks[3].scale = Array.from({ length: 101 }, (_, i) => `L${i}`)), 'blocks[3].scale: must hold at most 100 items');
    refuses((u) => (u.blocks[3].scale = ['A']), 'blocks[3].scale: must have at least two levels');
    refuses((u) => (u.blocks[3].scale = ['A', ' ']), 'blocks[3].scale[1]: must be text that is not empty');
    refuses((u) => (u.blocks[3].scale = 'A|B'), 'blocks[3].scale: must be a list');
  });

  it('reports at most ten problems', () => {
    const found = problems((u) => (u.headings = Array.from({ length: 12 }, () => null)));
    assert.deepEqual(found, Array.from({ length: 10 }, (_, i) => `headings[${i}]: must be an object`));
  });
});
