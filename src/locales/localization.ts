/**
 * The interface language. English is the source locale; Welsh (`cy`) is a
 * catalogue of its own that is imported only when a page asks for Welsh, so
 * English pages never download it.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export { sourceLocale, targetLocales };
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

let getLocale: () => string = () => sourceLocale;
let setLocale: (locale: string) => Promise<void> = () => Promise.resolve();
try {
  ({ getLocale, setLocale } = configureLocalization({
    sourceLocale,
    targetLocales,
    // One literal import per locale, so the bundler can split each into a chunk of its own.
    loadLocale: () => import('./generated/cy.js'),
  }));
} catch {
  // Another copy of the library on the page configured localisation first; share its locale.
}

export function currentLocale(): string {
  return getLocale();
}

/** The supported locale for a BCP 47 language tag: `cy`, `cy-GB` → `cy`; anything else → `en`. */
export function supportedLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (targetLocales as readonly string[]).includes(language) ? (language as Locale) : sourceLocale;
}

/** Switches every element on the page to `locale`; resolves once its catalogue has loaded. Never rejects. */
export async function useLocale(locale: Locale): Promise<void> {
  // Always ask, even for the locale showing now: a switch still loading must not win over a later one.
  try {
    await setLocale(locale);
  } catch (e) {
    // A catalogue that cannot be downloaded leaves the interface in English.
    console.warn(`learning-pack: the ${locale} interface could not be loaded; staying in English.`, e);
  }
}
