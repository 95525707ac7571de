// Every `pnpm run <command>` reads its flags here: node:util parseArgs in strict mode, `--help`,
// and exit code 2 (a usage error, as POSIX tools use it) naming the flag and the valid ones.
import { parseArgs } from 'node:util';

/** One flag a command accepts: a switch (`--force`) or an option with a value (`--out dir`). */
export interface FlagSpec {
  /** `boolean` for a switch, `string` for a flag that takes a value. */
  type: 'boolean' | 'string';
  /** One line for `--help`. */
  description: string;
  /** A one-letter alias (`-f`). */
  short?: string;
}

/** What a command accepts, for parsing and for its `--help` text. */
export interface CommandSpec<Flags extends Record<string, FlagSpec>> {
  /** How to call it, e.g. `pnpm run pipeline [--force] [--allow-drop] [--verbose]`. */
  usage: string;
  /** What the command does, in a sentence or two. */
  summary: string;
  /** The flags, by long name without the dashes. */
  flags: Flags;
  /** Positional arguments, by name (`<file>` required, `[out]` optional); none when omitted. */
  positionals?: readonly string[];
}

/** The parsed flags: switches as booleans (false when absent), values as strings or undefined. */
export type FlagValues<Flags extends Record<string, FlagSpec>> = {
  [Name in keyof Flags]: Flags[Name]['type'] extends 'boolean' ? boolean : string | undefined;
};

/** The outcome of reading a command line: flags to run with, help to print, or a usage error. */
export type CommandLine<Flags extends Record<string, FlagSpec>> =
  | { kind: 'run'; flags: FlagValues<Flags>; positionals: string[] }
  | { kind: 'help'; text: string }
  | { kind: 'error'; message: string };

const HELP: FlagSpec = { type: 'boolean', short: 'h', description: 'Print this help and exit.' };

/** The `--help` text: usage, summary and one line per flag. */
export function helpText<Flags extends Record<string, FlagSpec>>(spec: CommandSpec<Flags>): string {
  const flags = Object.entries({ ...spec.flags, help: HELP }).map(([name, flag]) => {
    const label = `${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.type === 'string' ? ' <value>' : ''}`;
    return `  ${label.padEnd(24)} ${flag.description}`;
  });
  return `Usage: ${spec.usage}\n\n${spec.summary}\n\nOptions:\n${flags.join('\n')}`;
}

/** Why parseArgs refused `args`, naming the flag and listing the valid ones. */
function usageError(spec: CommandSpec<Record<string, FlagSpec>>, error: Error): string {
  const valid = [...Object.keys(spec.flags), 'help'].map((name) => `--${name}`).join(', ');
  const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
  const reason = unknown ? `Unknown option '${unknown}'.` : error.message;
  return `${reason}\nValid options: ${valid}.\nUsage: ${spec.usage}  (--help for details)`;
}

/** Parses `args` against `spec` without printing or exiting, so it can be tested. */
export function readCommandLine<Flags extends Record<string, FlagSpec>>(
  spec: CommandSpec<Flags>,
  args: string[],
): CommandLine<Flags> {
  const maxPositionals = spec.positionals?.length ?? 0;
  const required = spec.positionals?.filter((name) => name.startsWith('<')) ?? [];
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: { ...spec.flags, help: HELP },
      strict: true,
      allowPositionals: maxPositionals > 0,
    });
  } catch (error) {
    if (!(error instanceof Error) || !('code' in error)) throw error;
    return { kind: 'error', message: usageError(spec, error) };
  }
  if (parsed.values.help) return { kind: 'help', text: helpText(spec) };
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals.slice(maxPositionals).join(' ');
    return { kind: 'error', message: `Unexpected argument: ${extra}\nUsage: ${spec.usage}` };
  }
  if (parsed.positionals.length < required.length) {
    const missing = required.slice(parsed.positionals.length).join(' ');
    return { kind: 'error', message: `Missing ${missing}.\nUsage: ${spec.usage}  (--help for details)` };
  }
  const flags: Record<string, boolean | string | undefined> = {};
  for (const [name, flag] of Object.entries(spec.flags)) {
    const value = parsed.values[name];
    flags[name] = flag.type === 'boolean' ? value === true : typeof value === 'string' ? value : undefined;
  }
  return { kind: 'run', flags: flags as FlagValues<Flags>, positionals: parsed.positionals };
}

/**
 * Reads this process's command line against `spec`: prints help and exits 0 on `--help`, prints the
 * problem and exits 2 on a usage error, and otherwise returns the flags and positionals.
 */
export function parseCommandLine<Flags extends Record<string, FlagSpec>>(
  spec: CommandSpec<Flags>,
  args: string[] = process.argv.slice(2),
): { flags: FlagValues<Flags>; positionals: string[] } {
  // `pnpm run x -- --flag` hands the script a leading `--`; it separates nothing here.
  const line = readCommandLine(spec, args[0] === '--' ? args.slice(1) : args);
  if (line.kind === 'help') {
    console.log(line.text);
    process.exit(0);
  }
  if (line.kind === 'error') {
    console.error(line.message);
    process.exit(2);
  }
  return line;
}
