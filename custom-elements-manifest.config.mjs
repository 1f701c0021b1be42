// `npm run analyze`: custom-elements.json from the element classes' JSDoc and
// lit decorators. package.json already names the file (customElements).
export default {
  globs: ['src/elements/lp-*.ts'],
  exclude: ['src/elements/*.styles.ts'],
  litelement: true,
  packagejson: false,
};
