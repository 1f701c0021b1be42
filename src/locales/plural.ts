/**
 * @lit/localize has no plural forms: pick the message for a number's plural
 * category with Intl.PluralRules. Each category is a whole message, never a
 * sentence built from fragments. Falls back to `other` (Welsh needs zero, one,
 * two, few, many and other; English one and other).
 */
import { currentLocale } from './localization.js';

export type PluralMessages = Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string };

const rules = new Map<string, Intl.PluralRules>();

/** English's rule (CLDR: "one" for the integer 1), without the cost of Intl's first use on a page. */
const english = { select: (n: number): Intl.LDMLPluralRule => (n === 1 ? 'one' : 'other') };

export function plural(n: number, messages: PluralMessages): string {
  const locale = currentLocale();
  let rule: Pick<Intl.PluralRules, 'select'> | undefined = locale === 'en' ? english : rules.get(locale);
  if (!rule) {
    const made = new Intl.PluralRules(locale);
    rules.set(locale, made);
    rule = made;
  }
  return (messages[rule.select(n)] ?? messages.other)();
}
