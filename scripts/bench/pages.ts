/** The pages the bench serves: unit 4.2 from Markdown, from compiled JSON, and as a static page (the floor). */
import { readFileSync } from 'node:fs';
import type { Block, Unit } from '../../src/content/model.js';

export const UNIT_MD = '/modules/mep-leadership/4.2-joint-practice-development.md';
export const UNIT_JSON = '/bench/unit-4.2.json';
export const PAGE_BUNDLE = '/bench/bench-page.js';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)}</title>
    <link rel="icon" href="data:," />
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}

const bundle = '<script type="module" src="/dist/learning-pack.js"></script>';

export const unitPage = (src: string, extra = '') =>
  page('Unit 4.2', `${bundle}${extra}`, `<lp-unit src="${src}" pack="mep-leadership" storage-namespace="bench"></lp-unit>`);

export const emptyPage = () => page('Bench', `${bundle}<script type="module" src="${PAGE_BUNDLE}"></script>`, '');

/** The same unit as plain HTML with plain textareas: what the browser does with no script at all. */
export function staticPage(unit: Unit): string {
  const block = (b: Block): string => {
    switch (b.type) {
      case 'html':
        return b.html;
      case 'reflection':
        return `<section id="ui-activity-${escape(b.id)}">
  <h2>Activity ${escape(b.id)}${b.title ? `: ${escape(b.title)}` : ''}</h2>
  ${b.introHtml}
  ${(b.prompts.length ? b.prompts : [{ id: 'answer', html: 'Your answer' }])
    .map((p, i) => `<p><label for="field-${i}">${p.html}</label></p>\n  <textarea id="field-${i}" rows="8"></textarea>`)
    .join('\n  ')}
</section>`;
      default: {
        // Block kinds added later: their HTML, as well as we can find it.
        const any = b as unknown as Record<string, unknown>;
        return String(any.html ?? any.introHtml ?? any.stemHtml ?? '');
      }
    }
  };
  const { meta } = unit;
  return page(
    meta.title,
    '',
    `<main><article>
<header><p>Unit ${escape(meta.number)}</p><h1>${escape(meta.title)}</h1>${meta.summary ? `<p>${escape(meta.summary)}</p>` : ''}</header>
${unit.blocks.map(block).join('\n')}
</article></main>`,
  );
}

/** A pack.yaml of `n` small units, for <lp-pack>. */
export function generatedPack(n: number): Map<string, string> {
  const files = new Map<string, string>();
  const units: string[] = [];
  for (let i = 1; i <= n; i++) {
    const file = `${String(i).padStart(3, '0')}-generated-unit.md`;
    units.push(file);
    files.set(
      file,
      `---\nid: generated-unit-${i}\nnumber: "${Math.ceil(i / 10)}.${((i - 1) % 10) + 1}"\ntitle: Generated unit ${i}\nlang: en\n---\n\nSome text for unit ${i}.\n\n:::reflection{#${i}.1 title="Your view"}\nWhat do you think?\n:::\n`,
    );
  }
  const parts = Array.from({ length: Math.ceil(n / 10) }, (_, p) => `  - number: "${p + 1}"\n    title: Part ${p + 1}\n    units:\n${units.slice(p * 10, p * 10 + 10).map((u) => `      - ${u}\n`).join('')}`);
  files.set('pack.yaml', `id: bench-pack\ntitle: Generated pack\nlang: en\ndescription: ${n} generated units.\nparts:\n${parts.join('')}`);
  return files;
}

export const readUnitMarkdown = () => readFileSync(UNIT_MD.slice(1), 'utf8');
