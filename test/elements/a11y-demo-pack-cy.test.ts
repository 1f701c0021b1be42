// axe for every unit of the demo pack, in Welsh, light and dark.
import { auditDemoPack } from './a11y-audits.js';

auditDemoPack('cy');
