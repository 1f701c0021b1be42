/**
 * Unit Markdown → compiled unit (SPEC §1-3). Pure: runs in Node and in
 * browsers, and never throws; every problem is a diagnostic. Cost grows
 * linearly with the size of the unit, and the limits in `limits.ts` keep
 * nesting shallow enough for the stack.
 */
import { Marked, type MarkedExtension, type Token, type Tokens } from 'marked';
import markedFootnote from 'marked-footnote';
import { Reporter } from './diagnostics.js';
import { Directives } from './directives/index.js';
import { isDirectiveToken, type DirectiveHtml, type MarkdownOutput } from './directive-tokens.js';
import { containerDirective } from './extensions/container-directive.js';
import { externalLinks } from './extensions/external-links.js';
import { headingIds } from './extensions/heading-ids.js';
import { leafDirective } from './extensions/leaf-directive.js';
import { scrollingTables } from './extensions/scrolling-tables.js';
import { readFrontMatter, splitFrontMatter } from './front-matter.js';
import { DirectiveLexer, type TooDeepToken } from './lexer.js';
import { MAX_HEADINGS, MAX_NESTING, MAX_UNIT_CHARS } from './limits.js';
import { DirectiveLocator } from './locator.js';
import type { Block, CompileResult, Diagnostic, Heading, UnitMeta } from './model.js';
import { Slugger } from './slug.js';
import { LineIndex, normalizeSource } from './source.js';
import { countWords } from './words.js';

export type { CompileResult } from './model.js';
export { formatDiagnostic } from './model.js';
export { parseManifestYaml } from './manifest-yaml.js';

export interface CompileOptions {
  /**
   * The unit file's URL. Relative links and images are resolved against it,
   * so they work wherever the unit is shown. Without it they are left as
   * written (relative to the unit file, as the build copies them).
   */
  baseUrl?: string;
}

/** What the extensions of a compile work with: set for each compile, as the instance of marked is shared. */
interface CompileSession {
  locator: DirectiveLocator;
  nested: DirectiveHtml;
  tooDeep: (token: TooDeepToken) => void;
  heading: (text: string, depth: number) => string | undefined;
}

let session: CompileSession | undefined;
const current = (): CompileSession => {
  if (!session) throw new Error('marked was used outside a compile');
  return session;
};

/**
 * One instance of marked for every unit without footnotes. An instance made
 * for each unit, with its extensions' closures, kept each unit's tokens alive
 * past the young generation's collections: a fifth of the compile time of a
 * 10 KB unit went on collecting garbage.
 */
let sharedMarked: Marked | undefined;

function newMarked(...more: MarkedExtension[]): Marked {
  return new Marked(
    { gfm: true, breaks: false, async: false },
    {
      extensions: [
        containerDirective(() => current().locator, (token, output) => current().nested(token, output)),
        leafDirective(() => current().locator, (token, output) => current().nested(token, output)),
        {
          name: 'tooDeep',
          renderer: (token) => {
            current().tooDeep(token as TooDeepToken);
            return '';
          },
        },
      ],
    },
    headingIds((text, depth) => current().heading(text, depth)),
    externalLinks(),
    scrollingTables(),
    ...more,
  );
}

/**
 * Compiles one unit. `file` only labels the diagnostics. `unit` is absent
 * when the front matter is missing or unusable; the body is still checked
 * so that one run reports every problem.
 */
