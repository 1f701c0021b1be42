import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toExportFile } from '../../src/store/export.js';
import { parseKey, responseKey } from '../../src/store/keys.js';

const labels = { heading: 'My answers', unit: (p: string, u: string) => `${p} ${u}`, row: 'Item', rating: 'Your rating', level: 'Level', count: 'Number of items' };

const record = (key: string, value: string) => ({ key, ...parseKey(key)!, value, updatedAt: '2026-11-20T09:00:00.000Z', schemaVersion: 2 });

test('an export lists each answer with its key and time, in key order, leaving out empty ones', () => {
  const file = toExportFile(
    [record('p/u/4.2.1/b', 'second'), record('p/u/4.2.1/a', 'first'), record('p/u/4.2.1/c', '')],
    new Date('2026-11-22T10:00:00Z'),
  );
  assert.deepEqual(file, {
    format: 'learning-pack/responses',
    version: 1,
    exportedAt: '2026-11-22T10:00:00.000Z',
    responses: [
      { key: 'p/u/4.2.1/a', value: 'first', updatedAt: '2026-11-20T09:00:00.000Z' },
      { key: 'p/u/4.2.1/b', value: 'second', updatedAt: '2026-11-20T09:00:00.000Z' },
    ],
  });
});

test('an export lists answers in page order: pack, unit, activity by number, prompt position, then key', () => {
  const ordered = (key: string, order?: number) => ({ ...record(key, 'x'), ...(order !== undefined && { order }) });
  // Written here in the order the export must give, then handed over reversed.
  const expected = [
    ordered('a/u/4.02/a'), // the same number as 4.2, written with a 0
    ordered('a/u/4.2/a'),
    ordered('a/u/4.2.2/b', 1),
    ordered('a/u/4.2.2/a', 2),
    ordered('a/u/4.2.2/c'), // no position: after those with one, by key
    ordered('a/u/4.2.2/d'),
    ordered('a/u/4.2.10/a'),
    ordered('a/u/4.10/a'),
    ordered('a/u/4a/a'),
    ordered('a/u/4b/a'),
    ordered('a/u/intro/a', 2), // by activity first, whatever the position
    ordered('a/u/intro2/a', 1),
    ordered('a/v/1/a'),
    ordered('b/u/1/a'),
  ];
  const keys = (records: ReturnType<typeof ordered>[]) => toExportFile(records).responses.map((r) => r.key);
  assert.deepEqual(keys([...expected].reverse()), expected.map((r) => r.key));
  assert.deepEqual(keys([...expected.slice(7), ...expected.slice(0, 7)]), expected.map((r) => r.key));
});

test('keys join and split pack, unit, activity and item, dots in ids included', () => {
  const parts = { pack: 'mep-leadership', unit: 'joint-practice-development', activity: '4.2.1', item: 'in-place' };
  assert.equal(responseKey(parts), 'mep-leadership/joint-practice-development/4.2.1/in-place');
  assert.deepEqual(parseKey(responseKey(parts)), parts);
  assert.equal(responseKey({ ...parts, item: undefined }), 'mep-leadership/joint-practice-development/4.2.1');
  assert.equal(parseKey('only/two'), undefined);
});

test('an export carries each activity title and prompt, in page order', async () => {
  const { toExportFile: exp } = await import('../../src/store/export.js');
  const { toMarkdown } = await import('../../src/store/readable.js');
  const { makeRecord } = await import('../../src/store/responses.js');
  const t = '2026-11-20T09:00:00.000Z';
  const records = [
    makeRecord('p/u/4.2.10/z', 'tenth', { title: 'Activity 4.2.10', prompt: 'Last?', order: 0 }, t),
    makeRecord('p/u/4.2.2/b-second', 'two', { title: 'Activity 4.2.2', prompt: 'Second?', order: 1 }, t),
    makeRecord('p/u/4.2.2/z-first', 'one', { title: 'Activity 4.2.2', prompt: 'First?', order: 0 }, t),
  ];
  const file = exp(records, new Date(t));
  assert.deepEqual(file.responses.map((r) => r.prompt), ['First?', 'Second?', 'Last?']);
  assert.deepEqual(file.responses.map((r) => r.title), ['Activity 4.2.2', 'Activity 4.2.2', 'Activity 4.2.10']);
  const md = toMarkdown(records, labels);
  assert.ok(md.indexOf('**First?**\n\n> one') < md.indexOf('**Second?**\n\n> two'));
  assert.ok(md.indexOf('### Activity 4.2.2') < md.indexOf('### Activity 4.2.10'));
});

