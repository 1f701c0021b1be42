/**
 * Language of parts (WCAG 3.1.2). An element shows two kinds of words: its own
 * (buttons, status, headings it writes), in the interface language, and the
 * course's (titles, prompts, options), in the language the content is written
 * in. The two differ for a Welsh unit on an English page, or an English unit
 * in a Welsh interface, so each part carries its own `lang`: screen readers
 * then speak each in its own voice, and spelling is checked in the language
 * the learner writes in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { currentLocale } from '../locales/localization.js';
import { languageOf } from '../locales/locale-controller.js';

/** The language of the element's own words: the interface locale. */
export function interfaceLang(): string {
  return currentLocale();
}

/** The language of the content an element shows: the nearest `lang` above it (the unit's, the page's); undefined when none is declared. */
export function contentLang(el: Element): string | undefined {
  return languageOf(el) || undefined;
}

/** Stands in for the content part while the interface message is built; never in a translation. */
const SLOT = '\uE000';

/**
 * An interface message with one part of content in it ("Activity 4.2.1: <title>"):
 * the message in the interface language, the part in its own. `message` builds
 * the message around the text it is given, so translations may place the part
 * anywhere.
 */
export function withContentPart(message: (part: string) => string, part: string, lang: string | undefined): TemplateResult {
  const [before = '', after = ''] = message(SLOT).split(SLOT);
  return html`${before}<span lang=${lang ?? nothing}>${part}</span>${after}`;
}