export function compileUnit(source: string, file = 'unit.md', options: CompileOptions = {}): CompileResult {
  let reporter: Reporter | undefined;
  try {
    const text = normalizeSource(source);
    reporter = new Reporter(file, new LineIndex(text));
    if (text.length > MAX_UNIT_CHARS) {
      reporter.at('LP015', MAX_UNIT_CHARS,
        `the unit is longer than ${MAX_UNIT_CHARS.toLocaleString('en')} characters (it passes that here); split it into several units`);
      return { diagnostics: reporter.diagnostics };
    }
    const { meta, bodyOffset } = frontMatter(text, reporter);
    const body = compileBody(text, bodyOffset, reporter, options, meta?.number);
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

function compileBody(
  text: string,
  bodyOffset: number,
  reporter: Reporter,
  options: CompileOptions,
  unitNumber: string | undefined,
): { headings: Heading[]; blocks: Block[] } {
  const body = text.slice(bodyOffset);
  const locator = new DirectiveLocator(text, body, bodyOffset);
  const slugger = new Slugger();
  const headings: Heading[] = [];
  /** Where the top-level block being rendered starts: the line reported for a heading over the limit. */
  let blockOffset = bodyOffset;
  let section: string | undefined;
  const directives = new Directives(reporter, () => section, unitNumber);
  // Only a unit that writes a footnote gets the extension, and an instance of marked of its own:
  // the extension keeps state for one document, and its inline tokenizer would otherwise be
  // tried at every position of every paragraph.
  const { walkTokens: moveFootnotes, ...footnotes } = body.includes('[^') ? markedFootnote() : {};
  const marked = moveFootnotes ? newMarked(footnotes) : (sharedMarked ??= newMarked());
  const outer = session;
  session = {
    locator,
    nested: (token, output) => directives.html(token, output),
    tooDeep: (token) => {
      directives.hold(reporter.at('LP015', token.offset,
        `blocks are nested more than ${MAX_NESTING} deep here (quotes, lists and directives inside each other); the rest of this block is not shown`));
    },
    heading: (text, depth) => {
      if (headings.length >= MAX_HEADINGS) {
        if (headings.length === MAX_HEADINGS) {
          headings.push({ id: '', depth, text });
          reporter.at('LP015', blockOffset, `the unit has more than ${MAX_HEADINGS.toLocaleString('en')} headings; the ones from here on are left out of the contents`);
        }
        return undefined;
      }
      const id = slugger.slug(text);
      headings.push({ id, depth, text });
      if (depth === 2) section = id;
      return id;
    },
  };
  try {
    // One parser for the whole unit: its state lives in each call, so nested directives can reuse it.
    const parser = new marked.Parser(marked.defaults);
    const output: MarkdownOutput = {
      block: (tokens) => parser.parse(tokens),
      inline: (tokens) => parser.parseInline(tokens),
    };
    const lexer = new DirectiveLexer(marked.defaults, locator);
    const tokens = lexer.lex(body);
    // What marked.parse would do between lexing and rendering: footnotes move to the end (their list is
    // always a top-level token), URLs resolve, images are checked. Only a unit with images or a base URL
    // needs the walk through every token.
    const resolve = options.baseUrl === undefined ? undefined : resolveAgainst(options.baseUrl);
    // Stryker disable next-line StringLiteral: only saves the walk; without '![' there is no image to check
    const checkAlt = body.includes('![') ? missingAlt(text, bodyOffset, reporter) : undefined;
    // Stryker disable next-line ConditionalExpression: only saves a walk that would do nothing
    if (resolve || checkAlt) {
      walkTokens(tokens, (token) => {
        resolve?.(token);
        checkAlt?.(token);
      }, marked.defaults.extensions?.childTokens ?? {});
    }
    if (moveFootnotes) for (let i = 0; i < tokens.length; i++) void moveFootnotes.call(marked, tokens[i]!);
    const blocks = toBlocks(tokens, directives, output, reporter, bodyOffset, (offset) => (blockOffset = offset));
    // Counted only for a unit with no sections, in one pass that allocates nothing.
    const sectioned = headings.some((h) => h.depth === 2);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the length test only saves counting; so short a body cannot pass the limit
    const words = sectioned || body.length <= LONG_UNIT_CHARS ? 0 : countWords(body);
    if (words > LONG_UNIT_WORDS) {
      reporter.at('LP021', bodyOffset,
        `the unit has about ${words.toLocaleString('en')} words and no ## headings; give it sections, so learners get a contents list and can find their place`);
    }
    return { headings: headings.filter((h) => h.id), blocks };
  } finally {
    session = outer;
  }
}

/** Above this many words, a unit without sections is hard to find one's way in. */
const LONG_UNIT_WORDS = 1_500;
/** Fewer characters than this cannot hold that many words, so they are not counted. */
// Stryker disable next-line ArithmeticOperator: any smaller bound only counts more units
const LONG_UNIT_CHARS = LONG_UNIT_WORDS * 2;

/**
 * Visits every token in document order, as marked's own `walkTokens` does,
 * without collecting what each visit returns.
 */
function walkTokens(tokens: Token[], visit: (token: Token) => void, childTokens: Record<string, string[]>): void {
  // By index, so a token moved to the end while walking is still visited.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    visit(token);
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of table.header) walkTokens(cell.tokens, visit, childTokens);
      for (const row of table.rows) for (const cell of row) walkTokens(cell.tokens, visit, childTokens);
    } else if (token.type === 'list') {
      walkTokens((token as Tokens.List).items, visit, childTokens);
    } else if (childTokens[token.type]) {
      for (const name of childTokens[token.type]!) walkTokens(((token as Tokens.Generic)[name] as Token[]).flat(Infinity) as Token[], visit, childTokens);
    } else if ('tokens' in token && token.tokens) {
      walkTokens(token.tokens, visit, childTokens);
    }
  }
}

