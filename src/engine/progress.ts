/**
 * Progress, derived from the saved answers every time, never stored where it
 * could drift from them. An activity is complete when every prompt has an
 * answer meeting its `min-words`, every checklist row is ticked or rated, and
 * the quiz is answered; a unit when its required activities are (all of them
 * when none is marked), and a unit with no activity once the learner has
 * reached its end.
 */
import type { Block, Unit } from '../content/model.js';
import { countWords } from '../content/words.js';
import { responseKey } from '../store/keys.js';

export type UnitState = 'not-started' | 'in-progress' | 'complete';

/** What progress needs of the saved answers: the value saved under each key. */
export type Answers = ReadonlyMap<string, string>;

interface ActivityBlock {
  type: string;
  id: string;
  required?: boolean;
  prompts?: { id: string; minWords?: number }[];
  rows?: { id: string }[];
}

const ACTIVITY_TYPES = new Set(['reflection', 'checklist', 'quiz']);

export function activities(unit: Unit): ActivityBlock[] {
  return (unit.blocks as Block[] as unknown as ActivityBlock[]).filter((b) => ACTIVITY_TYPES.has(b.type));
}

/** The keys an activity saves under, each with the test its answer must pass. */
function requirements(pack: string, unit: string, block: ActivityBlock): { key: string; done: (value: string) => boolean }[] {
  const activity = { pack, unit, activity: block.id };
  const answered = (value: string) => value.trim() !== '';
  switch (block.type) {
    case 'reflection':
      if (!block.prompts?.length) return [{ key: responseKey(activity), done: answered }];
      return block.prompts.map((p) => ({
        key: responseKey({ ...activity, item: p.id }),
        done: (value: string) => answered(value) && countWords(value) >= (p.minWords ?? 1),
      }));
    case 'checklist':
      return (block.rows ?? []).map((r) => ({ key: responseKey({ ...activity, item: r.id }), done: answered }));
    default:
      return [{ key: responseKey(activity), done: answered }];
  }
}

export function activityComplete(pack: string, unit: string, block: ActivityBlock, answers: Answers): boolean {
  return requirements(pack, unit, block).every((r) => r.done(answers.get(r.key) ?? ''));
}

function activityStarted(pack: string, unit: string, block: ActivityBlock, answers: Answers): boolean {
  return requirements(pack, unit, block).some((r) => (answers.get(r.key) ?? '').trim() !== '');
}

/** A unit's state. `reachedEnd`: the learner has scrolled to its end at least once. */
export function unitState(pack: string, unit: Unit, answers: Answers, reachedEnd: boolean): UnitState {
  const all = activities(unit);
  const id = unit.meta.id;
  if (all.length === 0) return reachedEnd ? 'complete' : 'not-started';
  const required = all.some((a) => a.required) ? all.filter((a) => a.required) : all;
  if (required.every((a) => activityComplete(pack, id, a, answers))) return 'complete';
  return all.some((a) => activityStarted(pack, id, a, answers)) || reachedEnd ? 'in-progress' : 'not-started';
}
