/**
 * Links to absolute http(s) URLs open in a new tab without giving the new
 * page a handle on ours. (DOMPurify drops `target` unless it is allowed with
 * `ADD_ATTR: ['target']`.)
 */
import { Renderer, type MarkedExtension } from 'marked';

const EXTERNAL = /^(?:https?:)?\/\//i;

export function externalLinks(): MarkedExtension {
  return {
    renderer: {
      link(token) {
        const html = Renderer.prototype.link.call(this, token);
        // Stryker disable next-line Regex: marked's link always starts with `<a `
        return EXTERNAL.test(token.href) ? html.replace(/^<a /, '<a target="_blank" rel="noopener noreferrer" ') : html;
      },
    },
  };
}
