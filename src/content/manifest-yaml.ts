/**
 * Reads `pack.yaml` text into plain data for `toManifest`. Part of the compiler
 * chunk, which a YAML pack's Markdown units need anyway; it imports nothing from
 * the main bundle, so the bundle stays one file.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

export function parseManifestYaml(text: string): unknown {
  if (text.length > 256 * 1024) throw new Error('pack.yaml is larger than 256 KB');
  try {
    return load(text, { schema: CORE_SCHEMA, json: true });
  } catch (e) {
    throw new Error(`pack.yaml is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}
