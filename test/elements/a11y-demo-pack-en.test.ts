// axe for every unit of the demo pack, in English, light and dark.
import { auditDemoPack } from './a11y-audits.js';

auditDemoPack('en');
