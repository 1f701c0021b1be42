/**
 * The `learning-pack` command (SPEC §6). Built to dist/cli/learning-pack.js,
 * the package's `bin`, so `npx learning-pack` runs with node alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './args.js';
import { build } from './build.js';
import { check } from './check.js';
import { create } from './new.js';
import { packageRoot, preview, PreviewError } from './preview.js';
import { scorm } from './scorm.js';

const HELP = `Usage: learning-pack COMMAND [options]

Commands:
  check [DIR]               check every pack under DIR (default: modules/)
  build [DIR] --out OUT     compile the packs to JSON in OUT, with their files
  preview [DIR]             serve the packs on localhost, reloading on changes
  scorm PACKDIR --out FILE.zip [--version 1.2|2004]
                            package one pack for an LMS (SCORM)
  new pack ID               make a pack folder with a first unit
  new unit PACKDIR NUMBER "TITLE"
                            add a unit to a pack

Options:
  -h, --help     show this help (or a command's: learning-pack check --help)
  -v, --version  show the version

Problems are printed as FILE:LINE:COLUMN error|warning CODE message.
The codes are explained in docs/cli.md and docs/authoring.md.
`;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return check(rest);
      case 'build':
        return build(rest);
      case 'new':
        return create(rest);
      case 'preview':
        return await preview(rest);
      case 'scorm':
        return scorm(rest);
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(HELP);
        return 0;
      case '-v':
      case '--version':
        process.stdout.write(`${version()}\n`);
        return 0;
      case undefined:
        throw new UsageError('missing command: check, build, preview, scorm or new (see learning-pack --help)');
      default:
        throw new UsageError(`unknown command "${command}": use check, build, preview, scorm or new (see learning-pack --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`learning-pack: ${error.message}\n`);
      return 2;
    }
    if (error instanceof PreviewError) {
      process.stderr.write(`learning-pack: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

process.exitCode = await run(process.argv.slice(2));
