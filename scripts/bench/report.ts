/** One figure of the bench, beside its floor, as printed and as written to bench/results.json. */
export interface Row {
  section: string;
  name: string;
  /** Our figure, in `unit`. */
  value: number | null;
  unit: string;
  floor?: number | null;
  floorName?: string;
  /** value ÷ floor (or, for throughput, floor's time ÷ … as stated in `ratioNote`). */
  ratio?: number | null;
  /** Budget as text, e.g. "≤ 1.5 × marked". */
  budget?: string;
  pass?: boolean;
  note?: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export function fmt(x: number | null | undefined, unit = ''): string {
  if (x === null || x === undefined || Number.isNaN(x)) return 'n/a';
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2;
  return `${x.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

/** A Markdown table: what docs/performance.md holds and what the bench prints. */
export function table(rows: Row[]): string {
  const head = ['section', 'measure', 'ours', 'floor', 'ratio', 'budget', ''];
  const body = rows.map((r) => [
    r.section,
    r.name + (r.note ? ` (${r.note})` : ''),
    fmt(r.value, r.unit),
    r.floor === undefined ? '' : `${fmt(r.floor, r.unit)}${r.floorName ? ` ${r.floorName}` : ''}`,
    r.ratio === undefined ? '' : r.ratio === null ? 'n/a' : `${r.ratio.toFixed(2)} ×`,
    r.budget ?? '',
    r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Times `fn` in ms. */
export function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
