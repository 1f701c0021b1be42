// Loaded with `--import` in Stryker's test runner processes (stryker.config.mjs):
// `node:test` becomes node-test.cjs, both for `import` and for `require`
// (through which tsx hands mocha the TypeScript test files).
import Module, { register } from 'node:module';
import { fileURLToPath } from 'node:url';

register('./hooks.mjs', import.meta.url);

const shim = fileURLToPath(new URL('./node-test.cjs', import.meta.url));
// `require` loads `node:` modules before any resolving, so the swap is made in `_load`.
const load = Module._load;
Module._load = function (request, ...rest) {
  return load.call(this, request === 'node:test' ? shim : request, ...rest);
};
