/** `learning-pack check [DIR]`: every problem of every pack, grouped by file, and a one-line summary. */
import { parse } from './args.js';
import { findPacks, loadPack } from './packs.js';
import { count, printDiagnostics, tally } from './report.js';

export const CHECK_HELP = `Usage: learning-pack check [DIR] [--strict]

Checks every pack under DIR (default: modules/): pack.yaml, each unit's
front matter and directives, links and images to local files, and activity
ids changed since the last build. Prints each problem as
FILE:LINE:COLUMN error|warning CODE message, grouped by file.

Options:
  --strict    exit with 1 on warnings too
  -h, --help  show this help

Exit status: 0 when there are no errors, 1 when there are (or warnings with
--strict), 2 on bad arguments.
`;

export function check(argv: string[]): number {
  const { values, positionals, help } = parse('check', argv, { strict: { type: 'boolean' } }, { min: 0, max: 1 });
  if (help) {
    process.stdout.write(CHECK_HELP);
    return 0;
  }
  const root = positionals[0] ?? 'modules';
  const folders = findPacks(root);
  const packs = folders.filter((f) => f.hasManifest).length;
  if (folders.length === 0) {
    process.stdout.write(`No packs under ${root}: a pack is a folder with a pack.yaml (learning-pack new pack ID makes one).\n`);
    return 1;
  }
  let units = 0;
  const diagnostics = folders.flatMap((folder) => {
    const result = loadPack(folder);
    units += result.units.length;
    return result.diagnostics;
  });
  printDiagnostics(diagnostics, (text) => process.stdout.write(text));
  const { errors, warnings } = tally(diagnostics);
  const checked = `${count(packs, 'pack')}, ${count(units, 'unit')}`;
  if (!errors && !warnings) process.stdout.write(`No problems in ${checked}.\n`);
  else process.stdout.write(`${count(errors, 'error')} and ${count(warnings, 'warning')} in ${checked}.\n`);
  return errors || (values.strict && warnings) ? 1 : 0;
}
