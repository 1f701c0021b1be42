/**
 * learning-pack: one script for every element. `<lp-unit>` and
 * `<lp-reflection>` are in the bundle; `<lp-pack>`, `<lp-progress>`,
 * `<lp-portfolio>`, `<lp-checklist>` and `<lp-quiz>` are loaded when a page
 * (or a unit) first uses them.
 */
import { watch } from './elements/autoload.js';

export { LpUnit } from './elements/lp-unit.js';
export { LpReflection, countWords } from './elements/lp-reflection.js';
export type { LpPack } from './elements/lp-pack.js';
export type { LpProgress } from './elements/lp-progress.js';
export type { LpPortfolio } from './elements/lp-portfolio.js';
export type { LpChecklist } from './elements/lp-checklist.js';
export type { LpQuiz } from './elements/lp-quiz.js';
export type * from './content/model.js';
// The detail of every event (SPEC §4); importing the package types each `lp-*` event for addEventListener.
export type { ResponseChangeDetail, ErrorDetail, ProgressDetail, UnitCompleteDetail, ActivityCompleteDetail } from './elements/events.js';
export type { ResponseRecord } from './store/responses.js';
export { responseKey, parseKey } from './store/keys.js';
export { load as loadElement } from './elements/autoload.js';

watch();
import './embed/height-reporter.js';
