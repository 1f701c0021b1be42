/**
 * The one gate author HTML passes through on its way to the DOM. Our own
 * DOMPurify instance (content/purifier.ts), so our hooks never touch a host
 * page's copy.
 */
import { purify } from '../content/purifier.js';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';

// Author content may not restyle the page, embed other documents, carry forms,
// reach the top layer, or keep the learner's machine busy with animation,
// heavy filters or sound that starts by itself.
const FORBID_TAGS = ['style', 'link', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form',
  'button', 'textarea', 'select', 'option', 'base', 'meta', 'dialog', 'template', 'slot',
  // SVG animation: each frame repaints, and animation can move content anywhere in its box.
  'animate', 'animateColor', 'animateMotion', 'animateTransform', 'set', 'discard',
  // SVG filters: a chain of turbulence, morphology or large blurs takes seconds a frame.
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA',
  'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence'];
const FORBID_ATTR = ['style', 'srcset', 'action', 'formaction', 'autofocus', 'tabindex', 'slot', 'part',
  'exportparts', 'filter', 'autoplay', 'loop',
  // The top layer sits above everything on the host page.
  'popover', 'popovertarget', 'popovertargetaction', 'commandfor', 'command', 'interestfor'];

/** Attributes that hold a space-separated list of ids. */
const ID_LIST_ATTRIBUTES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant',
  'aria-details', 'aria-errormessage', 'aria-flowto', 'headers', 'itemref'];
/** Attributes that hold a single id. */
const ID_ATTRIBUTES = ['id', 'for', 'name', 'list', 'form'];
/** Attributes that point to an id with a `#`. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'usemap'];

/** The elements' own ids and classes start with `ui-`; author HTML may not name or point at them. */
const OWN = /^ui-/i;

/** Elements whose `href` the learner can follow. */
function isLink(node: Element): boolean {
  return (node.namespaceURI === SVG && node.localName === 'a') || node instanceof HTMLAnchorElement || node instanceof HTMLAreaElement;
}

function removeOwnReferences(node: Element): void {
  for (const name of ID_ATTRIBUTES) {
    if (OWN.test(node.getAttribute(name)?.trim() ?? '')) node.removeAttribute(name);
  }
  for (const name of ['class', ...ID_LIST_ATTRIBUTES]) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    const kept = value.split(/\s+/).filter((token) => token && !OWN.test(token));
    if (kept.length) node.setAttribute(name, kept.join(' '));
    else node.removeAttribute(name);
  }
  for (const name of URL_ATTRIBUTES) {
    if (OWN.test((node.getAttribute(name)?.trim() ?? '').replace(/^#/, ''))) {
      if (name === 'xlink:href') node.removeAttributeNS(XLINK, 'href');
      node.removeAttribute(name);
    }
  }
}

/**
 * One rule for every link: the browser's own URL parser decides where it goes.
 * A link within the page's origin stays as it is; one that leaves opens in a
 * new tab that cannot reach back; anything that is not http(s) or mailto goes.
 */
function ruleLink(node: Element, name: 'href' | 'xlink:href'): void {
  const value = node.getAttribute(name);
  if (value === null) return;
  const remove = () => (name === 'xlink:href' ? node.removeAttributeNS(XLINK, 'href') : node.removeAttribute(name));
  let url: URL;
  try {
    url = new URL(value, base ?? document.baseURI);
  } catch {
    remove();
    return;
  }
  // A link within the unit's own page (#section) stays one; any other relative link points next to the unit.
  if (base !== undefined && !value.trim().startsWith('#') && (url.protocol === 'http:' || url.protocol === 'https:')) {
    node.setAttribute(name, url.href);
  }
  if (url.protocol === 'mailto:') {
    node.setAttribute(name, url.href);
    return;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    remove();
    return;
  }
  if (url.origin === window.location.origin) return;
  // What the browser would follow, not what the author wrote.
  if (name === 'xlink:href') node.setAttributeNS(XLINK, 'xlink:href', url.href);
  else node.setAttribute(name, url.href);
  node.setAttribute('target', '_blank');
  node.setAttribute('rel', 'noopener noreferrer');
}

purify.addHook('afterSanitizeAttributes', (node) => {
  if (!(node instanceof Element)) return;
  // Most elements of a unit (paragraphs, list items, emphasis) have no attributes,
  // so none of the rules below but the one for inputs can apply to them.
  const attributes = node.hasAttributes();
  if (attributes) removeOwnReferences(node);
  // The only input kept is a task list's tick box, and it only shows, never takes input.
  if (node instanceof HTMLInputElement) {
    if (node.type !== 'checkbox') {
      node.remove();
      return;
    }
    for (const attr of [...node.attributes]) if (!['type', 'checked'].includes(attr.name)) node.removeAttribute(attr.name);
    node.setAttribute('disabled', '');
  }
  if (!attributes) return;
  node.removeAttribute('target');
  if (isLink(node)) {
    node.removeAttribute('rel');
    ruleLink(node, 'href');
    ruleLink(node, 'xlink:href');
  } else if (node.namespaceURI !== SVG) {
    // MathML and HTML elements other than links may not be followed anywhere.
    node.removeAttribute('href');
  }
  if (base !== undefined && node instanceof HTMLImageElement) rebase(node, 'src');
  if (node.namespaceURI === SVG) {
    // SVG paints only inside its own box (the styles clip it too).
    node.removeAttribute('overflow');
    if (node.localName === 'svg') node.removeAttribute('transform');
  }
});

// Set once: given with every call, the configuration would be read and copied again each time.
purify.setConfig({
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  // Author HTML is only ever placed in a shadow root, whose ids never become
  // properties of window or document, so DOMPurify's anti-clobbering pass would
  // only strip ids like "images" from headings that the contents list links to.
  SANITIZE_DOM: false,
});

/** The address relative links and images resolve against during one sanitize() call: the unit file's, for a compiled unit. */
let base: string | undefined;

/** An image's relative address, made absolute against the unit's. */
function rebase(node: Element, name: string): void {
  const value = node.getAttribute(name);
  if (value === null || base === undefined) return;
  try {
    node.setAttribute(name, new URL(value, base).href);
  } catch {
    node.removeAttribute(name);
  }
}

/**
 * Author HTML made safe. `baseUrl`: where the unit came from, when its relative
 * links and images were not resolved by the compiler (a compiled `.json` unit):
 * they then point next to the unit file, not next to the page that shows it.
 */
export function sanitize(html: string, baseUrl?: string): string {
  base = baseUrl;
  try {
    return purify.sanitize(html);
  } finally {
    base = undefined;
  }
}
