// Module hooks for the mutation run: an `import` of `node:test` resolves to
// node-test.cjs (register.mjs does the same for `require`).
const shim = new URL('./node-test.cjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'node:test') return { url: shim, shortCircuit: true };
  return next(specifier, context);
}
