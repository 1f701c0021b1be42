/**
 * Our one DOMPurify instance in the browser (never the host page's copy).
 * Under Trusted Types a policy name can be created once per page, and every
 * DOMPurify instance creates its "dompurify" policy: so the elements'
 * sanitiser (src/elements/sanitize.ts, which configures it) and the compiler's
 * decoder of character references (entities.browser.ts) share this one.
 */
import createDOMPurify from 'dompurify';

export const purify = createDOMPurify(window);
