/** Small text helpers shared by the compiler stages. */
import type { Token, Tokens } from 'marked';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references marked leaves in text tokens. */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|(\w+));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return ENTITIES[name] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
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