/** An image without alt text says nothing to a learner who cannot see it (WCAG 1.1.1). */
function missingAlt(text: string, bodyOffset: number, reporter: Reporter) {
  // Tokens come in document order, so each search starts after the last image found.
  let cursor = bodyOffset;
  return (token: Token) => {
    if (token.type !== 'image') return;
    const image = token as Tokens.Image;
    const found = text.indexOf(image.raw, cursor);
    if (found !== -1) cursor = found + 1;
    if (image.text.trim()) return;
    reporter.at('LP020', found === -1 ? bodyOffset : found,
      `the image ${image.href} has no alt text; describe it in the brackets: ![What the image shows](${image.href})`);
  };
}

/** A link or image written relative to the unit file points to the same file from any page. */
function resolveAgainst(baseUrl: string) {
  return (token: Token) => {
    if (token.type !== 'link' && token.type !== 'image') return;
    const link = token as Tokens.Link | Tokens.Image;
    if (!link.href || /^(?:[a-z][a-z\d+.-]*:|\/\/|#)/i.test(link.href)) return;
    try {
      link.href = new URL(link.href, baseUrl).href;
    } catch {
      // Left as written: a URL the parser refuses resolves nowhere better.
    }
  };
}

/** Runs of ordinary Markdown become one HtmlBlock each; a directive becomes its own block(s). */
function toBlocks(
  tokens: Token[],
  directives: Directives,
  output: MarkdownOutput,
  reporter: Reporter,
  bodyOffset: number,
  at: (offset: number) => void,
): Block[] {
  const blocks: Block[] = [];
  let run: { token: Token; offset: number }[] = [];
  const flush = () => {
    if (!run.length) return;
    const pending = run;
    run = [];
    guarded(blocks, directives, reporter, pending[0]!.offset, () => {
      // One token at a time, so a problem found while rendering knows which block it is in,
      // and its error box comes right after that block.
      const built: Block[] = [];
      let html = '';
      let visible = false;
      for (const { token, offset } of pending) {
        at(offset);
        const part = output.block([token]);
        // Each part is tested on its own: trimming the whole run would copy all of it once more.
        visible ||= NOT_SPACE.test(part);
        html += part;
        const errors = directives.drain();
        if (!errors.length) continue;
        if (visible) built.push({ type: 'html', html });
        html = '';
        visible = false;
        built.push(...errors);
      }
      if (visible) built.push({ type: 'html', html });
      return built;
    });
  };
  // At the top level the tokens' raw text is the body, in order, so offsets add up.
  let offset = bodyOffset;
  for (const token of tokens) {
    const start = offset;
    // marked-footnote puts its list of footnotes among them, with a raw text of its own.
    if (token.type !== 'footnotes') offset += token.raw.length;
    if (!isDirectiveToken(token)) {
      run.push({ token, offset: start });
      continue;
    }
    // A stray closing line is only a warning: the Markdown around it stays one block.
    if (token.type !== 'containerDirective' || token.state !== 'stray') flush();
    at(token.offset);
    guarded(blocks, directives, reporter, token.offset, () => [...directives.blocks(token, output), ...directives.drain()]);
  }
  flush();
  return blocks;
}

const NOT_SPACE = /\S/;

/** One block failing unexpectedly becomes an error box; the rest of the unit still renders. */
function guarded(blocks: Block[], directives: Directives, reporter: Reporter, offset: number, build: () => Block[]) {
  try {
    blocks.push(...build());
  } catch (error) {
    blocks.push(reporter.at('LP000', offset, `internal error while compiling this block: ${describe(error)}`), ...directives.drain());
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
