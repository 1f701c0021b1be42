// axe for every unit of the demo pack: English, dark.
import { auditDemoPack } from './a11y-audits.js';

auditDemoPack('en', 'dark');
