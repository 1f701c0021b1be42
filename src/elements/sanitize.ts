/**
 * The one gate author HTML passes through on its way to the DOM.
 * A private DOMPurify instance, so our hooks never touch a host page's copy.
 */
import createDOMPurify from 'dompurify';

const purify = createDOMPurify(window);

// Author content may not restyle the page, embed other documents or carry forms.
const FORBID_TAGS = ['style', 'link', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form',
  'button', 'textarea', 'select', 'option', 'base', 'meta', 'dialog', 'template', 'slot'];
const FORBID_ATTR = ['style', 'srcset', 'action', 'formaction', 'autofocus', 'tabindex', 'slot', 'part'];

purify.addHook('afterSanitizeAttributes', (node) => {
  // The only input kept is a task list's tick box, and it only shows, never takes input.
  if (node instanceof HTMLInputElement) {
    if (node.type !== 'checkbox') {
      node.remove();
      return;
    }
    for (const attr of [...node.attributes]) if (!['type', 'checked'].includes(attr.name)) node.removeAttribute(attr.name);
    node.setAttribute('disabled', '');
  }
  if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
    const href = node.getAttribute('href') ?? '';
    // Links that leave the page open in a new tab that cannot reach back into this one.
    if (/^https?:\/\//i.test(href)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('target');
    }
  }
});

export function sanitize(html: string): string {
  return purify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    // Author HTML is only ever placed in a shadow root, whose ids never become
    // properties of window or document, so DOMPurify's anti-clobbering pass would
    // only strip ids like "images" from headings that the contents list links to.
    SANITIZE_DOM: false,
  });
}
