/**
 * A unit's language variants (docs/authoring.md): `NAME.cy.md` beside the
 * listed `NAME.md` (or `NAME.cy.json` beside a compiled `NAME.json`), with the
 * unit's id and the same activity and prompt ids, so a learner's answers are
 * the same answers in either language.
 */
import type { Unit } from '../content/model.js';
import { loadUnit, type LoadedUnit } from './load.js';

/** The primary language subtag, lower case: `cy-GB` → `cy`; '' for none. */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The address of a unit's variant in `lang`: `…/4.2-x.md` → `…/4.2-x.cy.md`; undefined for a file that is not a unit. */
export function variantSrc(src: string, lang: string): string | undefined {
  if (!/^[a-z]{2,3}$/.test(lang)) return undefined;
  const url = new URL(src, document.baseURI);
  const match = /^(.*\/)?([^/]+?)\.(md|json)$/i.exec(url.pathname);
  if (!match) return undefined;
  url.pathname = `${match[1] ?? ''}${match[2]}.${lang}.${match[3]}`;
  return url.href;
}

/** The unit to show: `src` itself or its variant. */
export interface UnitInLanguage extends LoadedUnit {
  src: string;
}

/**
 * Loads the unit at `src`, in `lang` when it has a variant in that language
 * and is not written in it already (`packLang`, the pack's language, is the
 * guess made before the unit arrives). A missing variant, one that cannot be
 * read, or one with another id (whose answers would be kept apart from the
 * unit's) leaves the unit as it is.
 */
export async function loadUnitIn(src: string, lang: string, packLang: string, signal?: AbortSignal): Promise<UnitInLanguage> {
  const wanted = primaryLanguage(lang);
  const other = wanted && wanted !== primaryLanguage(packLang) ? variantSrc(src, wanted) : undefined;
  // Both at once: a variant that is not there costs no extra round trip.
  const variant = other ? loadUnit(other, signal).catch(() => undefined) : undefined;
  const unit = await loadUnit(src, signal);
  const found = await variant;
  if (other && found && primaryLanguage(unit.unit.meta.lang) !== wanted && sameUnit(found.unit, unit.unit)) return { ...found, src: other };
  return { ...unit, src };
}

function sameUnit(variant: Unit, unit: Unit): boolean {
  return variant.meta.id === unit.meta.id;
}
