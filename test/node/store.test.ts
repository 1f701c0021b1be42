import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isKeyPart, KeyError, packFromSource, parseKey, responseKey } from '../../src/store/keys.js';
import { SCHEMA_VERSION, makeRecord, migrate } from '../../src/store/responses.js';
import { draftWins } from '../../src/store/drafts.js';

test('a key is never built from an empty part, so a unit-less activity cannot be read back as another unit', () => {
  assert.throws(() => responseKey({ pack: 'standalone', unit: '', activity: '4.2.1', item: 'p' }), KeyError);
  assert.throws(() => responseKey({ pack: '', unit: 'u', activity: 'a' }), /pack/);
  assert.throws(() => responseKey({ pack: 'p', unit: 'u', activity: 'a', item: '' }), /item/);
});

test('a part holding "/" is refused instead of shifting every other part', () => {
  assert.throws(() => responseKey({ pack: 'a/b', unit: 'u', activity: 'a' }), /pack/);
  assert.throws(() => responseKey({ pack: 'p', unit: 'u', activity: '4/2' }), /activity/);
  assert.throws(() => responseKey({ pack: ' p', unit: 'u', activity: 'a' }), KeyError);
  assert.throws(() => responseKey({ pack: 'p\n', unit: 'u', activity: 'a' }), KeyError);
});

test('an activity with no prompts has a three-part key that reads back', () => {
  const key = responseKey({ pack: 'p', unit: 'u', activity: '4.2.1' });
  assert.equal(key, 'p/u/4.2.1');
  assert.deepEqual(parseKey(key), { pack: 'p', unit: 'u', activity: '4.2.1' });
  assert.doesNotThrow(() => makeRecord(key, 'text'));
});

test('parseKey accepts three or four non-empty parts only', () => {
  for (const bad of ['', 'a/b', 'a//c', '/a/b/c', 'a/b/c/', 'a/b/c/d/e', 42, undefined]) assert.equal(parseKey(bad), undefined, String(bad));
});

test('a unit without a pack keys under its source folder, so two courses on one site stay apart', () => {
  const a = packFromSource('/courses/leadership/4.2.md', 'https://vle.example/page');
  const b = packFromSource('https://vle.example/courses/research/4.2.md');
  assert.equal(a, 'vle.example:courses:leadership');
  assert.notEqual(a, b);
  assert.doesNotThrow(() => responseKey({ pack: a, unit: 'u', activity: 'a' }));
  assert.equal(packFromSource('https://vle.example/a%2Fb/4.2.md').includes('/'), false);
  assert.equal(packFromSource('::not a url'), 'site');
});

test('a version-1 record is migrated to version 2 when read', () => {
  const v1 = { key: 'mep/u/4.2.1/in-place', pack: 'mep', unit: 'u', activity: '4.2.1', item: 'in-place', value: 'text', updatedAt: '2026-11-20T09:00:00.000Z', title: 'ignored in v1' };
  const r = migrate(v1)!;
  assert.equal(r.schemaVersion, SCHEMA_VERSION);
  assert.equal(r.schemaVersion, 2);
  assert.equal(r.value, 'text');
  assert.equal(r.item, 'in-place');
  assert.equal(r.title, undefined);
  // A v1 record written under a key that dropped an empty part is not read as another unit's answer.
  assert.equal(migrate({ ...v1, key: 'standalone/4.2.1/p' })?.unit, '4.2.1');
  assert.equal(migrate({ ...v1, key: 'standalone//4.2.1/p' }), undefined);
  assert.equal(migrate({ ...v1, schemaVersion: 3 }), undefined, 'a newer schema is not guessed at');
  assert.deepEqual(migrate(makeRecord('p/u/a', 'x', { title: 'T', prompt: 'P', order: 1 }, '2026-01-01T00:00:00.000Z')), {
    key: 'p/u/a', pack: 'p', unit: 'u', activity: 'a', value: 'x', updatedAt: '2026-01-01T00:00:00.000Z', schemaVersion: 2, title: 'T', prompt: 'P', order: 1,
  });
});

test('a draft wins only over an older saved answer, and never over one deleted since it was typed', () => {
  const saved = { value: 'saved', updatedAt: '2026-11-20T10:00:00.000Z' };
  assert.equal(draftWins({ value: 'draft', updatedAt: '2026-11-20T10:00:01.000Z', base: saved.updatedAt }, saved), true);
  assert.equal(draftWins({ value: 'draft', updatedAt: '2026-11-20T09:59:59.000Z' }, saved), false);
  assert.equal(draftWins({ value: 'draft', updatedAt: '2026-11-20T10:00:01.000Z' }, undefined), true);
  assert.equal(draftWins({ value: 'draft', updatedAt: '2026-11-20T10:00:01.000Z', base: saved.updatedAt }, undefined), false);
});

test('a key part is 1 to 200 characters, without "/", control characters or surrounding spaces', () => {
  for (const good of ['a', 'x'.repeat(200), '4.2.1', 'in place', 'café', 'a:b']) assert.equal(isKeyPart(good), true, good);
  for (const bad of ['', 'x'.repeat(201), 'a/b', ' a', 'a ', 'a\tb', 'a\u0000b', 'a\u001fb', 'a\u007fb', 5, undefined, null]) assert.equal(isKeyPart(bad), false, String(bad));
  assert.equal(isKeyPart('a\u0020b'), true);
});

test('a refused part is named in the error, with its value', () => {
  assert.throws(() => responseKey({ pack: 'p', unit: 'u/v', activity: 'a' }), {
    name: 'KeyError',
    message: 'The unit id "u/v" cannot be part of a response key: it must be non-empty, without "/".',
  });
  assert.throws(() => responseKey({ pack: 'p', unit: 'u', activity: 'a', item: 'x/y' }), /^KeyError: The item id "x\/y"/);
  assert.equal(responseKey({ pack: 'p', unit: 'u', activity: 'a', item: 'q' }), 'p/u/a/q');
  assert.deepEqual(parseKey('p/u/a/q'), { pack: 'p', unit: 'u', activity: 'a', item: 'q' });
  assert.equal(parseKey('p/u/a /q'), undefined);
});

test('the pack of a unit without one names its host and folders', () => {
  assert.equal(packFromSource('https://vle.example/4.2.md'), 'vle.example');
  assert.equal(packFromSource('https://vle.example:8443/c/d/4.2.md'), 'vle.example:8443:c:d');
  assert.equal(packFromSource('4.2.md', 'https://vle.example/c/page.html'), 'vle.example:c');
  assert.equal(packFromSource('file:///home/a/b/4.2.md'), 'file:home:a:b');
  // Folders are decoded where they can be; spaces and control characters become "-".
  assert.equal(packFromSource('https://vle.example/my%20course/x%09y/4.2.md'), 'vle.example:my-course:x-y');
  assert.equal(packFromSource('https://vle.example/a%ZZb/4.2.md'), 'vle.example:a%ZZb');
  // A long path keeps its last 200 characters, the most particular ones.
  assert.equal(packFromSource(`https://vle.example/${'f'.repeat(300)}/g/4.2.md`), `${'f'.repeat(198)}:g`);
});
