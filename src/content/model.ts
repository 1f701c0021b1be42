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

/** Rendered Markdown between directives. */
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

/** `:::note`, `:::tip`, `:::important`, `:::warning`, `:::quote{cite="…"}`. */
export interface CalloutBlock {
  type: 'callout';
  kind: 'note' | 'tip' | 'important' | 'warning' | 'quote';
  title?: string;
  cite?: string;
  html: string;
}

/** A block the compiler could not build; shown in place as an error box. */
export interface ErrorBlock {
  type: 'error';
  code: string;
  message: string;
  line: number;
  column: number;
}

export type Block = HtmlBlock | ReflectionBlock | CalloutBlock | ErrorBlock;

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
