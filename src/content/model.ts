/**
 * The compiled unit: what the compiler produces from Markdown and what the
 * elements render. Plain data, safe to serialise as JSON (a compiled pack).
 *
 * HTML strings here are the compiler's output from author Markdown. They are
 * untrusted: elements pass every one through DOMPurify before it reaches the DOM.
 */

/** Front matter of a unit (SPEC §1). */
export interface UnitMeta {
  id: string;
  number: string;
  title: string;
  lang: string;
  summary?: string;
  /** Minutes. */
  duration?: number;
  objectives?: string[];
  /** Set on a language variant of a unit: the file it translates, and how far the translation has got (e.g. awaiting-review). */
  translation?: { of: string; status: string; note?: string };
}

/** A heading in the unit, with a stable anchor id. */
export interface Heading {
  id: string;
  depth: number;
  text: string;
}

/** One answer box of a reflection. */
export interface Prompt {
  id: string;
  /** The prompt as HTML (inline Markdown rendered). */
  html: string;
  /** The prompt as plain text, for labels in exports and errors. */
  text: string;
  minWords?: number;
  maxWords?: number;
}

/** Rendered Markdown between activities, callouts included. */
export interface HtmlBlock {
  type: 'html';
  html: string;
}

/** `:::reflection{#id title="…" required}` … `:::` (SPEC §2). */
export interface ReflectionBlock {
  type: 'reflection';
  id: string;
  title?: string;
  required: boolean;
  /** The Markdown before and between prompts, rendered. */
  introHtml: string;
  /** Empty when the activity has one answer box for the whole activity. */
  prompts: Prompt[];
  line: number;
  /** The id of the level-2 heading the activity sits under; absent before the first. */
  section?: string;
}

/** One row of a checklist: a bullet of its list. */
export interface ChecklistRow {
  /** "1", "2" … by position. */
  id: string;
  html: string;
  text: string;
}

/** `:::checklist{#id title="…" scale="A|B|C" notes}` … `:::` (SPEC §2). */
export interface ChecklistBlock {
  type: 'checklist';
  id: string;
  title?: string;
  required: boolean;
  /** The Markdown around the list, rendered. */
  introHtml: string;
  /** The levels each row is rated on (at least two); absent when rows are ticked. */
  scale?: string[];
  /** Whether each row has a short note box. */
  notes: boolean;
  rows: ChecklistRow[];
  line: number;
  section?: string;
}

/** One answer of a quiz: an item of its task list. */
export interface QuizOption {
  /** "a", "b" … by position. */
  id: string;
  html: string;
  text: string;
  correct: boolean;
}

/** `:::quiz{#id title="…"}` … `:::` (SPEC §2). */
export interface QuizBlock {
  type: 'quiz';
  id: string;
  title?: string;
  required: boolean;
  /** The question: the Markdown around the options, rendered. */
  stemHtml: string;
  /** More than one right answer: choose all that apply. */
  multiple: boolean;
  options: QuizOption[];
  feedbackHtml?: string;
  line: number;
  section?: string;
}

export type ActivityBlock = ReflectionBlock | ChecklistBlock | QuizBlock;

/** A block the compiler could not build; shown in place as an error box. */
export interface ErrorBlock {
  type: 'error';
  code: string;
  message: string;
  line: number;
  column: number;
}

export type Block = HtmlBlock | ActivityBlock | ErrorBlock;

export interface Unit {
  meta: UnitMeta;
  headings: Heading[];
  blocks: Block[];
}

/** One problem an author gets: `FILE:LINE:COLUMN severity CODE message` (SPEC §3). */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

export interface CompileResult {
  /** Absent when the unit cannot be rendered at all (e.g. no valid front matter). */
  unit?: Unit;
  diagnostics: Diagnostic[];
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
}
