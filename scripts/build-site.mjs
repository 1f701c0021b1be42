// `npm run docs`: the documentation site, static files in dist/site/ that any
// web server can send (npm start serves them at /dist/site/). A home page with
// a unit working, a page per element with a live example and its API tables
// (read from custom-elements.json, never written here by hand), and the guides
// of docs/*.md. No inline script or style, so the pages work under the strict
// Content Security Policy the elements are built for.
//
// Only the files this script writes are replaced: other builds put pages in
// dist/site/ too (the playground).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { Marked } from 'marked';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist');
const site = join(dist, 'site');
const written = join(site, '.docs-files.json');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// The site needs the bundle and the compiler: build whichever is missing.
const rollup = (config) => execFileSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', config, '--silent'], { cwd: root, stdio: 'inherit' });
if (!existsSync(join(dist, 'learning-pack.js'))) rollup('rollup.config.mjs');
if (!existsSync(join(dist, 'lib/content/index.js'))) rollup('rollup.lib.config.mjs');
// The manifest afresh, so the API tables are the sources' own.
execFileSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet'], { cwd: root, stdio: 'inherit' });
const { compileUnit } = await import(pathToFileURL(join(dist, 'lib/content/index.js')).href);
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

// Remove what the last run wrote, and nothing else.
if (existsSync(written)) {
  for (const file of JSON.parse(readFileSync(written, 'utf8'))) rmSync(join(site, file), { recursive: true, force: true });
}
const files = new Set();
function write(file, text) {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), text);
  files.add(file);
}
function copy(from, file) {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  cpSync(from, join(site, file), { recursive: true });
  files.add(file);
}

const escape = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const slug = (s) => s.toLowerCase().replace(/<[^>]*>/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/** Markdown of our own docs (trusted): heading ids for in-page links, links to other guides made .html. */
function markdown() {
  const used = new Map();
  return new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        let id = slug(text) || 'section';
        const n = used.get(id) ?? 0;
        used.set(id, n + 1);
        if (n) id = `${id}-${n}`;
        return `<h${depth} id="${id}">${text}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const text = this.parser.parseInline(tokens);
        let url = href;
        const guide = /^(?:\.\/|docs\/)?([a-z-]+)\.md(#.*)?$/.exec(href);
        if (guide && guides.some((g) => g.name === guide[1])) url = `${guide[1]}.html${guide[2] ?? ''}`;
        else if (!/^(https?:|mailto:|#)/.test(href)) url = null;
        // A link into the repository's sources has no page here: keep its text.
        if (url === null) return `<code>${escape(href)}</code> (${text})`;
        return `<a href="${escape(url)}"${title ? ` title="${escape(title)}"` : ''}>${text}</a>`;
      },
      tablecell({ tokens, header, align }) {
        const text = this.parser.parseInline(tokens);
        // A header cell with no text heads nothing: a plain cell.
        const tag = header && text.trim() ? 'th' : 'td';
        return `<${tag}${align ? ` align="${align}"` : ''}>${text}</${tag}>\n`;
      },
      code({ text, lang }) {
        // Focusable, so a keyboard can scroll a wide block sideways.
        return `<pre tabindex="0"><code${lang ? ` class="language-${escape(lang)}"` : ''}>${escape(text)}</code></pre>\n`;
      },
      image({ href, text }) {
        if (/^screenshot-[a-z-]+\.png$/.test(href)) return `<img src="assets/${escape(href)}" alt="${escape(text)}" loading="lazy">`;
        return escape(text);
      },
    },
  });
}
const inline = (text) => new Marked().parseInline(String(text ?? ''));

// ---- The guides ---------------------------------------------------------------------------------------------
const guideOrder = ['authoring', 'course', 'embedding', 'cli', 'storage', 'accessibility', 'security', 'performance'];
const guides = readdirSync(join(root, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const name = f.replace(/\.md$/, '');
    const text = readFileSync(join(root, 'docs', f), 'utf8');
    const title = /^#\s+(.+)$/m.exec(text)?.[1].replace(/`/g, '') ?? name;
    return { name, title, text };
  })
  .sort((a, b) => (guideOrder.indexOf(a.name) + 1 || 99) - (guideOrder.indexOf(b.name) + 1 || 99) || a.name.localeCompare(b.name));

