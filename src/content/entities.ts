/**
 * Decodes the character references marked leaves in text tokens, every named
 * one of HTML included (`Caf&eacute;` → `Café`). Strict, as CommonMark: a
 * reference needs its closing `;`. The browser build puts entities.browser.ts
 * in its place, which asks the browser's own parser instead of carrying the
 * table of names.
 */
export { decodeHTMLStrict as decodeReferences } from 'entities/decode';
