// npm run build:playground: the playground page of the documentation site, as
// static files a strict Content Security Policy allows, built apart from the
// library bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildPlayground } from '../../scripts/build-playground.mjs';

test('builds the playground page, its script and its examples, within budget, without touching the library bundle', async () => {
  const bundle = join('dist', 'learning-pack.js');
  const before = existsSync(bundle) ? statSync(bundle).mtimeMs : undefined;
  const site = mkdtempSync(join(tmpdir(), 'lp-playground-'));
  assert.equal(await buildPlayground(site), 0);

  const page = readFileSync(join(site, 'playground.html'), 'utf8');
  assert.match(page, /<script type="module" src="playground\/playground\.js"><\/script>/);
  assert.match(page, /<link rel="stylesheet" href="playground\/playground\.css" \/>/);
  assert.match(page, /<lp-playground examples-base="playground\/examples\/">/);
  // Nothing a policy without 'unsafe-inline' would refuse: no inline script, style element or style attribute.
  assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)[^>]*>/);
  assert.doesNotMatch(page, /<style|\sstyle=|\son[a-z]+=/i);

  const files = readdirSync(join(site, 'playground'));
  assert.ok(files.includes('playground.js'));
  assert.ok(files.includes('playground.css'));
  assert.ok(!files.some((f) => f === 'learning-pack.js'), 'the playground has its own script, not the bundle');
  assert.equal(readFileSync(join(site, 'playground/examples/pack.yaml'), 'utf8'), readFileSync('modules/mep-leadership/pack.yaml', 'utf8'));
  assert.ok(existsSync(join(site, 'playground/examples/4.2-joint-practice-development.md')));
  assert.match(readFileSync(join(site, 'images/example.svg'), 'utf8'), /^<svg /);
  assert.equal(existsSync(bundle) ? statSync(bundle).mtimeMs : undefined, before, 'dist/learning-pack.js was rewritten');
});
