/** Stable anchor ids for headings. */
export class Slugger {
  private readonly used = new Set<string>();

  /**
   * Lowercase, every run of characters other than letters and digits becomes
   * one `-`, no `-` at either end; a repeat gets `-2`, `-3` …. Letters of any
   * script count, so Welsh headings (ŵ, â) keep their letters.
   */
  slug(text: string): string {
    const base = text.normalize('NFC').toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'section';
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