// ---- The elements -------------------------------------------------------------------------------------------
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => (a.tagName === 'lp-unit' ? -1 : b.tagName === 'lp-unit' ? 1 : a.tagName.localeCompare(b.tagName)));

const WELCOME = `---
id: welcome
number: "0.1"
title: A unit on the documentation site
lang: en
summary: What a learner sees, with an activity whose answer stays in this browser.
---

## What you are looking at

This is \`<lp-unit>\` showing a unit written in Markdown. The page compiled it
in the browser; the \`learning-pack build\` command would compile it ahead of time.

:::tip
Type an answer below, reload the page, and it is still there: it is saved in
this browser, and nothing is sent anywhere.
:::

:::reflection{#0.1.1 title="Trying it out"}
::prompt[What would you put in a unit of your own?]{#own}
:::

:::quiz{#0.1.2 title="Where are answers kept?"}
Where does learning-pack keep a learner's answers?

- [ ] On the institution's server
- [x] In the learner's own browser
- [ ] In the VLE's gradebook

::feedback[Answers are kept in the browser the learner uses (IndexedDB). A learner can download them, and import them in another browser.]
:::
`;

const CHECKLIST = `---
id: checklist-example
number: "0.2"
title: A checklist
lang: en
---

:::checklist{#0.2.1 title="Before you publish a unit" scale="Not yet|Started|Done" notes}
Rate each step, and note what is left to do.

- Every activity has a title
- \`learning-pack check --strict\` reports no problems
- The unit reads well on a phone
:::
`;

const QUIZ = `---
id: quiz-example
number: "0.3"
title: A quiz
lang: en
---

:::quiz{#0.3.1 title="Check your understanding"}
Which attribute keeps two courses' answers apart on one site?

- [ ] \`pack\`
- [x] \`storage-namespace\`
- [ ] \`readonly\`

::feedback[\`storage-namespace\` names the store the answers go to; \`pack\` is the first part of each answer's key within it.]
:::
`;

/** The first block of the given type in a unit compiled now, with the compiler the package ships. */
function blockOf(source, type) {
  const { unit, diagnostics } = compileUnit(source, `${type}.md`);
  const block = unit?.blocks.find((b) => b.type === type);
  if (!block || diagnostics.some((d) => d.severity === 'error')) throw new Error(`build-site: the ${type} example does not compile: ${JSON.stringify(diagnostics)}`);
  return block;
}

/** Each element's live example: the markup shown and run, and what else the page needs. */
const examples = {
  'lp-unit': {
    html: '<lp-unit src="examples/welcome.md" pack="docs-site"></lp-unit>',
    note: 'The unit is a Markdown file; a compiled <code>.json</code> unit from <code>learning-pack build</code> loads the same way, without the compiler.',
  },
  'lp-reflection': {
    html: '<lp-reflection key="docs-site/reflection-page/try-it" label="What would you like to remember from this page?"></lp-reflection>',
    note: 'Alone in a page, a reflection needs a <code>key</code> and a <code>label</code>. In a unit, <code>&lt;lp-unit&gt;</code> creates one for each <code>:::reflection</code> and sets its <code>block</code>.',
  },
  'lp-checklist': {
    html: '<lp-checklist pack="docs-site" unit="checklist-example" data-block="examples/checklist.json"></lp-checklist>',
    source: CHECKLIST,
    note: 'In a unit, <code>&lt;lp-unit&gt;</code> creates one for each <code>:::checklist</code>. Here the page sets <code>block</code> to the checklist compiled from the Markdown below.',
  },
  'lp-quiz': {
    html: '<lp-quiz pack="docs-site" unit="quiz-example" data-block="examples/quiz.json"></lp-quiz>',
    source: QUIZ,
    note: 'In a unit, <code>&lt;lp-unit&gt;</code> creates one for each <code>:::quiz</code>. Here the page sets <code>block</code> to the quiz compiled from the Markdown below.',
  },
  'lp-pack': {
    html: '<lp-pack src="examples/getting-started/pack.yaml" routing="none"></lp-pack>',
    note: 'A pack folder, read from its <code>pack.yaml</code>. <code>routing="none"</code> leaves this page\'s address alone.',
  },
  'lp-progress': {
    html: '<lp-progress completed="2" total="5"></lp-progress>',
    note: 'Alone, it shows <code>completed</code> of <code>total</code>; with <code>pack</code>, it follows that pack\'s <code>lp-progress</code> events.',
  },
  'lp-portfolio': {
    html: '<lp-portfolio pack="docs-site"></lp-portfolio>',
    note: 'The answers written on this site\'s examples, in this browser. Try the examples on the other pages first.',
  },
};

