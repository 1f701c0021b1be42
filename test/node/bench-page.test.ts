// The bench's in-page script survives bundling: package.json's `sideEffects`
// once let rollup drop it, and every browser figure of `npm run bench` then
// waited two minutes for a page that never became ready.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPageBundle } from '../../scripts/bench/browser.js';

test('the bench page bundle keeps the script that measures in the page', async () => {
  const code = await buildPageBundle();
  assert.match(code, /window\.lpBench\s*=/);
  assert.match(code, /window\.lpStoreModules\s*=/);
});
