/**
 * `learning-pack scorm PACKDIR --out FILE.zip [--version 1.2|2004]`: one pack as
 * a SCORM package an LMS imports: imsmanifest.xml, a launch page, the bundle
 * and the compiled units, zipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { parse, UsageError } from './args.js';
import { build, type CompiledPack } from './build.js';
import { display, findPacks } from './packs.js';
import { packageRoot } from './preview.js';

export const SCORM_HELP = `Usage: learning-pack scorm PACKDIR --out FILE.zip [--version 1.2|2004]

Builds the pack in PACKDIR and writes it as a SCORM package: an LMS
(Moodle, Canvas, Blackboard, Brightspace...) imports the zip as an activity
that records progress, completion, time spent and the learner's answers.
  imsmanifest.xml   the package's manifest, naming every file
  index.html        the launch page
  *.js, launch.css  the elements and the SCORM run-time script
  pack/             the compiled pack: pack.json, one JSON per unit, its files

Options:
  --out FILE.zip  where to write (required)
  --version V     1.2 or 2004 (default: 2004, 4th edition)
  -h, --help      show this help
`;

/** The policy the launch page sets for itself; the trusted-types names are lit's and DOMPurify's. */
export const LAUNCH_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify";

export type ScormVersion = '1.2' | '2004';

export function scorm(argv: string[]): number {
  const { values, positionals, help } = parse(
    'scorm',
    argv,
    { out: { type: 'string', short: 'o' }, version: { type: 'string' } },
    { min: 1, max: 1 },
  );
  if (help) {
    process.stdout.write(SCORM_HELP);
    return 0;
  }
  const out = values.out;
  if (typeof out !== 'string' || !out.endsWith('.zip')) throw new UsageError('scorm needs --out FILE.zip, the package to write (see learning-pack scorm --help)');
  const version = (values.version ?? '2004') as string;
  if (version !== '1.2' && version !== '2004') throw new UsageError(`--version ${version}: use 1.2 or 2004`);
  const dir = positionals[0];
  const packs = findPacks(dir).filter((p) => p.hasManifest);
  if (packs.length !== 1) throw new UsageError(`${dir} holds ${packs.length} packs; give the folder of one pack (with its pack.yaml)`);

  const work = mkdtempSync(join(tmpdir(), 'learning-pack-scorm-'));
  try {
    const status = build([packs[0].dir, '--out', work]);
    const built = readdirSync(work).find((name) => existsSync(join(work, name, 'pack.json')));
    if (status !== 0 || !built) {
      process.stdout.write(`No SCORM package written: ${display(packs[0].dir)} did not build.\n`);
      return 1;
    }
    const packDir = join(work, built);
    const pack = JSON.parse(readFileSync(join(packDir, 'pack.json'), 'utf8')) as CompiledPack;
    const files: Zippable = {};
    for (const file of listAll(packDir)) files[`pack/${file}`] = readFileSync(join(packDir, file));
    const dist = elementsBundle();
    for (const file of readdirSync(dist)) {
      if (/^(learning-pack.*|scorm)\.js$/.test(file)) files[file] = readFileSync(join(dist, file));
    }
    files['launch.css'] = strToU8(LAUNCH_CSS);
    files['index.html'] = strToU8(launchPage(pack, version));
    files['imsmanifest.xml'] = strToU8(manifest(pack, version, Object.keys(files)));
    const target = resolve(out);
    if (`${target}${sep}`.startsWith(`${resolve(packs[0].dir)}${sep}`)) throw new UsageError(`--out ${out} is inside the pack folder; write the package somewhere else`);
    writeZip(target, files);
    process.stdout.write(`Wrote ${display(out)}: SCORM ${version === '1.2' ? '1.2' : '2004 4th edition'}, ${Object.keys(files).length} files.\n`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function writeZip(path: string, files: Zippable): void {
  mkdirSync(dirname(path), { recursive: true });
  // A fixed date in every entry, so the same pack makes the same zip.
  writeFileSync(path, zipSync(files, { level: 9, mtime: new Date('2000-01-01T00:00:00Z') }));
}

/** Every file under a folder, as `/`-separated paths relative to it. */
function listAll(dir: string): string[] {
  const found: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) visit(path);
      else found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  visit(dir);
  return found;
}

/** The built elements and the SCORM script, built once in a fresh clone as `npm run build` would. */
function elementsBundle(): string {
  const root = packageRoot();
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'learning-pack.js')) || !existsSync(join(dist, 'scorm.js'))) {
    process.stdout.write('Building the elements (dist/learning-pack.js, dist/scorm.js) once…\n');
    execFileSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.config.mjs', '--silent'], { cwd: root, stdio: 'inherit' });
  }
  return dist;
}

const LAUNCH_CSS = `html { font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0 auto; padding: 0.5rem 1rem 2rem; max-width: 60rem; }
#lp-notes { border: 2px solid #8a5a00; border-radius: 0.25rem; padding: 0 0.75rem; margin: 0 0 1rem; background: #fff8e6; color: #1a1a1a; }
`;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A path as a URI reference: each segment percent-encoded. */
function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** An xs:ID: a letter first, then letters, digits, `-`, `_` and `.`. */
function xmlId(text: string): string {
  return `lp-${text.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

export function launchPage(pack: Pick<CompiledPack, 'title' | 'lang'>, version: ScormVersion): string {
  return `<!doctype html>
<html lang="${escapeXml(pack.lang)}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${LAUNCH_CSP}">
    <title>${escapeXml(pack.title)}</title>
    <link rel="stylesheet" href="launch.css">
    <script type="module" src="learning-pack.js"></script>
    <script type="module" src="scorm.js"></script>
  </head>
  <body>
    <main>
      <div id="lp-notes" role="status" hidden></div>
      <div id="lp-course" data-src="pack/pack.json" data-version="${version}"></div>
    </main>
  </body>
</html>
`;
}

/** The manifest: one organisation with one item, launching one SCO that lists every file of the package. */
export function manifest(pack: Pick<CompiledPack, 'id' | 'title'>, version: ScormVersion, files: string[]): string {
  const id = xmlId(pack.id);
  const title = escapeXml(pack.title);
  const list = [...files, 'imsmanifest.xml']
    .filter((f, i, all) => f !== 'imsmanifest.xml' && all.indexOf(f) === i)
    .sort()
    .map((f) => `        <file href="${escapeXml(href(f))}"/>`)
    .join('\n');
  const head =
    version === '1.2'
      ? `<manifest identifier="${id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>`
      : `<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>`;
  const scormType = version === '1.2' ? 'adlcp:scormtype="sco"' : 'adlcp:scormType="sco"';
  return `<?xml version="1.0" encoding="UTF-8"?>
${head}
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" ${scormType} href="index.html">
${list}
    </resource>
  </resources>
</manifest>
`;
}