test('a rated checklist exports as a table of each row and its rating, then the number of rows at each level', async () => {
  const { toExportFile: exp } = await import('../../src/store/export.js');
  const { toMarkdown } = await import('../../src/store/readable.js');
  const { makeRecord } = await import('../../src/store/responses.js');
  const t = '2026-11-20T09:00:00.000Z';
  const scale = ['Not yet', 'Emerging', 'Established', 'Embedded'];
  const meta = (prompt: string, order: number) => ({ title: 'Activity 4.3.1: Self-audit', prompt, order, scale });
  const records = [
    makeRecord('p/u/4.3.1/3', 'Embedded', meta('Joint | shared practice', 4), t),
    makeRecord('p/u/4.3.1/1', 'Emerging', meta('Leadership', 0), t),
    makeRecord('p/u/4.3.1/1-note', 'Ask the head', { title: 'Activity 4.3.1: Self-audit', prompt: 'Note on: Leadership', order: 1 }, t),
    makeRecord('p/u/4.3.1/2', 'Emerging', meta('Trust', 2), t),
  ];
  const md = toMarkdown(records, labels);
  assert.ok(
    md.includes(
      [
        '### Activity 4.3.1: Self-audit',
        '',
        '| Item | Your rating |',
        '| --- | --- |',
        '| Leadership | Emerging |',
        '| Trust | Emerging |',
        '| Joint \\| shared practice | Embedded |',
        '',
        '| Level | Number of items |',
        '| --- | --- |',
        '| Not yet | 0 |',
        '| Emerging | 2 |',
        '| Established | 0 |',
        '| Embedded | 1 |',
        '',
        '**Note on: Leadership**',
        '',
        '> Ask the head',
      ].join('\n'),
    ),
    md,
  );
  // A rating is not repeated as a quoted answer.
  assert.equal(md.match(/Emerging/g)?.length, 3);
  // The backup keeps the scale, so the chart can be drawn again after an import.
  assert.deepEqual(exp(records).responses.find((r) => r.key === 'p/u/4.3.1/1')?.scale, scale);
});

test('a rating whose level is no longer on the scale is still counted, under its own name', async () => {
  const { levelCounts } = await import('../../src/store/readable.js');
  assert.deepEqual(levelCounts(['Low', 'High'], ['High', '', 'Medium', 'High']), [
    { level: 'Low', count: 0 },
    { level: 'High', count: 2 },
    { level: 'Medium', count: 1 },
  ]);
});

