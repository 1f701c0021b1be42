/**
 * The units are written afresh from their source texts: facts, definitions,
 * named processes and references carry over, sentences do not. This test finds
 * every run of 12 or more consecutive words (case, punctuation and spacing
 * ignored) that a unit shares with a source text, outside marked quotations,
 * and fails naming the file, the line and the words.
 *
 * Not checked, because repeating the source there is right:
 * - a `:::quote{cite=…}` block and a Markdown block quote (`>`);
 * - an inline quotation in quotation marks on a line that cites its source,
 *   e.g. "… 'learning new ways of working …' (Fielding et al., 2005)";
 * - the References section, and the titles it lists wherever they recur.
 *
 * The source texts are other people's copyright and are not in the
 * repository: the folder comes from `LP_SOURCE_TEXTS`, by default `shared/seeds`
 * beside the repository's folder. Without it the check of the packs is skipped
 * (and says so); the check of the checker always runs.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/** Shortest shared run that counts as copying. Common phrases are allowed below, not by raising this. */
const RUN = 12;

/**
 * Phrases a unit may repeat at any length, each with the reason. Tokens in
 * them are skipped like a quotation. Empty today: no programme or process
 * name in the sources is 12 words long.
 */
const ALLOWED: readonly string[] = [];

/** The packs written from the sources. getting-started is about the product, not the sources. */
const PACKS = ['mep-leadership', 'research-informed-practice'];

const root = new URL('../../', import.meta.url);
const sourceDir = process.env['LP_SOURCE_TEXTS'] ?? fileURLToPath(new URL('../shared/seeds/', root));

/** A word of the text, and the line (1-based) it is on. A `null` token ends a run: nothing copies across it. */
type Token = { word: string; line: number } | null;

