// axe for every element while answers load, when storage is refused, and in each state of unit 4.3's activities: English, light.
import { auditStates } from './a11y-audits.js';

auditStates('en', 'light');
