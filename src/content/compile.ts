/**
 * Unit Markdown → compiled unit (SPEC §1-3). Pure: runs in Node and in
 * browsers, and never throws; every problem is a diagnostic.
 */
import { Marked, type Token } from 'marked';
import { Reporter } from './diagnostics.js';
import { Directives } from './directives.js';
import { isDirectiveToken, type DirectiveHtml, type MarkdownOutput } from './directive-tokens.js';
import { containerDirective } from './extensions/container-directive.js';
import { externalLinks } from './extensions/external-links.js';
import { headingIds } from './extensions/heading-ids.js';
import { leafDirective } from './extensions/leaf-directive.js';
import { scrollingTables } from './extensions/scrolling-tables.js';
import { readFrontMatter, splitFrontMatter } from './front-matter.js';
import { DirectiveLocator } from './locator.js';
import type { Block, CompileResult, Diagnostic, Heading, UnitMeta } from './model.js';
import { Slugger } from './slug.js';
import { LineIndex, normalizeSource } from './source.js';

export type { CompileResult } from './model.js';
export { formatDiagnostic } from './model.js';
export { parseManifestYaml } from './manifest-yaml.js';

/**
 * Compiles one unit. `file` only labels the diagnostics. `unit` is absent
 * when the front matter is missing or unusable; the body is still checked
 * so that one run reports every problem.
 */
export function compileUnit(source: string, file = 'unit.md'): CompileResult {
  let reporter: Reporter | undefined;
  try {
    const text = normalizeSource(source);
    reporter = new Reporter(file, new LineIndex(text));
    const { meta, bodyOffset } = frontMatter(text, reporter);
    const body = compileBody(text, bodyOffset, reporter);
    return { ...(meta && { unit: { meta, ...body } }), diagnostics: sorted(reporter.diagnostics) };
  } catch (error) {
    return { diagnostics: [...sorted(reporter?.diagnostics ?? []), internalError(file, error)] };
  }
}

function frontMatter(text: string, reporter: Reporter): { meta?: UnitMeta; bodyOffset: number } {
  const split = splitFrontMatter(text);
  const start = { line: 1, column: 1 };
  if (split.kind === 'missing') {
    reporter.atPosition('LP001', start,
      'the unit has no front matter: start the file with a --- line, then id, number, title and lang, then another --- line');
    return { bodyOffset: 0 };
  }
  if (split.kind === 'unclosed') {
    reporter.atPosition('LP002', start, 'the front matter that starts here has no closing --- line');
    return { bodyOffset: text.length };
  }
  const meta = readFrontMatter(split.yaml, split.yamlLine, reporter);
  return { ...(meta && { meta }), bodyOffset: split.bodyOffset };
}

function compileBody(text: string, bodyOffset: number, reporter: Reporter): { headings: Heading[]; blocks: Block[] } {
  const body = text.slice(bodyOffset);
  const locator = new DirectiveLocator(text, body, bodyOffset);
  const directives = new Directives(reporter);
  const nested: DirectiveHtml = (token, output) => directives.html(token, output);
  const slugger = new Slugger();
  const headings: Heading[] = [];
  const marked = new Marked(
    { gfm: true, breaks: false, async: false },
    { extensions: [containerDirective(locator, nested), leafDirective(locator, nested)] },
    headingIds((text, depth) => {
      const id = slugger.slug(text);
      headings.push({ id, depth, text });
      return id;
    }),
    externalLinks(),
    scrollingTables(),
  );
  const output: MarkdownOutput = {
    block: (tokens) => marked.parser(tokens),
    inline: (tokens) => new marked.Parser(marked.defaults).parseInline(tokens),
  };
  const blocks = toBlocks(marked.lexer(body), directives, output, reporter, bodyOffset);
  return { headings, blocks };
}

/** Runs of ordinary Markdown become one HtmlBlock each; a directive becomes its own block(s). */
function toBlocks(tokens: Token[], directives: Directives, output: MarkdownOutput, reporter: Reporter, bodyOffset: number): Block[] {
  const blocks: Block[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (!run.length) return;
    const tokens = run;
    run = [];
    guarded(blocks, reporter, bodyOffset, () => {
      const html = output.block(tokens);
      return html.trim() ? [{ type: 'html', html }] : [];
    });
  };
  for (const token of tokens) {
    if (!isDirectiveToken(token)) {
      run.push(token);
      continue;
    }
    // A stray closing line is only a warning: the Markdown around it stays one block.
    if (token.type !== 'containerDirective' || token.state !== 'stray') flush();
    guarded(blocks, reporter, token.offset, () => directives.blocks(token, output));
  }
  flush();
  return blocks;
}

/** One block failing unexpectedly becomes an error box; the rest of the unit still renders. */
function guarded(blocks: Block[], reporter: Reporter, offset: number, build: () => Block[]) {
  try {
    blocks.push(...build());
  } catch (error) {
    blocks.push(reporter.at('LP000', offset, `internal error while compiling this block: ${describe(error)}`));
  }
}

function internalError(file: string, error: unknown): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', code: 'LP000', message: `internal error: ${describe(error)}` };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sorted(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
}
