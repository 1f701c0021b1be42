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

// Hostile units: what a careless or malicious author, or a compromised content
// host, could serve.


function unit(id: string, body: string): string {
  return `---\nid: ${id}\nnumber: "0.1"\ntitle: Hostile unit\nlang: en\n---\n\n${body}\n`;
}

/** Text a fake overlay shows, to find it on screen. */
export const OVERLAY_TEXT = 'Your session has expired. Click anywhere to sign in again';

/** A 0.4 KB SVG that tries to paint a sign-in lure over the whole host page. */
export function overlaySvg(): string {
  return unit('overlay', `Before the picture.

<svg width="20" height="20" overflow="visible" transform="translate(400 400) scale(60)"><a href="https://attacker.example/login"><rect x="-500" y="-500" width="1000" height="1000" fill="white" overflow="visible"></rect><text x="0" y="0" font-size="1">${OVERLAY_TEXT}</text></a></svg>

After the picture.`);
}

/** Links that a naive check lets send the host tab to another site, one per line. */
export const ESCAPING_HREFS = [
  '//attacker.example/a',
  'http:\\\\attacker.example/b',
  '/\\attacker.example/c',
  'ht\ttps://attacker.example/d',
  'https://attacker.example/e',
  'HTTPS://attacker.example/f',
  ' https://attacker.example/g',
  'https:attacker.example/h',
];

/** Links that must not be followed at all. */
export const DEAD_HREFS = ['javascript:alert(1)', 'java\tscript:alert(1)', 'tel:+441234', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd'];

/** Every escaping and dead link, as HTML and SVG anchors and image-map areas. */
export function escapingLinks(): string {
  const attr = (href: string) => href.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const html = [...ESCAPING_HREFS, ...DEAD_HREFS].map((h, i) => `<a href="${attr(h)}">html link ${i}</a>`).join(' ');
  const svg = [...ESCAPING_HREFS, ...DEAD_HREFS]
    .map((h, i) => `<a href="${attr(h)}"><text y="${i * 10 + 10}">svg link ${i}</text></a><a xlink:href="${attr(h)}"><text x="100" y="${i * 10 + 10}">xlink ${i}</text></a>`)
    .join('');
  const areas = [...ESCAPING_HREFS, ...DEAD_HREFS].map((h, i) => `<area shape="rect" coords="${i * 10},0,${i * 10 + 9},9" href="${attr(h)}" alt="area ${i}">`).join('');
  return unit('links', `Links.

<p>${html}</p>

<svg width="200" height="200">${svg}</svg>

<map name="m">${areas}</map><img usemap="#m" alt="A map" width="200" height="10" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">

[a Markdown link](//attacker.example/md) and [a fragment](#links) and [a page here](other-page.html) and [mail](mailto:tutor@example.ac.uk).`);
}

/**
 * A reflection whose intro and prompt labels claim the element's own ids and
 * classes: the answer box's label and description, and the focus target after
 * "Clear answer".
 */
export function ownIdsInIntro(): string {
  return unit('own-ids', `:::reflection{#1.1.1 title="Hijack"}
<p id="ui-field-0">Not the label.</p> <label for="ui-field-0">A label of the author's</label>
<p id="ui-count-0">Answers in this box are sent to your tutor.</p>
<p><a id="ui-cancel-clear-0" class="ui-visually-hidden ui-error-box lp-kept" href="https://attacker.example/">Keep my answer</a></p>
<p><span aria-describedby="ui-count-0 ok" aria-labelledby="ui-heading">x</span> <a href="#ui-field-0">to the box</a></p>

::prompt[Your view <span id="ui-hint-0">over the word limit</span>]{#view max-words=50}
:::`);
}

/** An animated filter chain that takes seconds to paint each frame, and sound that starts by itself. */
export function heavyAndNoisy(): string {
  return unit('heavy', `Heavy.

<svg width="300" height="300"><defs><filter id="f"><feTurbulence baseFrequency="0.9" numOctaves="10"></feTurbulence><feMorphology radius="50"></feMorphology><feGaussianBlur stdDeviation="500"></feGaussianBlur><feConvolveMatrix kernelMatrix="1 1 1 1 1 1 1 1 1"></feConvolveMatrix><feDisplacementMap scale="100"></feDisplacementMap></filter></defs><g filter="url(#f)"><rect width="300" height="300"><animate attributeName="width" values="1;300" dur="1s" repeatCount="indefinite"></animate><set attributeName="fill" to="red"></set></rect><animateTransform attributeName="transform" type="rotate" from="0" to="360" dur="1s" repeatCount="indefinite"></animateTransform><animateMotion path="M0,0 L100,100" dur="1s"></animateMotion></g></svg>

<audio src="noise.mp3" autoplay loop></audio> <video src="noise.mp4" autoplay loop muted></video>

After.`);
}

/** Content that asks for the top layer, above everything on the host page. */
export function topLayer(): string {
  return unit('top-layer', `Top layer.

<div popover="manual" id="p">${OVERLAY_TEXT}</div> <a popovertarget="p" popovertargetaction="show">open</a>

<dialog open>${OVERLAY_TEXT}</dialog>

After.`);
}

/** Markdown that ends an inline script tag and puts its own HTML into the host page. */
export function inlineBreakout(): string {
  return unit('breakout', `A code sample:

\`\`\`html
<script>console.log("hi")</script>
\`\`\`

</script><img src="missing.png" onerror="window.__pwned = (window.__pwned || []).concat('breakout')">

End of the sample.`);
}

/** MathML that moves a white sheet with a lure up and over whatever is above the unit. */
export function mathOverlay(): string {
  return unit('math-overlay', `Before the formula.

<math display="block"><mpadded voffset="80px" height="0" depth="0"><mspace width="3000px" height="600px" mathbackground="white"></mspace><mtext mathbackground="white">${OVERLAY_TEXT}</mtext></mpadded></math>

After the formula.`);
}

/** `inlineBreakout()` as a page writes it into a script element: `</script` and `<!--` escaped. */
export function inlineBreakoutEscaped(): string {
  return inlineBreakout().replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}
