// axe for every unit of the demo pack: Welsh, light.
import { auditDemoPack } from './a11y-audits.js';

auditDemoPack('cy', 'light');
