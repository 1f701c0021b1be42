// axe for every unit of the demo pack: English, light.
import { auditDemoPack } from './a11y-audits.js';

auditDemoPack('en', 'light');
