/**
 * The export file of SPEC §5 (also the import format), and the page order
 * every export lists answers in (pack, unit, activity by number, then prompt
 * position). The readable exports are in readable.ts, loaded with the
 * portfolio and the checklist only.
 */
import type { Choice, ResponseRecord } from './responses.js';

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
  choices?: Choice[];
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
    // Stryker disable next-line ConditionalExpression: a run without digits reads as NaN (0 when empty), so the comparison falls through to cmp, or has its sign
    return i % 2 === 1 ? Number(x[i]) - Number(y[i]) || cmp(x[i], y[i]) : cmp(x[i], y[i]);
  }
  return x.length - y.length;
}

/** Page order: pack, unit, activity by number (4.2.2 before 4.2.10), prompt position, then key. */
export function pageOrder(a: ResponseRecord, b: ResponseRecord): number {
  return (
    cmp(a.pack, b.pack) ||
    cmp(a.unit, b.unit) ||
    // Stryker disable next-line ConditionalExpression: compareNumbered gives 0 for equal ids too; this only saves splitting them
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
      .map(({ key, value, updatedAt, title, prompt, order, scale, choices }) => {
        const entry: ExportEntry = { key, value, updatedAt };
        if (title !== undefined) entry.title = title;
        if (prompt !== undefined) entry.prompt = prompt;
        if (order !== undefined) entry.order = order;
        if (scale !== undefined) entry.scale = scale;
        if (choices !== undefined) entry.choices = choices;
        return entry;
      }),
  };
}