// ---- Layout -------------------------------------------------------------------------------------------------
function page({ file, title, body, current }) {
  const navLink = (href, text) => `<li><a href="${href}"${href === current ? ' aria-current="page"' : ''}>${text}</a></li>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escape(title)} – learning-pack</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/site.css">
<script type="module" src="assets/site.js"></script>
<script type="module" src="lib/learning-pack.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-name"><a href="index.html">learning-pack</a> <span class="version">${escape(pkg.version)}</span></p>
<nav aria-label="Site">
<ul class="nav-top">
${navLink('index.html', 'Home')}
${navLink('playground.html', 'Playground')}
</ul>
<div class="nav-groups">
<div><h2 id="nav-elements">Elements</h2><ul aria-labelledby="nav-elements">
${elements.map((e) => navLink(`${e.tagName}.html`, `<code>&lt;${e.tagName}&gt;</code>`)).join('\n')}
</ul></div>
<div><h2 id="nav-guides">Guides</h2><ul aria-labelledby="nav-guides">
${guides.map((g) => navLink(`${g.name}.html`, escape(g.title))).join('\n')}
</ul></div>
</div>
</nav>
</header>
<main id="main" data-page="${escape(file)}">
${body}
</main>
<footer class="site-footer"><p>learning-pack ${escape(pkg.version)} · MIT licence · answers on this site are kept in your browser only.</p></footer>
</body>
</html>
`;
}

function table(id, caption, columns, rows) {
  if (!rows.length) return `<h3 id="${id}">${caption}</h3>\n<p class="none" data-api="${id}">None.</p>`;
  return `<h3 id="${id}">${caption}</h3>
<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">
<table data-api="${id}">
<thead><tr>${columns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((cell, i) => (i === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`).join('\n')}
</tbody>
</table>
</div>`;
}

const code = (s) => (s ? `<code>${escape(s)}</code>` : '');
const type = (t) => code(t?.text?.replace(/\s*\|\s*undefined$/, ''));

function apiTables(el) {
  const attributes = el.attributes ?? [];
  const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'));
  const methods = (el.members ?? []).filter((m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'));
  const defaultOf = (d) => (d === 'DEFAULT_NAMESPACE' ? '"learning-pack"' : d);
  return [
    table('attributes', 'Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes.map((a) => [code(a.name), code(a.fieldName), type(a.type), code(defaultOf(a.default)), inline(a.description)])),
    table('properties', 'Properties', ['Property', 'Attribute', 'Type', 'Default', 'Description'], fields.map((f) => {
      const attribute = attributes.find((a) => a.fieldName === f.name);
      return [code(f.name), code(f.attribute) || 'none', type(f.type ?? attribute?.type), code(defaultOf(f.default)), inline(f.description ?? attribute?.description)];
    })),
    ...(methods.length ? [table('methods', 'Methods', ['Method', 'Returns', 'Description'], methods.map((m) => [code(`${m.name}()`), type(m.return?.type), inline(m.description)]))] : []),
    table('events', 'Events', ['Event', 'Detail', 'Description'], (el.events ?? []).map((e) => [code(e.name), type(e.type), inline(e.description)])),
    table('slots', 'Slots', ['Slot', 'Description'], (el.slots ?? []).map((s) => [s.name ? code(s.name) : 'default', inline(s.description)])),
    table('parts', 'CSS parts', ['Part', 'Description'], (el.cssParts ?? []).map((p) => [code(p.name), inline(p.description)])),
    table('css-properties', 'CSS custom properties', ['Property', 'Default', 'Description'], (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), inline(p.description)])),
  ].join('\n');
}

function elementPage(el) {
  const ex = examples[el.tagName];
  if (!ex) throw new Error(`build-site: no live example for <${el.tagName}>: add one to examples in scripts/build-site.mjs`);
  const body = `<h1><code>&lt;${el.tagName}&gt;</code></h1>
