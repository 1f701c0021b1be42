import { benchCompile } from './scripts/bench/compile.js';
for (const r of benchCompile(1.5)) console.log(r.name.padEnd(50), (r.ratio as number).toFixed(2), r.note);
