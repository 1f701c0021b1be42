/**
 * Numbers, dates and times in the interface language, through Intl. English
 * is British English; a browser without Welsh date names (some Chromium
 * builds ship without them) falls back to British English too, never to US.
 */
import { currentLocale } from './localization.js';

function intlLocale(): string[] {
  return currentLocale() === 'cy' ? ['cy', 'en-GB'] : ['en-GB'];
}

/**
 * Formatters are costly to make (the first one loads the locale's data), so
 * each is made once per language and kind, when first needed.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, make: (locales: string[]) => T): T {
  const locales = intlLocale();
  const key = `${kind} ${locales.join(' ')}`;
  let made = formatters.get(key) as T | undefined;
  if (!made) formatters.set(key, (made = make(locales)));
  return made;
}

/**
 * 1234 → "1,234" in English and Welsh alike. Whole numbers below 1,000 are
 * written with the same digits and no separator in both languages, so they
 * need no formatter: a unit's first answer box ("0 words.") shows without
 * waiting for one.
 */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  return formatter('number', (locales) => new Intl.NumberFormat(locales)).format(n);
}

/** A date, with its time when `withTime` is set: "23 November 2026" / "23 Tachwedd 2026". */
export function formatDate(date: Date | number, withTime = false): string {
  return formatter(withTime ? 'date-time' : 'date', (locales) =>
    new Intl.DateTimeFormat(locales, { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}) })).format(date);
}