/** Lower-case words, apostrophes dropped ("don't" → "dont"), split on anything not a letter or digit. */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘ʼ]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const CITATION = /\([^()]*?(?:\d{4}|n\.d\.)[^()]*\)/;
const INLINE_QUOTE = /(^|[\s(\[—–-])(['‘"“])(?=\S)(.+?)(?<=\S)(['’"”])(?=$|[\s.,;:!?)\]—–-])/gu;
const PAIRS: Record<string, string> = { "'": "'", '‘': '’', '"': '"', '“': '”' };

/** The line with each quoted span replaced by a run-breaking mark, when the line cites a source. */
function withoutCitedQuotations(line: string): string {
  if (!CITATION.test(line)) return line;
  return line.replace(INLINE_QUOTE, (all, before: string, open: string, _inner: string, close: string) =>
    PAIRS[open] === close ? `${before} \u0000 ` : all,
  );
}

/** The unit's words in order, with breaks where quotations and the references stand. */
function unitTokens(markdown: string): Token[] {
  const tokens: Token[] = [];
  const open: string[] = [];
  const titles: string[][] = [];
  let inReferences = false;
  markdown.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    if (heading) inReferences = heading[1]!.length <= 2 && /^(references|cyfeiriadau)\b/i.test(heading[2]!);
    const opening = /^:{3,}\s*([\w-]+)/.exec(text);
    if (opening) open.push(opening[1]!);
    const closing = /^:{3,}\s*$/.test(text);
    const skipped = inReferences || open.includes('quote') || /^\s*>/.test(text);
    if (closing) open.pop();
    if (skipped) {
      if (inReferences) for (const [, title] of text.matchAll(/\*([^*]+)\*|'([^']+)'/g)) if (title) titles.push(words(title));
      tokens.push(null);
      return;
    }
    // A run may go on to a paragraph's next line, but not into another block:
    // a list item, a table cell, a heading or a directive stands alone.
    const continues = /^\s*[\p{L}\p{N}(*_'‘"“]/u.test(text) && !/^\s*\d+[.)]\s/.test(text);
    if (!continues) tokens.push(null);
    const parts = withoutCitedQuotations(text).split(/\u0000|\|/);
    parts.forEach((part, position) => {
      if (position > 0) tokens.push(null);
      tokens.push(...words(part).map((word) => ({ word, line })));
    });
  });
  for (const phrase of [...titles, ...ALLOWED.map(words)]) mask(tokens, phrase);
  return tokens;
}

/** Replace every occurrence of `phrase` in `tokens` by breaks. */
function mask(tokens: Token[], phrase: string[]): void {
  if (phrase.length === 0) return;
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    if (phrase.every((word, offset) => tokens[start + offset]?.word === word)) {
      tokens.fill(null, start, start + phrase.length);
    }
  }
}

/** Every `RUN`-word window of a source text, joined by spaces. */
function windows(text: string): Set<string> {
  const list = words(text);
  const found = new Set<string>();
  for (let start = 0; start + RUN <= list.length; start++) found.add(list.slice(start, start + RUN).join(' '));
  return found;
}

interface Copied { line: number; words: string }

/** The longest runs of `tokens` made of windows found in `source`, each reported once. */
function copiedRuns(tokens: Token[], source: Set<string>): Copied[] {
  const copied = new Array<boolean>(tokens.length).fill(false);
  for (let start = 0; start + RUN <= tokens.length; start++) {
    const window = tokens.slice(start, start + RUN);
    if (window.some((token) => token === null)) continue;
    if (source.has(window.map((token) => token!.word).join(' '))) copied.fill(true, start, start + RUN);
  }
  const runs: Copied[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (!copied[index]) continue;
    const start = index;
    while (copied[index + 1]) index++;
    const run = tokens.slice(start, index + 1) as Array<{ word: string; line: number }>;
    runs.push({ line: run[0]!.line, words: run.map((token) => token.word).join(' ') });
  }
  return runs;
}

function findCopies(markdown: string, sources: Map<string, Set<string>>): string[] {
  const tokens = unitTokens(markdown);
  const found: string[] = [];
  for (const [name, source] of sources) {
    for (const run of copiedRuns(tokens, source)) found.push(`line ${run.line} (${name}): "${run.words}"`);
  }
  return found;
}

describe('the copying check itself', () => {
  const source = new Map([
    ['source.txt', windows('In this study the authors found that teachers learn best when they work on their own classroom practice together.')],
  ]);

  it('finds twelve words copied from a source, whatever their case and punctuation', () => {
    const unit = 'Intro.\n\nWe know teachers LEARN best, when they work on their own classroom-practice together; so plan it.\n';
    assert.deepEqual(findCopies(unit, source), [
      'line 3 (source.txt): "teachers learn best when they work on their own classroom practice together"',
    ]);
  });

  it('lets eleven shared words pass', () => {
    assert.deepEqual(findCopies('Teachers learn best when they work on their own classroom practice, as here.\n', source), []);
  });

  it('skips quote blocks, block quotes, cited inline quotations and the references', () => {
    const unit = [
      ':::quote{cite="Author, 2012"}',
      'the authors found that teachers learn best when they work on their own classroom practice together',
      ':::',
      '> the authors found that teachers learn best when they work on their own classroom practice together',
      "They say 'teachers learn best when they work on their own classroom practice together' (Author, 2012).",
      '## References',
      '- Author (2012) *The authors found that teachers learn best when they work on their own classroom practice together*.',
    ].join('\n');
    assert.deepEqual(findCopies(unit, source), []);
  });

  it('still checks an inline quotation that cites nothing, and the text after a quote block', () => {
    const unit = [
      ':::reflection{#1}',
      ':::quote{cite="Author, 2012"}',
      'Quoted.',
      ':::',
      'the authors found that teachers learn best when they work on their own classroom practice together',
      ':::',
      "They say 'teachers learn best when they work on their own classroom practice together'.",
    ].join('\n');
    assert.equal(findCopies(unit, source).length, 2);
  });
});

describe('units do not copy their source texts', { skip: existsSync(sourceDir) ? false : `no source texts at ${sourceDir}` }, () => {
  const sources = new Map<string, Set<string>>();
  if (existsSync(sourceDir)) {
    for (const name of readdirSync(sourceDir).filter((file) => file.endsWith('.txt')).sort()) {
      sources.set(name, windows(readFileSync(`${sourceDir}/${name}`, 'utf8')));
    }
  }

  it('finds the source texts', () => {
    assert.ok(sources.size > 0, `no .txt files in ${sourceDir}`);
  });

  for (const pack of PACKS) {
    const dir = new URL(`modules/${pack}/`, root);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.md')).sort()) {
      it(`modules/${pack}/${file}`, () => {
        const found = findCopies(readFileSync(new URL(file, dir), 'utf8'), sources);
        assert.deepEqual(found, [], `modules/${pack}/${file} copies its sources:\n${found.join('\n')}`);
      });
    }
  }
});
