/**
 * The pack manifest as a browser reads it (`pack.yaml` or a compiled
 * `pack.json`): the parts and units it gives the engine, and the message an
 * author sees in the error box when it cannot be used.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseManifestYaml } from '../../src/content/compile.js';
import { ManifestError, toManifest } from '../../src/content/manifest.js';

const PACK = `id: mep
title: Leading practice
parts:
  - number: 1
    title: Foundations
    units:
      - 1.1-intro.md
      - 1.2-next.md
`;

/** The message `read` throws with, failing when it does not throw. */
function refusal(read: () => unknown): string {
  try {
    read();
  } catch (e) {
    return (e as Error).message;
  }
  assert.fail('read without an error');
}

describe('pack.yaml as a browser reads it', () => {
  it('gives the parts and their units in order, the part number as text, English when no lang is given', () => {
    assert.deepStrictEqual(toManifest(parseManifestYaml(PACK)), {
      id: 'mep', title: 'Leading practice', lang: 'en',
      parts: [{ number: '1', title: 'Foundations', units: [{ file: '1.1-intro.md' }, { file: '1.2-next.md' }] }],
    });
  });

  it('keeps a date-like or yes-like value as written, with the YAML core schema', () => {
    const data = parseManifestYaml('id: pack\ntitle: 2026-11-24\ndescription: yes\n') as Record<string, unknown>;
    assert.deepStrictEqual(data, { id: 'pack', title: '2026-11-24', description: 'yes' });
  });

  it('reads a compiled pack.json, whose units carry src, with its lang and description', () => {
    const manifest = toManifest({
      id: 'mep', title: 'T', lang: 'cy', description: 'About.',
      parts: [{ number: '2', title: 'P', units: [{ src: 'a.md', id: 'a', title: 'A' }, { file: 'b.md' }] }],
    });
    assert.deepStrictEqual(manifest, { id: 'mep', title: 'T', lang: 'cy', description: 'About.', parts: [{ number: '2', title: 'P', units: [{ file: 'a.md' }, { file: 'b.md' }] }] });
  });

  it('refuses a file over 256 KB, and says so, before reading it', () => {
    assert.equal(refusal(() => parseManifestYaml(`${PACK}#${'x'.repeat(256 * 1024)}`)), 'pack.yaml is larger than 256 KB');
    assert.doesNotThrow(() => parseManifestYaml(`${PACK}${' '.repeat(256 * 1024 - PACK.length)}`));
  });

  it('names invalid YAML in one line, with what the YAML reader says', () => {
    assert.equal(refusal(() => parseManifestYaml('id: a\n  title: [unclosed\n')), 'pack.yaml is not valid YAML: bad indentation of a mapping entry (2:8)');
  });

  it('takes the last of a repeated key, as JSON does, rather than refusing the pack', () => {
    assert.deepStrictEqual(parseManifestYaml('id: a\nid: b\n'), { id: 'b' });
  });

  it('says what is wrong with a manifest it cannot use', () => {
    const cases: [unknown, string][] = [
      [null, 'the pack manifest is not an object'],
      ['just a line of text', 'the pack manifest is not an object'],
      [{ id: 'p', title: 'T', parts: ['Foundations'] }, 'part 1 is not an object'],
      [{ id: 'p', title: 'T', parts: [{ number: '1', title: 'A', units: [] }, { title: 'B', units: [] }] }, "the pack's part 2 number must be text"],
      [{ id: 'p', title: 'T', lang: '', parts: [{ number: '1', title: 'A', units: [] }] }, "the pack's lang must be text"],
      [['a'], 'the pack manifest is not an object'],
      [{ title: 'T', parts: [] }, "the pack's id must be text"],
      [{ id: '  ', title: 'T' }, "the pack's id must be text"],
      [{ id: 'my pack', title: 'T' }, 'the pack id "my pack" may not contain spaces or /'],
      [{ id: 'p', title: 'T' }, 'the pack has no parts'],
      [{ id: 'p', title: 'T', parts: [] }, 'the pack has no parts'],
      [{ id: 'p', title: 'T', parts: [null] }, 'part 1 is not an object'],
      [{ id: 'p', title: 'T', parts: [{ number: '1', title: 'A', units: [] }, { number: '2', title: 'B' }] }, 'part 2 has no list of units'],
      [{ id: 'p', title: 'T', parts: [{ number: '1', title: 'A', units: [''] }] }, 'part 1 lists a unit without a file name'],
      [{ id: 'p', title: 'T', parts: [{ number: '1', title: 'A', units: [null] }] }, 'part 1 lists a unit without a file name'],
      [{ id: 'p', title: 'T', parts: [{ number: '1', units: ['a.md'] }] }, "the pack's part 1 title must be text"],
      [{ id: 'p', parts: [{ number: '1', title: 'A', units: ['a.md'] }] }, "the pack's title must be text"],
    ];
    for (const [data, expected] of cases) assert.equal(refusal(() => toManifest(data)), expected, JSON.stringify(data));
    assert.throws(() => toManifest(null), (e) => e instanceof ManifestError && e.name === 'ManifestError');
  });

  it('shortens a long bad pack id to 40 characters in its message', () => {
    assert.equal(refusal(() => toManifest({ id: `${'a'.repeat(50)} b`, title: 'T' })), `the pack id "${'a'.repeat(40)}" may not contain spaces or /`);
  });
});
