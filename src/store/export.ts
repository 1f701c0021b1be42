/**
 * The export file of SPEC §5 (also the import format), and the readable
 * exports. Every export lists answers in page order (pack, unit, activity by
 * number, then prompt position) and carries each activity's title and prompt.
 */
import type { ResponseRecord } from './responses.js';

export const EXPORT_FORMAT = 'learning-pack/responses';
export const EXPORT_VERSION = 1;

export interface ExportEntry {
  key: string;
  value: string;
  updatedAt: string;
  title?: string;
  prompt?: string;
  order?: number;
  scale?: string[];
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  responses: ExportEntry[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Compares ids with numbers in them by value: 4.2.2 before 4.2.10. */
function compareNumbered(a: string, b: string): number {
  const x = a.split(/(\d+)/);
  const y = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    // Odd positions are the digit runs.
    return i % 2 === 1 ? Number(x[i]) - Number(y[i]) || cmp(x[i], y[i]) : cmp(x[i], y[i]);
  }
  return x.length - y.length;
}

/** Page order: pack, unit, activity by number (4.2.2 before 4.2.10), prompt position, then key. */
export function pageOrder(a: ResponseRecord, b: ResponseRecord): number {
  return (
    cmp(a.pack, b.pack) ||
    cmp(a.unit, b.unit) ||
    (a.activity === b.activity ? 0 : compareNumbered(a.activity, b.activity)) ||
    (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
    cmp(a.key, b.key)
  );
}

export function toExportFile(records: ResponseRecord[], now = new Date()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    responses: records
      .filter((r) => r.value !== '')
      .sort(pageOrder)
      .map(({ key, value, updatedAt, title, prompt, order, scale }) => {
        const entry: ExportEntry = { key, value, updatedAt };
        if (title !== undefined) entry.title = title;
        if (prompt !== undefined) entry.prompt = prompt;
        if (order !== undefined) entry.order = order;
        if (scale !== undefined) entry.scale = scale;
        return entry;
      }),
  };
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
      out.push(quote(r.value), '');
    }
  }
  return out.join('\n');
}