test('a quiz answer and a ticked row read as their labels in the Markdown, not as option ids or "true"', async () => {
  const { answerText, toMarkdown } = await import('../../src/store/readable.js');
  const { makeRecord } = await import('../../src/store/responses.js');
  const t = '2026-11-20T09:00:00.000Z';
  const options = [
    { value: 'a', label: 'Peer observation' },
    { value: 'b', label: 'Lesson study' },
    { value: 'c', label: 'Coaching' },
  ];
  const one = makeRecord('p/u/4.4.2', 'b', { title: 'Activity 4.4.2', prompt: 'Which one?', choices: options }, t);
  const several = makeRecord('p/u/4.4.3', 'a,c', { title: 'Activity 4.4.3', prompt: 'Which apply?', choices: options }, t);
  const tick = makeRecord('p/u/4.4.1/2', 'true', { title: 'Activity 4.4.1', prompt: 'We plan together', order: 2, choices: [{ value: 'true', label: 'Ticked' }] }, t);
  assert.equal(answerText(one), 'Lesson study');
  assert.equal(answerText(several), 'Peer observation; Coaching');
  assert.equal(answerText(tick), 'Ticked');
  // An option the author has since removed still shows, as it was saved.
  assert.equal(answerText({ value: 'a,z', choices: options }), 'Peer observation; z');
  assert.equal(answerText({ value: 'a,c' }), 'a,c');
  const md = toMarkdown([one, several, tick], labels);
  assert.match(md, /\*\*Which one\?\*\*\n\n> Lesson study\n/);
  assert.match(md, /\*\*Which apply\?\*\*\n\n> Peer observation; Coaching\n/);
  assert.match(md, /\*\*We plan together\*\*\n\n> Ticked\n/);
  assert.doesNotMatch(md, /> b\n|> true\n/);
});

test('a record keeps a long prompt or label cut to what an import accepts, so its own export always reads back', async () => {
  const { makeRecord, MAX_LABEL_CHARS } = await import('../../src/store/responses.js');
  const { parseImport } = await import('../../src/store/import.js');
  const { toExportFile: exp } = await import('../../src/store/export.js');
  const long = 'word '.repeat(1000);
  const r = makeRecord('p/u/4.4.2', 'a', { title: long, prompt: long, choices: [{ value: 'a', label: long }] }, '2026-11-20T09:00:00.000Z');
  assert.equal(r.prompt!.length, MAX_LABEL_CHARS);
  assert.equal(r.choices![0].label.length, MAX_LABEL_CHARS);
  const back = parseImport(JSON.stringify(exp([r])));
  assert.ok(back.ok, JSON.stringify(!back.ok && back.problem));
});

test('the Markdown export, whole: units in order, titles from any answer, quoted lines, escaped cells and the newest scale', async () => {
  const { toMarkdown } = await import('../../src/store/readable.js');
  const { makeRecord } = await import('../../src/store/responses.js');
  const older = '2026-11-20T09:00:00.000Z';
  const newer = '2026-11-21T09:00:00.000Z';
  const records = [
    makeRecord('q/u1/1.1/a', 'Other pack', { title: 'Activity 1.1: Elsewhere' }, older),
    makeRecord('p/u2/2.1', 'b', { title: 'Activity 2.1', prompt: 'Pick', choices: [{ value: 'a', label: 'One' }, { value: 'b', label: 'Two' }] }, older),
    // Rated on the scale as it is now; the other row was rated before the author added a level.
    makeRecord('p/u1/1.2/1', 'Mid', { title: 'Activity 1.2', prompt: 'Row a\\b | c', order: 0, scale: ['Low', 'Mid', 'High'] }, newer),
    makeRecord('p/u1/1.2/2', 'Low', { title: 'Activity 1.2', prompt: 'Row two', order: 2, scale: ['Low', 'High'] }, older),
    makeRecord('p/u1/1.1/c', '', { title: 'Activity 1.1: Looking back', prompt: 'Left empty', order: 2 }, older),
    makeRecord('p/u1/1.1/b', 'Second answer', { title: 'Activity 1.1: Looking back', prompt: 'And then?', order: 1 }, older),
    makeRecord('p/u1/1.1/a', 'First line\r\nsecond | line\n   \nthird', { prompt: '  What\n happened?  ', order: 0 }, older),
  ];
  const md = toMarkdown(records, { ...labels, heading: '  My\n answers ', unit: (p: string, u: string) => `${u} (${p})` });
  assert.equal(md, [
    '# My answers',
    '',
    '## u1 (p)',
    '',
    '### Activity 1.1: Looking back',
    '',
    '**What happened?**',
    '',
    '> First line',
    '> second | line',
    '>',
    '> third',
    '',
    '**And then?**',
    '',
    '> Second answer',
    '',
    '### Activity 1.2',
    '',
    '| Item | Your rating |',
    '| --- | --- |',
    '| Row a\\\\b \\| c | Mid |',
    '| Row two | Low |',
    '',
    '| Level | Number of items |',
    '| --- | --- |',
    '| Low | 1 |',
    '| Mid | 1 |',
    '| High | 0 |',
    '',
    '## u2 (p)',
    '',
    '### Activity 2.1',
    '',
    '**Pick**',
    '',
    '> Two',
    '',
    '## u1 (q)',
    '',
    '### Activity 1.1: Elsewhere',
    '',
    '> Other pack',
    '',
  ].join('\n'));
});

