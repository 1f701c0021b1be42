// The learning-pack command end to end: spawned on temporary folders, as an
// author runs it, asserting exit codes, what it prints and the files it writes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildCli } from './cli-build.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let bin: { path: string; remove(): void };

/** Runs the command as npx does: the built bin, plain JavaScript, in `cwd`. */
function lp(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [bin.path, ...args], { cwd, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const UNIT = (id: string, number: string, body = '') =>
  `---\nid: ${id}\nnumber: "${number}"\ntitle: Unit ${number}\n---\n\nSome text.\n${body}`;
const PACK_YAML = (units: string[]) =>
  `id: demo\ntitle: Demo\nlang: en\nparts:\n  - number: "1"\n    title: One\n    units:\n${units.map((u) => `      - ${u}\n`).join('')}`;

let tmp: string;
before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'lp-cli-'));
  bin = await buildCli();
});
after(() => {
  rmSync(tmp, { recursive: true, force: true });
  bin.remove();
});

/** A fresh folder `modules/demo` in its own project folder. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmp, 'p-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'modules/demo', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'modules/demo', path), text);
  }
  return dir;
}

describe('learning-pack check', () => {
  it('says there are no problems and exits 0 on a good pack', () => {
    const dir = project({ 'pack.yaml': PACK_YAML(['1.1-a.md']), '1.1-a.md': UNIT('a', '1.1') });
    const run = lp(['check'], dir);
    assert.equal(run.stdout, 'No problems in 1 pack, 1 unit.\n');
    assert.equal(run.status, 0);
  });

  it('prints each problem as FILE:LINE:COLUMN, grouped by file, and exits 1 on errors', () => {
    const dir = project({
      'pack.yaml': PACK_YAML(['1.1-a.md', '1.2-missing.md']),
      '1.1-a.md': UNIT('a', '1.1', '\n![a chart](chart.png)\n\n:::nonsense\nx\n:::\n'),
      '1.3-stray.md': UNIT('stray', '1.3'),
    });
    const run = lp(['check', 'modules'], dir);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, [
      'modules/demo/1.1-a.md:9:12 error LP055 "chart.png" does not exist: links and images are relative to the unit\'s file; check the name and the folder',
      'modules/demo/1.1-a.md:11:1 error LP003 ' + /LP003 (.*)/.exec(run.stdout)![1],
      '',
      'modules/demo/1.3-stray.md:1:1 warning LP054 this unit is not listed in pack.yaml, so learners will not see it: add "1.3-stray.md" to a part\'s units, or move it out of the pack folder',
      '',
      'modules/demo/pack.yaml:9:9 error LP053 unit "1.2-missing.md" is listed but there is no such file in modules/demo; check the name, or remove it from the list',
      '',
      '3 errors and 1 warning in 1 pack, 1 unit.',
      '',
    ].join('\n'));
  });

  it('exits 0 on warnings only, and 1 with --strict', () => {
    const dir = project({ 'pack.yaml': PACK_YAML(['1.1-a.md']), '1.1-a.md': UNIT('a', '1.1'), 'extra.md': UNIT('b', '1.2') });
    const plain = lp(['check'], dir);
    assert.equal(plain.status, 0);
    assert.match(plain.stdout, /^modules\/demo\/extra\.md:1:1 warning LP054 /m);
    assert.match(plain.stdout, /0 errors and 1 warning in 1 pack, 1 unit\.\n$/);
    assert.equal(lp(['check', '--strict'], dir).status, 1);
  });

  it('checks one pack folder given directly', () => {
    const dir = project({ 'pack.yaml': PACK_YAML(['1.1-a.md']), '1.1-a.md': UNIT('a', '1.1', '[x](nope.md)') });
    const run = lp(['check', 'modules/demo'], dir);
    assert.match(run.stdout, /^modules\/demo\/1\.1-a\.md:8:5 error LP055 /m);
    assert.equal(run.status, 1);
  });

  it('passes on the project\'s own modules/, even with --strict', () => {
    const run = lp(['check', '--strict', 'modules'], repo);
    const packs = readdirSync(join(repo, 'modules')).filter((d) => existsSync(join(repo, 'modules', d, 'pack.yaml')));
    assert.match(run.stdout, new RegExp(`^No problems in ${packs.length} packs?, \\d+ units?\\.\n$`));
    assert.equal(run.status, 0);
  });

  it('says so when there is no pack', () => {
    const dir = mkdtempSync(join(tmp, 'empty-'));
    mkdirSync(join(dir, 'modules'));
    const run = lp(['check'], dir);
    assert.match(run.stdout, /^No packs under modules: a pack is a folder with a pack\.yaml/);
    assert.equal(run.status, 1);
  });
});

describe('arguments', () => {
  // A pack folder of its own, for the --out check.
  let cwd: string;
  before(() => {
    cwd = mkdtempSync(join(tmp, 'args-'));
    writeFileSync(join(cwd, 'pack.yaml'), PACK_YAML([]));
  });
  const cases: [string[], RegExp][] = [
    [[], /^learning-pack: missing command/],
    [['chek'], /^learning-pack: unknown command "chek"/],
    [['check', '--nope'], /^learning-pack: unknown option --nope \(see learning-pack check --help\)\n$/],
    [['check', 'a', 'b'], /^learning-pack: unexpected argument "b"/],
    [['check', 'no-such-folder'], /^learning-pack: no such folder: no-such-folder\n$/],
    [['build', 'modules'], /^learning-pack: build needs --out OUT/],
    [['build', '--out'], /^learning-pack: option --out needs a value/],
    [['build', '.', '--out', 'public'], /^learning-pack: --out public is inside the pack folder \.; write the build somewhere else\n$/],
    [['new', 'course', 'x'], /^learning-pack: new makes a pack or a unit, not "course"/],
    [['new', 'pack', 'Bad Id'], /^learning-pack: a pack id is lowercase letters/],
    [['preview', '--port', 'eighty'], /^learning-pack: --port must be a whole number/],
  ];
  for (const [args, message] of cases) {
    it(`exits 2 with one line for: ${args.join(' ') || '(nothing)'}`, () => {
      const run = lp(args, cwd);
      assert.equal(run.status, 2);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.equal(run.stdout, '');
    });
  }

  for (const command of ['check', 'build', 'preview', 'new']) {
    it(`${command} --help shows its usage and exits 0`, () => {
      const run = lp([command, '--help'], tmp);
      assert.equal(run.status, 0);
      assert.match(run.stdout, new RegExp(`^Usage: learning-pack ${command}\\b`));
    });
  }

  it('--help lists the commands, --version prints the package version', () => {
    const help = lp(['--help'], tmp);
    assert.equal(help.status, 0);
    for (const command of ['check', 'build', 'preview', 'new pack', 'new unit']) assert.match(help.stdout, new RegExp(`^  ${command}\\b`, 'm'));
    const version = lp(['--version'], tmp);
    assert.equal(version.stdout, `${JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version}\n`);
    assert.equal(version.status, 0);
  });
});

describe('learning-pack build', () => {
  const reflection = (id: string) => `\n## Activity\n\n:::reflection{#${id}}\nWhat do you think?\n:::\n`;

  it('writes pack.json, one JSON per unit and the pack\'s other files, and a summary', () => {
    const dir = project({
      'pack.yaml': PACK_YAML(['1.1-a.md', 'more/1.2-b.md']),
      '1.1-a.md': UNIT('a', '1.1', `![a chart](images/chart.svg)\n${reflection('1.1.1')}`),
      'more/1.2-b.md': UNIT('b', '1.2'),
      'images/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const run = lp(['build', '--out', 'public'], dir);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^Built 1 pack \(2 units, 1 asset\) into public in \d+\.\d s\.\n$/);
    const out = join(dir, 'public');
    const pack = JSON.parse(readFileSync(join(out, 'demo/pack.json'), 'utf8'));
    assert.deepEqual(pack, {
      format: 'learning-pack/pack', version: 1, id: 'demo', title: 'Demo', lang: 'en',
      parts: [{ number: '1', title: 'One', units: [
        { id: 'a', number: '1.1', title: 'Unit 1.1', src: '1.1-a.json' },
        { id: 'b', number: '1.2', title: 'Unit 1.2', src: 'more/1.2-b.json' },
      ] }],
    });
    const unit = JSON.parse(readFileSync(join(out, 'demo/1.1-a.json'), 'utf8'));
    assert.equal(unit.meta.id, 'a');
    assert.ok(unit.blocks.some((b: { type: string; id?: string }) => b.type === 'reflection' && b.id === '1.1.1'));
    assert.ok(existsSync(join(out, 'demo/more/1.2-b.json')));
    assert.equal(readFileSync(join(out, 'demo/images/chart.svg'), 'utf8'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    assert.ok(!existsSync(join(out, 'demo/1.1-a.md')), 'no Markdown in the build');
    assert.ok(!existsSync(join(out, 'demo/pack.yaml')));
    const catalogue = JSON.parse(readFileSync(join(out, 'packs.json'), 'utf8'));
    assert.deepEqual(catalogue.packs, [{ id: 'demo', title: 'Demo', lang: 'en', src: 'demo/pack.json' }]);
  });

  it('writes a unit\'s Welsh variant beside it, where <lp-pack> looks for it', () => {
    const dir = project({
      'pack.yaml': PACK_YAML(['1.1-a.md']),
      '1.1-a.md': UNIT('a', '1.1', reflection('1.1.1')),
      '1.1-a.cy.md': `---\nid: a\nnumber: "1.1"\ntitle: Uned 1.1\nlang: cy\n---\n\nPeth testun.\n${reflection('1.1.1')}`,
    });
    const run = lp(['build', '--out', 'public'], dir);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const welsh = JSON.parse(readFileSync(join(dir, 'public/demo/1.1-a.cy.json'), 'utf8'));
    assert.deepEqual([welsh.meta.id, welsh.meta.lang, welsh.meta.title], ['a', 'cy', 'Uned 1.1']);
    assert.ok(welsh.blocks.some((b: { type: string; id?: string }) => b.type === 'reflection' && b.id === '1.1.1'));
    // The pack lists the unit once; the variant is found by its name.
    const pack = JSON.parse(readFileSync(join(dir, 'public/demo/pack.json'), 'utf8'));
    assert.deepEqual(pack.parts[0].units.map((u: { src: string }) => u.src), ['1.1-a.json']);
    assert.ok(!existsSync(join(dir, 'public/demo/1.1-a.cy.md')));
  });

  it('does not write a pack with errors, and exits 1', () => {
    const dir = project({ 'pack.yaml': PACK_YAML(['1.1-a.md', '1.2-gone.md']), '1.1-a.md': UNIT('a', '1.1') });
    const run = lp(['build', 'modules', '--out', 'public'], dir);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^modules\/demo\/pack\.yaml:9:9 error LP053 /m);
    assert.match(run.stdout, /^Built 0 packs \(0 units, 0 assets\) into public in \d+\.\d s; 1 error and 0 warnings\.$/m);
    assert.match(run.stdout, /^Not built, because of the problems above: modules\/demo\.$/m);
    assert.ok(!existsSync(join(dir, 'public/demo')));
  });

  it('warns when an activity id changed since the last build, and accepts it on the next build', () => {
    const dir = project({ 'pack.yaml': PACK_YAML(['1.1-a.md']), '1.1-a.md': UNIT('a', '1.1', reflection('1.1.1')) });
    assert.equal(lp(['build', '--out', 'public'], dir).status, 0);
    const record = JSON.parse(readFileSync(join(dir, 'modules/demo/.learning-pack/last-build.json'), 'utf8'));
    assert.deepEqual(record.units['1.1-a.md'], { id: 'a', activities: [{ id: '1.1.1', line: 11 }] });

    writeFileSync(join(dir, 'modules/demo/1.1-a.md'), UNIT('a', '1.1', reflection('1.1.2')));
    const checked = lp(['check'], dir);
    assert.equal(checked.status, 0, 'a warning only');
    assert.match(checked.stdout, /^modules\/demo\/1\.1-a\.md:11:1 warning LP058 activity "1\.1\.2" was "1\.1\.1" in the last build: answers saved under "1\.1\.1" will be orphaned/m);
    assert.equal(lp(['check', '--strict'], dir).status, 1);

    const rebuilt = lp(['build', '--out', 'public'], dir);
    assert.match(rebuilt.stdout, /LP058/, 'the build shows the warning too');
    assert.equal(lp(['check', '--strict'], dir).stdout, 'No problems in 1 pack, 1 unit.\n');
  });

  it('never empties an output folder that is not a build', () => {
    const dir = project({ 'pack.yaml': PACK_YAML(['1.1-a.md']), '1.1-a.md': UNIT('a', '1.1') });
    mkdirSync(join(dir, 'public/demo'), { recursive: true });
    writeFileSync(join(dir, 'public/demo/keep.txt'), 'mine');
    const run = lp(['build', '--out', 'public'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^learning-pack: public\/demo exists and is not a build of this pack; choose another --out\n$/);
    assert.equal(readFileSync(join(dir, 'public/demo/keep.txt'), 'utf8'), 'mine');
  });
});

describe('learning-pack new', () => {
  const directives = [':::reflection{#1.1.1', '::prompt[', ':::reflection{#1.1.2', ':::checklist{', 'scale="', ' notes}',
    ':::quiz{', '- [x] ', '::feedback[', ':::note', ':::tip', ':::important', ':::warning', ':::quote{cite="', '[^1]', '![Three boxes'];

  it('makes a pack whose first unit shows every directive, commented', () => {
    const dir = mkdtempSync(join(tmp, 'new-'));
    const run = lp(['new', 'pack', 'demo-pack'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Made modules\/demo-pack: pack\.yaml, 1\.1-getting-started\.md and images\/example\.svg\.$/m);
    const unit = readFileSync(join(dir, 'modules/demo-pack/1.1-getting-started.md'), 'utf8');
    for (const directive of directives) assert.ok(unit.includes(directive), `no ${directive} in the scaffold`);
    assert.ok((unit.match(/<!--/g) ?? []).length >= 8, 'each block explained in a comment');
    // Only the compiler's not-yet-built activities may be reported, and never an error.
    const checked = lp(['check'], dir);
    assert.equal(checked.status, 0, checked.stdout);
    assert.doesNotMatch(checked.stdout, / error LP/);
  });

  it('a fresh pack passes check --strict', () => {
    const dir = mkdtempSync(join(tmp, 'new-'));
    lp(['new', 'pack', 'demo-pack'], dir);
    lp(['new', 'unit', 'modules/demo-pack', '1.2', 'Planning together'], dir);
    const run = lp(['check', '--strict'], dir);
    assert.equal(run.stdout, 'No problems in 1 pack, 2 units.\n');
    assert.equal(run.status, 0);
  });

  it('refuses to make a pack over a folder that has files', () => {
    const dir = mkdtempSync(join(tmp, 'new-'));
    lp(['new', 'pack', 'demo-pack'], dir);
    const again = lp(['new', 'pack', 'demo-pack'], dir);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /^learning-pack: modules\/demo-pack already exists and is not empty/);
  });

  it('adds a unit and lists it under its part in pack.yaml, keeping the comments', () => {
    const dir = mkdtempSync(join(tmp, 'new-'));
    lp(['new', 'pack', 'demo-pack', '--dir', 'courses'], dir);
    const run = lp(['new', 'unit', 'courses/demo-pack', '1.2', 'Café & friends'], dir);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^Made courses\/demo-pack\/1\.2-cafe-friends\.md, listed in pack\.yaml under part 1\.$/m);
    const unit = readFileSync(join(dir, 'courses/demo-pack/1.2-cafe-friends.md'), 'utf8');
    assert.match(unit, /^id: cafe-friends\nnumber: "1\.2"\ntitle: "Café & friends"\n/m);
    assert.match(unit, /:::reflection\{#1\.2\.1 /);
    const yaml = readFileSync(join(dir, 'courses/demo-pack/pack.yaml'), 'utf8');
    assert.match(yaml, /^      - 1\.1-getting-started\.md\n      - 1\.2-cafe-friends\.md\n/m);
    assert.match(yaml, /^# The pack manifest/);

    const second = lp(['new', 'unit', 'courses/demo-pack', '2.1', 'Next steps'], dir);
    assert.match(second.stdout, /listed in pack\.yaml in a new part 2/);
    assert.match(readFileSync(join(dir, 'courses/demo-pack/pack.yaml'), 'utf8'), /  - number: "2"\n    title: "Part 2"\n    units:\n      - 2\.1-next-steps\.md\n$/);
    const checked = lp(['check', 'courses'], dir);
    assert.match(checked.stdout, / in 1 pack, 3 units\.\n$/);
    assert.doesNotMatch(checked.stdout, / error LP/);
  });

  it('refuses a folder that is not a pack', () => {
    const run = lp(['new', 'unit', '.', '1.1', 'A unit'], tmp);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /is not a pack: it has no pack\.yaml/);
  });
});
