/**
 * The message a framed page sends its parent when its height changes:
 * `{ type: 'learning-pack:height', version: 1, height }`, height in CSS pixels.
 */
export const HEIGHT_MESSAGE = 'learning-pack:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  version: 1;
  height: number;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  const m = data as HeightMessage | null;
  return !!m && typeof m === 'object' && m.type === HEIGHT_MESSAGE && m.version === 1 && typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0;
}
