/**
 * `learning-pack/compiler`: unit Markdown in, a compiled unit out, in Node or
 * in a browser. Nothing here touches the DOM. `compileUnit` compiles one unit;
 * `checkPack` reads, checks and compiles a whole pack folder you describe.
 */
export { compileUnit, formatDiagnostic, parseManifestYaml } from './compile.js';
export type { CompileOptions } from './compile.js';
export { checkPack, readPackManifest, isUnitFile, variantOf } from './pack.js';
export type { Pack, PackPart, PackUnit, PackSource, PackResult, UnitResult, VariantResult, Manifest, ManifestPart } from './pack.js';
export { validateUnit } from './validate.js';
export type { Validation } from './validate.js';
export { countWords } from './words.js';
export { CODES } from './codes.js';
export type { Code } from './codes.js';
export type * from './model.js';
