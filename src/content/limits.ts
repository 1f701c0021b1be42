/**
 * What one unit may hold. No real unit comes near these; they keep a careless
 * or hostile unit from freezing the learner's tab or overflowing the stack.
 * Each one crossed is an author error (LP015) at the line where it happens.
 */

/** Characters in the whole unit file (about 2 MB of text). */
export const MAX_UNIT_CHARS = 2_000_000;
/** Characters between the two `---` lines of the front matter. */
export const MAX_FRONT_MATTER_CHARS = 16_000;
/** Blocks inside blocks: quotes, list items and directives, counted together. */
export const MAX_NESTING = 32;
/** Headings in one unit. */
export const MAX_HEADINGS = 2_000;
/** Activities in one unit. */
export const MAX_ACTIVITIES = 500;