test('activity groups keep pack, unit and activity apart, and take a title from whichever answer has one', async () => {
  const { groupByActivity } = await import('../../src/store/readable.js');
  const { makeRecord } = await import('../../src/store/responses.js');
  const t = '2026-11-20T09:00:00.000Z';
  const groups = groupByActivity([
    makeRecord('p/u/1.1/a', 'x', { order: 0 }, t),
    makeRecord('p/u/1.1/b', 'y', { title: 'Activity 1.1: Named', order: 1 }, t),
    makeRecord('p/u/1.1/c', 'z', { title: 'Activity 1.1: Another name', order: 2 }, t),
    makeRecord('p/v/1.1/a', 'other unit', {}, t),
    makeRecord('q/u/1.1/a', 'other pack', {}, t),
  ]);
  assert.deepEqual(groups.map((g) => [g.pack, g.unit, g.activity, g.title, g.responses.map((r) => r.value)]), [
    ['p', 'u', '1.1', 'Activity 1.1: Named', ['x', 'y', 'z']],
    ['p', 'v', '1.1', 'Activity 1.1', ['other unit']],
    ['q', 'u', '1.1', 'Activity 1.1', ['other pack']],
  ]);
  // The same unit and activity in two packs, one after the other, are still two groups.
  const twoPacks = groupByActivity([makeRecord('p/u/1.1', 'in p', {}, t), makeRecord('q/u/1.1', 'in q', {}, t)]);
  assert.deepEqual(twoPacks.map((g) => g.responses.map((r) => r.value)), [['in p'], ['in q']]);
});

test('a rated checklist is charted on the scale of its newest rating, wherever that row is', async () => {
  const { groupByActivity, ratingsOf } = await import('../../src/store/readable.js');
  const { makeRecord } = await import('../../src/store/responses.js');
  const rows = (first: string, second: string) => groupByActivity([
    makeRecord('p/u/1.2/1', 'Low', { prompt: 'One', order: 0, scale: ['Low', 'High'] }, first),
    makeRecord('p/u/1.2/2', 'Mid', { prompt: 'Two', order: 1, scale: ['Low', 'Mid', 'High'] }, second),
  ])[0]!;
  assert.deepEqual(ratingsOf(rows('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'))!.scale, ['Low', 'Mid', 'High']);
  assert.deepEqual(ratingsOf(rows('2026-03-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'))!.scale, ['Low', 'High']);
});

test('activities sort by the numbers in their ids, then by the text between them', async () => {
  const { pageOrder } = await import('../../src/store/export.js');
  const { makeRecord } = await import('../../src/store/responses.js');
  const ids = ['4.10', 'a-1', '4.9', '4.2.1', 'b', '4.2', '10.1', '9.1', 'a2', 'a-', 'a10', '4.02', '4.'];
  const sorted = ids.map((id) => makeRecord(`p/u/${id}`, 'x', {}, '2026-11-20T09:00:00.000Z')).sort(pageOrder).map((r) => r.activity);
  assert.deepEqual(sorted, ['4.', '4.02', '4.2', '4.2.1', '4.9', '4.10', '9.1', '10.1', 'a2', 'a10', 'a-', 'a-1', 'b']);
});
