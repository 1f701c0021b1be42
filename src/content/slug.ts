/** Stable anchor ids for headings. */
export class Slugger {
  private readonly used = new Set<string>();
  /** The next number to try for each base, so a run of repeats costs one step each. */
  private readonly next = new Map<string, number>();

  /**
   * Lowercase, every run of characters other than letters and digits becomes
   * one `-`, no `-` at either end; a repeat gets `-2`, `-3` …. Letters of any
   * script count, so Welsh headings (ŵ, â) keep their letters. An id never
   * starts with `ui-`, the elements' own prefix, nor `footnote-`, the
   * footnotes' (a heading "Footnote 1" would take the first note's anchor):
   * such a heading gets `h-` in front.
   */
  slug(text: string): string {
    // Only text beyond ASCII can differ once normalised.
    // Stryker disable next-line ConditionalExpression,Regex: ASCII text is its own NFC form; the test saves the work
    let base = (/[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text).toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'section';
    if (base.startsWith('ui-') || base.startsWith('footnote-')) base = `h-${base}`;
    let id = base;
    if (this.used.has(id)) {
      let n = this.next.get(base) ?? 2;
      while (this.used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      this.next.set(base, n + 1);
    }
    this.used.add(id);
    return id;
  }
}
