/**
 * @lit/localize has no plural forms: pick the message for a number's plural
 * category with Intl.PluralRules. Each category is a whole message, never a
 * sentence built from fragments. Falls back to `other` (Welsh needs zero, one,
 * two, few, many and other; English one and other).
 */
import { currentLocale } from './localization.js';

export type PluralMessages = Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string };

const rules = new Map<string, Intl.PluralRules>();

export function plural(n: number, messages: PluralMessages): string {
  const locale = currentLocale();
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return (messages[rule.select(n)] ?? messages.other)();
}
