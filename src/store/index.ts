/**
 * `learning-pack/store`: the learner's saved responses (SPEC §5), as the
 * elements keep them in IndexedDB, for pages that read, export or import them
 * themselves. No DOM and no lit: only IndexedDB, localStorage and BroadcastChannel.
 */
export {
  DEFAULT_NAMESPACE,
  SCHEMA_VERSION,
  ResponseStore,
  responseStore,
  getResponse,
  setResponse,
  deleteResponse,
  listResponses,
} from './responses.js';
export type { ResponseRecord, ResponseMeta, Choice } from './responses.js';
export { responseKey, parseKey, isKeyPart, KeyError } from './keys.js';
export type { KeyParts } from './keys.js';
export { EXPORT_FORMAT, EXPORT_VERSION, toExportFile } from './export.js';
export { toMarkdown, answerText } from './readable.js';
export type { ExportEntry, ExportFile } from './export.js';
export { parseImport, mergeResponses } from './import.js';
export type { ImportProblem, ImportProblemCode, ParsedImport, MergeCounts } from './import.js';
export { subscribe } from './sync.js';
export type { ChangeMessage } from './sync.js';
