/** The export file of SPEC §5, also the import format. */
import type { ResponseRecord } from './responses.js';

export const EXPORT_FORMAT = 'learning-pack/responses';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  responses: { key: string; value: string; updatedAt: string }[];
}

export function toExportFile(records: ResponseRecord[], now = new Date()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    responses: records
      .filter((r) => r.value !== '')
      .sort((a, b) => a.key.localeCompare(b.key))
      .map(({ key, value, updatedAt }) => ({ key, value, updatedAt })),
  };
}