<p class="summary">${inline(el.summary)}</p>
${el.description ? `<p>${inline(el.description)}</p>` : ''}
<section aria-labelledby="example">
<h2 id="example">Example</h2>
<div class="example-live" data-example="${el.tagName}">
${ex.html}
</div>
<p>${ex.note}</p>
<pre tabindex="0"><code>${escape(ex.html)}</code></pre>
${ex.source ? `<details><summary>The Markdown it is compiled from</summary><pre tabindex="0"><code>${escape(ex.source)}</code></pre></details>` : ''}
</section>
<section aria-labelledby="api">
<h2 id="api">API</h2>
<p>From <code>custom-elements.json</code>, which the package ships for editors and documentation tools.</p>
${apiTables(el)}
</section>`;
  return page({ file: `${el.tagName}.html`, title: `<${el.tagName}>`, body, current: `${el.tagName}.html` });
}

function homePage() {
  const cdn = `<script type="module" src="https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/learning-pack.js"></script>\n\n<lp-unit src="units/1.1-first-unit.md" pack="my-course"></lp-unit>`;
  const npm = `npm install ${pkg.name}`;
  const esm = `import 'learning-pack';                            // every element\nimport { compileUnit } from 'learning-pack/compiler'; // Markdown → unit, in Node too\nimport { listResponses } from 'learning-pack/store';  // the learner's saved answers`;
  const body = `<h1>learning-pack</h1>
<p class="summary">${escape(pkg.description)}</p>
<section aria-labelledby="live">
<h2 id="live">A unit, working</h2>
<div class="example-live" data-example="lp-unit">
<lp-unit src="examples/welcome.md" pack="docs-site"></lp-unit>
</div>
</section>
<section aria-labelledby="start">
<h2 id="start">Getting started</h2>
<h3 id="from-a-cdn">From a CDN, with no build step</h3>
<pre tabindex="0"><code>${escape(cdn)}</code></pre>
<h3 id="from-npm">From npm</h3>
<pre tabindex="0"><code>${escape(npm)}</code></pre>
<pre tabindex="0"><code>${escape(esm)}</code></pre>
<p>The package has types for each entry, and <code>custom-elements.json</code> for editors. Its <code>learning-pack</code> command checks, builds and previews packs: see <a href="cli.html">the command line</a>.</p>
</section>
<section aria-labelledby="elements">
<h2 id="elements">Elements</h2>
<ul class="cards">
${elements.map((e) => `<li><a href="${e.tagName}.html"><code>&lt;${e.tagName}&gt;</code></a> ${inline(e.summary)}</li>`).join('\n')}
</ul>
</section>
<section aria-labelledby="guides">
<h2 id="guides">Guides</h2>
<ul class="cards">
${guides.map((g) => `<li><a href="${g.name}.html">${escape(g.title)}</a></li>`).join('\n')}
</ul>
</section>`;
  return page({ file: 'index.html', title: 'Home', body, current: 'index.html' });
}

// ---- Write --------------------------------------------------------------------------------------------------
// The bundle and its on-demand chunks, so the site needs nothing outside its folder.
for (const file of readdirSync(dist)) if (/^learning-pack(-.+)?\.js$/.test(file)) copy(join(dist, file), `lib/${file}`);
copy(join(root, 'scripts/site/site.css'), 'assets/site.css');
copy(join(root, 'scripts/site/site.js'), 'assets/site.js');
for (const f of readdirSync(join(root, 'docs'))) if (f.endsWith('.png')) copy(join(root, 'docs', f), `assets/${f}`);
write('examples/welcome.md', WELCOME);
write('examples/checklist.json', JSON.stringify(blockOf(CHECKLIST, 'checklist')));
write('examples/quiz.json', JSON.stringify(blockOf(QUIZ, 'quiz')));
copy(join(root, 'modules/getting-started'), 'examples/getting-started');

write('index.html', homePage());
for (const el of elements) write(`${el.tagName}.html`, elementPage(el));
for (const g of guides) write(`${g.name}.html`, page({ file: `${g.name}.html`, title: g.title, body: markdown().parse(g.text), current: `${g.name}.html` }));

writeFileSync(written, JSON.stringify([...files].sort(), null, 1));
console.log(`Documentation site: dist/site/ (${elements.length} elements, ${guides.length} guides). npm start serves it at /dist/site/.`);
