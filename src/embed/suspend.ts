/**
 * Suspend data: the learner's answers, compressed, in the one field an LMS keeps
 * for a SCORM package between sessions. No DOM: plain values in, a string out.
 *
 * Format: `lp1:` then base64 of the DEFLATE-compressed JSON
 * `[[key, value, updatedAt], …]`, newest first.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

export const SUSPEND_PREFIX = 'lp1:';

/** The most SCORM 1.2 (`cmi.suspend_data`, CMIString4096) and 2004 (64,000 characters) keep. */
export const SUSPEND_LIMIT = { '1.2': 4096, '2004': 64000 } as const;

export interface SuspendedAnswer {
  key: string;
  value: string;
  updatedAt: string;
}

export interface Packed {
  data: string;
  /** How many answers were left out, the oldest first, to fit within the limit. */
  dropped: number;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function encode(answers: SuspendedAnswer[]): string {
  const json = JSON.stringify(answers.map((a) => [a.key, a.value, a.updatedAt]));
  return SUSPEND_PREFIX + toBase64(deflateSync(strToU8(json), { level: 9 }));
}

/** The answers packed into at most `limit` characters, keeping the newest when not all fit. */
export function packAnswers(answers: SuspendedAnswer[], limit: number): Packed {
  const newest = answers.filter((a) => a.value !== '').sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  const all = encode(newest);
  if (all.length <= limit) return { data: all, dropped: 0 };
  // The longest run of newest answers that fits: compressed size grows with the count.
  let low = 0;
  let high = newest.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (encode(newest.slice(0, mid)).length <= limit) low = mid;
    else high = mid - 1;
  }
  return { data: encode(newest.slice(0, low)), dropped: newest.length - low };
}

/** The answers in suspend data; none when it is empty or not ours. */
export function unpackAnswers(data: string): SuspendedAnswer[] {
  if (!data.startsWith(SUSPEND_PREFIX)) return [];
  try {
    const rows = JSON.parse(strFromU8(inflateSync(fromBase64(data.slice(SUSPEND_PREFIX.length))))) as unknown;
    if (!Array.isArray(rows)) return [];
    return rows
      .filter((r): r is [string, string, string] => Array.isArray(r) && r.length === 3 && r.every((c) => typeof c === 'string'))
      .map(([key, value, updatedAt]) => ({ key, value, updatedAt }));
  } catch {
    return [];
  }
}
