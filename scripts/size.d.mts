export interface FileCheck {
  file: string;
  name: string;
  raw: number;
  gzip: number;
  budgetKB?: number;
  problems: string[];
}
export function gzipSize(code: Buffer | string): number;
export function chunkName(file: string): string;
export function checkBuild(dir: string, budgets: Record<string, number>): FileCheck[];
export function readBudgets(file?: string): { gzipKB: Record<string, number>; timing: Record<string, number> };
