/** learning-pack: one script, every element. */
export { LpUnit } from './elements/lp-unit.js';
export { LpReflection, countWords } from './elements/lp-reflection.js';
export { LpPack } from './elements/lp-pack.js';
export { LpProgress } from './elements/lp-progress.js';
export type * from './content/model.js';
export type { ResponseRecord } from './store/responses.js';
export { responseKey, parseKey } from './store/keys.js';
import './embed/height-reporter.js';
