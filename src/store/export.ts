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
      .map(({ key, value, updatedAt, title, prompt, order }) => {
        const entry: ExportEntry = { key, value, updatedAt };
        if (title !== undefined) entry.title = title;
        if (prompt !== undefined) entry.prompt = prompt;
        if (order !== undefined) entry.order = order;
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

/** Keeps an answer's own text from being read as Markdown structure: each line is quoted. */
function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Markdown ready to paste into an assignment: a heading per unit and activity, each answer under its prompt. */
export function toMarkdown(records: ResponseRecord[], labels: { heading: string; unit: (pack: string, unit: string) => string }): string {
  const out: string[] = [`# ${oneLine(labels.heading)}`, ''];
  let unit = '';
  for (const g of groupByActivity(records)) {
    const u = `${g.pack}/${g.unit}`;
    if (u !== unit) {
      unit = u;
      out.push(`## ${oneLine(labels.unit(g.pack, g.unit))}`, '');
    }
    out.push(`### ${oneLine(g.title)}`, '');
    for (const r of g.responses) {
      if (r.prompt) out.push(`**${oneLine(r.prompt)}**`, '');
      out.push(quote(r.value), '');
    }
  }
  return out.join('\n');
}
