/**
 * Numbers, dates and times in the interface language, through Intl. English
 * is British English; a browser without Welsh date names (some Chromium
 * builds ship without them) falls back to British English too, never to US.
 */
import { currentLocale } from './localization.js';

function intlLocale(): string[] {
  return currentLocale() === 'cy' ? ['cy', 'en-GB'] : ['en-GB'];
}

/** 1234 → "1,234" in English and Welsh alike. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(intlLocale()).format(n);
}

/** A date, with its time when `withTime` is set: "23 November 2026" / "23 Tachwedd 2026". */
export function formatDate(date: Date | number, withTime = false): string {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}) }).format(date);
}
