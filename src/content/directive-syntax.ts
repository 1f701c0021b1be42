/**
 * The generic directive line of SPEC §2: `:::name[label]{attributes}` and
 * `::name[label]{attributes}`. Only this one line is parsed here; the
 * Markdown around and inside directives is marked's job.
 */

/** One attribute; `#x` has the key `id` and `.x` the key `class`. */
export interface Attribute {
  key: string;
  /** `true` for a bare key. */
  value: string | true;
  /** Where the attribute starts, counted from the directive's first colon. */
  index: number;
}

export interface DirectiveLine {
  colons: number;
  name: string;
  /** The raw Markdown between `[` and `]`, if any. */
  label?: string;
  attributes: Attribute[];
  /** The first thing that could not be read; what was read before it is kept. */
  syntaxError?: { message: string; index: number };
}

const HEAD = /^(:{2,})([A-Za-z][\w-]*)(?=[[{ \t]|$)/;

/**
 * Reads a directive line that starts at its first colon (indentation and the
 * newline already removed). Undefined when the line is not a directive at all.
 */
export function parseDirectiveLine(line: string): DirectiveLine | undefined {
  const head = HEAD.exec(line);
  if (!head) return undefined;
  const result: DirectiveLine = { colons: head[1]!.length, name: head[2]!, attributes: [] };
  let i = head[0].length;
  if (line[i] === '[') {
    const end = scanLabel(line, i);
    if (end === -1) return withError(result, 'the [ of the label has no closing ]', i);
    result.label = line.slice(i + 1, end);
    i = end + 1;
  }
  if (line[i] === '{') {
    const scan = scanAttributes(line, i + 1);
    result.attributes = scan.attributes;
    if (scan.error) return withError(result, scan.error.message, scan.error.index);
    i = scan.end;
  }
  const rest = line.slice(i);
  if (rest.trim()) return withError(result, `unexpected text after the directive: "${rest.trim()}"`, i + rest.search(/\S/));
  return result;
}

function withError(result: DirectiveLine, message: string, index: number): DirectiveLine {
  result.syntaxError = { message, index };
  return result;
}

/** Index of the `]` matching the `[` at `start`, allowing nested brackets and `\]`. */
function scanLabel(line: string, start: number): number {
  let depth = 0;
  for (let i = start; i < line.length; i++) {
    const char = line[i];
    if (char === '\\') i++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return i;
  }
  return -1;
}

interface AttributeScan {
  attributes: Attribute[];
  /** Index just after the closing `}`. */
  end: number;
  error?: { message: string; index: number };
}

const KEY = /[A-Za-z_][\w-]*/y;
const UNQUOTED = /[^\s}]*/y;

/** Reads attributes from just after `{` to the matching `}`. */
export function scanAttributes(line: string, from: number): AttributeScan {
  const attributes: Attribute[] = [];
  let i = from;
  const fail = (message: string, index: number): AttributeScan => ({ attributes, end: index, error: { message, index } });
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    const char = line[i];
    if (char === undefined) return fail('the { of the attributes has no closing }', from - 1);
    if (char === '}') return { attributes, end: i + 1 };
    if (char === '#' || char === '.') {
      const value = readUnquoted(line, i + 1);
      if (!value) return fail(`"${char}" must be followed by ${char === '#' ? 'an id' : 'a class name'}`, i);
      attributes.push({ key: char === '#' ? 'id' : 'class', value, index: i });
      i += 1 + value.length;
      continue;
    }
    KEY.lastIndex = i;
    const key = KEY.exec(line)?.[0];
    if (!key) return fail(`unexpected "${char}" in the attributes`, i);
    const start = i;
    i += key.length;
    if (line[i] !== '=') {
      attributes.push({ key, value: true, index: start });
      continue;
    }
    const value = readValue(line, i + 1);
    if ('error' in value) return fail(value.error, i + 1);
    attributes.push({ key, value: value.text, index: start });
    i = value.end;
  }
}

function readUnquoted(line: string, at: number): string {
  UNQUOTED.lastIndex = at;
  return UNQUOTED.exec(line)?.[0] ?? '';
}

/** A value after `=`: `"…"`, `'…'` or a run up to the next space or `}`. */
function readValue(line: string, at: number): { text: string; end: number } | { error: string } {
  const quote = line[at];
  if (quote === '"' || quote === "'") {
    const close = line.indexOf(quote, at + 1);
    if (close === -1) return { error: `the ${quote} that starts this value is never closed` };
    return { text: line.slice(at + 1, close), end: close + 1 };
  }
  const text = readUnquoted(line, at);
  if (!text) return { error: 'a value must follow "="' };
  return { text, end: at + text.length };
}
