/**
 * The compiled checklist and quiz blocks the elements render (the activity
 * model shared with the compiler). Plain data from compiled JSON: every HTML
 * string is untrusted author output and goes through the sanitiser.
 */

/** One row of a checklist: a bullet of the directive's list. */
export interface ChecklistRow {
  /** "1", "2"… by position. */
  id: string;
  html: string;
  text: string;
}

/** `:::checklist{#id title="…" scale="A|B|C" notes}` then a bullet list (SPEC §2). */
export interface ChecklistBlock {
  type: 'checklist';
  id: string;
  title?: string;
  required: boolean;
  introHtml: string;
  /** The levels each row is rated on, lowest first; absent for a tick list. At least two. */
  scale?: string[];
  /** A short note box per row. */
  notes: boolean;
  rows: ChecklistRow[];
  line: number;
  section?: string;
}

/** One answer of a quiz: an item of the task list. */
export interface QuizOption {
  /** "a", "b"… by position. */
  id: string;
  html: string;
  text: string;
  correct: boolean;
}

/** `:::quiz{#id title="…"}`: a stem, a task list of options and an optional `::feedback[…]` (SPEC §2). */
export interface QuizBlock {
  type: 'quiz';
  id: string;
  title?: string;
  required: boolean;
  stemHtml: string;
  /** More than one right answer: choose all that apply. */
  multiple: boolean;
  options: QuizOption[];
  feedbackHtml?: string;
  line: number;
  section?: string;
}
