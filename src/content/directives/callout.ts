/**
 * `:::note`, `:::tip`, `:::important`, `:::warning` with an optional
 * `title`, and `:::quote{cite="…"}`. A callout is Markdown, so it becomes
 * HTML here, the only place it is rendered, wherever it stands.
 */
import type { HtmlBlock } from '../model.js';
import { escapeHtml } from '../text.js';
import type { ContainerDirective } from './context.js';

export const callout: ContainerDirective = {
  names: ['note', 'tip', 'important', 'warning', 'quote'],
  activity: false,
  build(token, { directives, output, errors }) {
    const kind = token.directive.name;
    const quote = kind === 'quote';
    const attributes = directives.attributes(token, quote ? ['cite'] : ['title'], errors);
    const body = output.block(token.tokens);
    if (quote) {
      const cite = directives.text(token, attributes, 'cite', errors);
      directives.label(token, false);
      const caption = cite ? `<figcaption>${escapeHtml(cite)}</figcaption>\n` : '';
      return html(`<figure class="lp-callout lp-callout-quote">\n<blockquote>\n${body}</blockquote>\n${caption}</figure>\n`);
    }
    const title = directives.text(token, attributes, 'title', errors) ?? directives.label(token, true);
    // Without a title, the element adds one in the learner's language (Note, Tip …).
    const heading = title ? `<p class="lp-callout-title">${escapeHtml(title)}</p>\n` : '';
    return html(`<aside class="lp-callout lp-callout-${kind}">\n${heading}${body}</aside>\n`);
  },
};

function html(text: string): HtmlBlock {
  return { type: 'html', html: text };
}
