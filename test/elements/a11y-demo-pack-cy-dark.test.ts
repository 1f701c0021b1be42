// axe for every unit of the demo pack: Welsh, dark.
import { auditDemoPack } from './a11y-audits.js';

auditDemoPack('cy', 'dark');
