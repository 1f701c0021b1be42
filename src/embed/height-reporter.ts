/**
 * In a page shown in an iframe, tells the parent page how tall the content is,
 * so `embed.js` there can size the frame with no inner scroll bar. It speaks
 * only to the origins the page names in
 * `<meta name="learning-pack-embed-origin" content="https://vle.example.ac.uk">`
 * (several separated by spaces; `self` is the page's own origin). Without that
 * tag, or outside a frame, it sends nothing.
 */
// Only the type: sharing code with embed.js would split the bundle into chunks.
import type { HeightMessage } from './message.js';

export const EMBED_ORIGIN_META = 'learning-pack-embed-origin';

/** The origins named in the page's meta tag, `self` resolved; invalid ones are skipped. */
export function embedOrigins(doc: Document = document): string[] {
  const content = doc.querySelector<HTMLMetaElement>(`meta[name="${EMBED_ORIGIN_META}"]`)?.content ?? '';
  const origins = new Set<string>();
  for (const word of content.split(/\s+/).filter(Boolean)) {
    if (word === 'self') {
      origins.add(location.origin);
      continue;
    }
    try {
      const url = new URL(word);
      if (url.origin !== 'null') origins.add(url.origin);
    } catch {
      // Not an origin: never a wildcard.
    }
  }
  return [...origins];
}

/** The height the content needs: the body's box and its margins. */
function contentHeight(): number {
  const body = document.body;
  const style = getComputedStyle(body);
  return Math.ceil(body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
}

let started = false;

/** Starts reporting, once, if the page is framed and names an origin. */
export function startHeightReporter(): void {
  if (started || typeof window === 'undefined' || window.parent === window || !document.body) return;
  const origins = embedOrigins();
  if (!origins.length) return;
  started = true;
  let last = -1;
  let queued = false;
  const send = () => {
    queued = false;
    const height = contentHeight();
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: 'learning-pack:height', version: 1, height };
    for (const origin of origins) window.parent.postMessage(message, origin);
  };
  const later = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(send);
  };
  new ResizeObserver(later).observe(document.body);
  window.addEventListener('load', later);
  later();
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startHeightReporter, { once: true });
  else startHeightReporter();
}
