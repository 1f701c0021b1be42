// `node:test`'s API on mocha's globals, for the mutation run only.
//
// Stryker's mocha runner loads the Node tests once and runs them again in the
// same process for each mutant, which is many times faster than starting a
// process per test file. The tests keep importing `node:test`; hooks.mjs
// sends that import here while `npm run mutation` runs. It is CommonJS
// because mocha loads the TypeScript test files through tsx's `require`.
//
// Mocha reads a function's declared parameters to decide whether it takes a
// `done` callback, so every body is wrapped in one that declares none.
const wrap = (fn) =>
  function () {
    return fn.call(this);
  };

// node:test also takes an options object before the body (`{ timeout }`):
// the body is the last argument.
const body = (args) => args[args.length - 1];

exports.describe = (name, ...args) => globalThis.describe(name, body(args));
exports.it = (name, ...args) => globalThis.it(name, wrap(body(args)));
exports.test = exports.it;
exports.before = (fn) => globalThis.before(wrap(fn));
exports.after = (fn) => globalThis.after(wrap(fn));
exports.beforeEach = (fn) => globalThis.beforeEach(wrap(fn));
exports.afterEach = (fn) => globalThis.afterEach(wrap(fn));
