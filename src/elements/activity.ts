/** What every activity element shares. */
import { msg, str } from '@lit/localize';
import type { ActivityBlock } from '../content/model.js';

/** "Activity 4.2.1: Title", as an activity's heading, the unit's contents and the portfolio show it. */
export function activityTitle(block: Pick<ActivityBlock, 'id' | 'title'>): string {
  return block.title ? msg(str`Activity ${block.id}: ${block.title}`) : msg(str`Activity ${block.id}`);
}
