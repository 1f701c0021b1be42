/** Small text helpers shared by the compiler stages. */
import { decodeReferences } from './entities.js';
import type { Token, Tokens } from 'marked';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** The text of a token with its character references decoded (entities.ts). */
function decodeEntities(text: string): string {
  // Stryker disable next-line StringLiteral: text without "&" holds no reference, so decoding it anyway changes nothing; the test only saves work.
  return text.includes('&') ? decodeReferences(text) : text;
}

/** The words of inline tokens without markup: for heading slugs and prompt labels. */
export function plainText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens as readonly Tokens.Generic[]) {
    if (token.type === 'html') continue;
    if (token.type === 'br') text += ' ';
    else if (token.type !== 'image' && Array.isArray(token.tokens)) text += plainText(token.tokens);
    else if (typeof token['text'] === 'string') text += decodeEntities(token['text']);
  }
  return text;
}
