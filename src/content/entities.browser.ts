/**
 * entities.ts for the browser build: the browser's HTML parser already knows
 * every named character reference, so the compiler chunk need not carry the
 * entities package's table of them. The same results as entities.ts (a browser
 * test compares the two): strict, a reference needs its closing `;`.
 *
 * The parser is reached through our DOMPurify instance (purifier.ts), whose
 * Trusted Types policy a strict Content Security Policy already allows: the
 * reference goes in inside an element, and comes back as text with only `&`,
 * `<`, `>` and the no-break space escaped.
 */
import { purify } from './purifier.js';

const ESCAPED: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0' };

// Numeric references of any length, as the entities package reads them; names up to the longest HTML has.
const REFERENCE = /&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]{1,31});/g;
/** Decoded references kept; a unit full of distinct ones cannot make it grow without end. */
const KNOWN_MAX = 1000;
const known = new Map<string, string>();

function decodeOne(reference: string): string {
  let out = known.get(reference);
  if (out === undefined) {
    // Without markup around it, DOMPurify would hand the text back untouched.
    out = String(purify.sanitize(`<b>${reference}</b>`))
      .replace(/<[^>]*>/g, '')
      .replace(/&(amp|lt|gt|nbsp);/g, (_, name: string) => ESCAPED[name]!);
    // A name the parser does not know whole is left as written: it decodes only a legacy
    // prefix of it (`&notit;` → `¬it;`), or nothing at all.
    if (out === reference || (out.length > 1 && out.endsWith(';'))) out = reference;
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(reference, out);
  }
  return out;
}

export function decodeReferences(text: string): string {
  return text.replace(REFERENCE, decodeOne);
}
