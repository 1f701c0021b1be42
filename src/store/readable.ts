/**
 * The answers as a reader meets them: grouped by activity, a quiz's choice or
 * a tick in words, a rated checklist's counts per level, and the Markdown
 * export. Apart from export.ts so the main bundle, which needs only the JSON
 * backup, does not carry it.
 */
import type { ResponseRecord } from './responses.js';
import { pageOrder } from './export.js';

/**
 * An answer as the learner reads it: for a quiz or a ticked row, the label of
 * each chosen value (several joined by "; "), a value no choice names shown
 * as it is; otherwise the value itself.
 */
export function answerText(r: Pick<ResponseRecord, 'value' | 'choices'>): string {
  if (!r.choices) return r.value;
  const labels = new Map(r.choices.map((c) => [c.value, c.label]));
  // Stryker disable next-line ConditionalExpression: a single value reads the same through the split below (an option's id holds no comma); this only saves the work
  if (labels.has(r.value)) return labels.get(r.value)!;
  return r.value
    .split(',')
    .map((v) => labels.get(v) ?? v)
    .join('; ');
}

/** Answers grouped as a reader meets them: pack, then unit, then activity. */
export interface ActivityGroup {
  pack: string;
  unit: string;
  activity: string;
  title: string;
  responses: ResponseRecord[];
}

export function groupByActivity(records: ResponseRecord[]): ActivityGroup[] {
  const groups: ActivityGroup[] = [];
  for (const r of records.filter((r) => r.value !== '').sort(pageOrder)) {
    const last = groups.at(-1);
    if (last && last.pack === r.pack && last.unit === r.unit && last.activity === r.activity) {
      last.responses.push(r);
      if (r.title && last.title === `Activity ${r.activity}`) last.title = r.title;
    } else {
      groups.push({ pack: r.pack, unit: r.unit, activity: r.activity, title: r.title ?? `Activity ${r.activity}`, responses: [r] });
    }
  }
  return groups;
}

/** How many rated rows sit at one level: the figures of a ratings chart and of its table. */
export interface LevelCount {
  level: string;
  count: number;
}

/**
 * The number of ratings at each level, in the scale's order. A rating that is
 * not a level of the scale (the author renamed a level since) is counted
 * under its own name after the scale's levels, never dropped; unrated rows
 * (empty values) are not counted.
 */
export function levelCounts(scale: readonly string[], values: readonly string[]): LevelCount[] {
  const levels = [...scale];
  for (const v of values) if (v !== '' && !levels.includes(v)) levels.push(v);
  return levels.map((level) => ({ level, count: values.filter((v) => v === level).length }));
}

/** A rated checklist's answers in an activity group: each row with its level, and the counts per level. */
export interface Ratings {
  scale: string[];
  rows: { label: string; level: string }[];
  counts: LevelCount[];
}

/** The ratings among a group's answers (records that carry a scale), or undefined when it has none. */
export function ratingsOf(group: ActivityGroup): Ratings | undefined {
  const rated = group.responses.filter((r) => r.scale);
  if (!rated.length) return undefined;
  // The newest record's scale is the one the learner last saw.
  // Stryker disable next-line EqualityOperator: rows rated at the same moment share one scale
  const scale = rated.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a)).scale!;
  const rows = rated.map((r) => ({ label: r.prompt ?? r.item ?? r.key, level: r.value }));
  return { scale, rows, counts: levelCounts(scale, rows.map((r) => r.level)) };
}

/** Keeps an answer's own text from being read as Markdown structure: each line is quoted. */
function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text safe in a GFM table cell: one line, with backslashes and pipes escaped. */
const cell = (text: string) => oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

function table(head: [string, string], rows: [string, string][]): string[] {
  return [`| ${cell(head[0])} | ${cell(head[1])} |`, '| --- | --- |', ...rows.map(([a, b]) => `| ${cell(a)} | ${cell(b)} |`), ''];
}

/** The words the Markdown export uses around the answers, in the learner's language. */
export interface MarkdownLabels {
  heading: string;
  unit: (pack: string, unit: string) => string;
  /** Column headings of a rated checklist's two tables: row and rating, level and number of rows. */
  row: string;
  rating: string;
  level: string;
  count: string;
}

/**
 * Markdown ready to paste into an assignment: a heading per unit and activity,
 * each answer under its prompt; a rated checklist as a table of each row and
 * its rating, then a table of how many rows sit at each level.
 */
export function toMarkdown(records: ResponseRecord[], labels: MarkdownLabels): string {
  const out: string[] = [`# ${oneLine(labels.heading)}`, ''];
  // Stryker disable next-line StringLiteral: no unit is named by this, whatever it is: the first group always starts a unit
  let unit = '';
  for (const g of groupByActivity(records)) {
    const u = `${g.pack}/${g.unit}`;
    if (u !== unit) {
      unit = u;
      out.push(`## ${oneLine(labels.unit(g.pack, g.unit))}`, '');
    }
    out.push(`### ${oneLine(g.title)}`, '');
    const ratings = ratingsOf(g);
    if (ratings) {
      out.push(...table([labels.row, labels.rating], ratings.rows.map((r) => [r.label, r.level])));
      out.push(...table([labels.level, labels.count], ratings.counts.map((c) => [c.level, String(c.count)])));
    }
    for (const r of g.responses.filter((r) => !r.scale)) {
      if (r.prompt) out.push(`**${oneLine(r.prompt)}**`, '');
      out.push(quote(answerText(r)), '');
    }
  }
  return out.join('\n');
}
