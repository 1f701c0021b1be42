/**
 * Hostile and careless units, as Markdown strings. Pure functions with no
 * imports, so Node tests, browser tests and `npm run bench` can all use them.
 * Each one once froze the compiler or overflowed its stack.
 */

const FRONT_MATTER = '---\nid: hostile\nnumber: "1.1"\ntitle: Hostile unit\n---\n';

/** "Billion laughs": nested YAML aliases in one front-matter field (`lang`, `duration` or a block-style `title`). */
export function yamlAliasBomb(field: 'lang' | 'duration' | 'title' = 'lang'): string {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    const previous = String.fromCharCode(96 + i);
    levels.push(`${name}: &${name} [*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous}]`);
  }
  const value = field === 'title' ? '\n  - *i' : ' *i';
  return `---\nid: hostile\nnumber: "1.1"\n${field === 'title' ? '' : 'title: Hostile unit\n'}${levels.join('\n')}\n${field}:${value}\n---\nBody.\n`;
}

/** A front-matter value with `spaces` spaces in it and no comment after them. */
export function frontMatterSpaces(spaces = 50_000): string {
  return `---\nid: hostile\nnumber: "1.1"\ntitle: a${' '.repeat(spaces)}b\n---\nBody.\n`;
}

/** `count` headings with the same text. */
export function equalHeadings(count = 25_000): string {
  return FRONT_MATTER + '## Same\n\n'.repeat(count);
}

/** `count` `:::note` lines that are never closed. */
export function unclosedCallouts(count = 12_000): string {
  return FRONT_MATTER + ':::note\n'.repeat(count);
}

/** `count` one-line paragraphs, with one directive at the very end. */
export function manyParagraphs(count = 33_000): string {
  return `${FRONT_MATTER}${'A paragraph of text.\n\n'.repeat(count)}:::note\nThe end.\n:::\n`;
}

/** `depth` nested block quotes: `> > > …`. */
export function nestedQuotes(depth = 2_000): string {
  return `${FRONT_MATTER}${'> '.repeat(depth)}deep\n`;
}

/** `depth` callouts nested by counting: `depth` `:::note` lines, a line of text, then `depth` closing `:::` lines. */
export function nestedCallouts(depth = 3_000): string {
  return `${FRONT_MATTER}${':::note\n'.repeat(depth)}deep\n${':::\n'.repeat(depth)}`;
}

/** `depth` nested list items: `- - - …`. */
export function nestedLists(depth = 2_000): string {
  return `${FRONT_MATTER}${'- '.repeat(depth)}deep\n`;
}

/** `count` reflection activities, numbered 1.1.1, 1.1.2 … */
export function manyActivities(count = 600): string {
  let body = '';
  for (let i = 1; i <= count; i++) body += `:::reflection{#1.1.${i}}\nThink.\n:::\n\n`;
  return FRONT_MATTER + body;
}

/** A unit of at least `chars` characters of ordinary paragraphs. */
export function hugeUnit(chars = 2_100_000): string {
  const paragraph = 'A paragraph of ordinary text that goes on for a while.\n\n';
  return FRONT_MATTER + paragraph.repeat(Math.ceil(chars / paragraph.length));
}
