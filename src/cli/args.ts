/** Argument parsing shared by the commands: node's own `util.parseArgs`, with one-line errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Bad arguments: the command prints the message on one line and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` for `command`; every command also takes `--help`. */
export function parse<O extends Options>(command: string, argv: string[], options: O, positionals: { min: number; max: number }): {
  values: { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean };
  positionals: string[];
  help: boolean;
} {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${oneLine(error)} (see learning-pack ${command} --help)`);
  }
  const help = parsed.values['help'] === true;
  if (!help && parsed.positionals.length < positionals.min) {
    throw new UsageError(`${command} needs ${positionals.min === 1 ? 'an argument' : `${positionals.min} arguments`} (see learning-pack ${command} --help)`);
  }
  if (!help && parsed.positionals.length > positionals.max) {
    throw new UsageError(`unexpected argument "${parsed.positionals[positionals.max]}" (see learning-pack ${command} --help)`);
  }
  return { values: parsed.values as { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean }, positionals: parsed.positionals, help };
}

/** parseArgs messages run over several lines and name internals; keep the first sentence. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
  return first.replace(/^Unknown option '([^']+)'.*$/, 'unknown option $1').replace(/^Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument missing$/, 'option $1 needs a value');
}

/** A whole number in range, for options such as `--port`. */
export function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}
