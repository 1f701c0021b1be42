/**
 * The UI language. English is the source locale; further locales (Welsh)
 * are added to `targetLocales` with a literal dynamic import each.
 */
import { configureLocalization } from '@lit/localize';

export const sourceLocale = 'en';

let getLocale: () => string = () => sourceLocale;
try {
  ({ getLocale } = configureLocalization({
    sourceLocale,
    targetLocales: [],
    loadLocale: (locale) => Promise.reject(new Error(`No translation for ${locale}`)),
  }));
} catch {
  // Another copy of the library on the page configured localisation first; share its locale.
}

export function currentLocale(): string {
  return getLocale();
}
