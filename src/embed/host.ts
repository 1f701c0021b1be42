/**
 * `embed.js`, for the page that holds the iframes: each iframe with a
 * `data-learning-pack` attribute takes the height its page reports
 * (`learning-pack:height` messages), so no inner scroll bar appears. A message
 * counts only from the frame's own window and the origin of its `src`.
 * Nothing else on the page is touched.
 */
import { isHeightMessage } from './message.js';

const SELECTOR = 'iframe[data-learning-pack]';

function frameOf(event: MessageEvent): HTMLIFrameElement | undefined {
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(SELECTOR)) {
    if (frame.contentWindow !== event.source) continue;
    let origin: string;
    try {
      origin = new URL(frame.src, document.baseURI).origin;
    } catch {
      return undefined;
    }
    return origin === event.origin ? frame : undefined;
  }
  return undefined;
}

function onMessage(event: MessageEvent): void {
  if (!isHeightMessage(event.data)) return;
  const frame = frameOf(event);
  if (!frame) return;
  // The frame's own border and padding are added, so its content box fits exactly.
  const style = getComputedStyle(frame);
  const extra = style.boxSizing === 'border-box'
    ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce((n, p) => n + (parseFloat(style[p as 'paddingTop']) || 0), 0)
    : 0;
  frame.style.height = `${Math.ceil(event.data.height + extra)}px`;
}

const flag = '__learningPackEmbed';
const global = window as unknown as Record<string, boolean>;
if (!global[flag]) {
  global[flag] = true;
  window.addEventListener('message', onMessage);
}
