/**
 * Registers a custom element unless the tag is already taken, so that two
 * copies of the library on one page (a VLE theme and a course page, say)
 * do not throw. Warns when the existing definition is another class.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(`learning-pack: <${tag}> is already defined by another copy of the library; keeping the first.`);
  }
}
