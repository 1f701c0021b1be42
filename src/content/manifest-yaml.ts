/** `pack.yaml` → manifest, with js-yaml: loaded only for packs given as YAML. */
import { CORE_SCHEMA, load } from 'js-yaml';
import { ManifestError, toManifest, type PackManifest } from './manifest.js';

/** Reads `pack.yaml` text. */
export function parseManifestYaml(text: string): PackManifest {
  if (text.length > 256 * 1024) throw new ManifestError('pack.yaml is larger than 256 KB');
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, json: true });
  } catch (e) {
    throw new ManifestError(`pack.yaml is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  return toManifest(data);
}
