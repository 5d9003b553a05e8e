/**
 * The command line of a task, read the same way by every task: `node:util`'s `parseArgs`
 * (strict, no positionals, `-h`/`--help` added), the usage text after any mistake, and the
 * required options named when one is missing.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

/** The options of a task, as `parseArgs` takes them. */
export type CommandOptions = NonNullable<ParseArgsConfig["options"]>;

/** The values read for `T`: a string (or strings, for `multiple`) or a boolean, when given. */
export type CommandValues<T extends CommandOptions> = {
  [K in keyof T]?: T[K]["type"] extends "boolean" ? boolean
    : T[K] extends { multiple: true } ? string[]
    : string;
};

/** What {@linkcode readCommandLine} found: the values, or the exit code to stop with. */
export type CommandLine<T extends CommandOptions> =
  | { values: CommandValues<T> }
  | { exit: number };

/**
 * Read `args` against `options`. `--help` prints `usage` and stops with 0; an unknown or
 * malformed option, or a missing one of `required` (checked in order, all named at once),
 * prints the problem and `usage` and stops with 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const lines: string[] = [];
 * const options = { corpus: { type: "string" }, out: { type: "string" } } as const;
 * const read = (args: string[]) => readCommandLine(args, options, "usage: x", ["corpus", "out"], (l) => lines.push(l));
 * assert.deepEqual(read(["--corpus", "c", "--out", "o"]), { values: { corpus: "c", out: "o" } });
 * assert.deepEqual(read(["--corpus", "c"]), { exit: 1 });
 * assert.deepEqual(read(["-h"]), { exit: 0 });
 * assert.deepEqual(lines, ["--out is required\n\nusage: x", "usage: x"]);
 * ```
 */
export function readCommandLine<T extends CommandOptions>(
  args: readonly string[],
  options: T,
  usage: string,
  required: readonly (keyof T & string)[],
  log: (line: string) => void,
): CommandLine<T> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { ...options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    log(`${(error as Error).message}\n\n${usage}`);
    return { exit: 1 };
  }
  if (values.help) {
    log(usage);
    return { exit: 0 };
  }
  const missing = required.filter((name) => {
    const value = values[name];
    return value === undefined || (Array.isArray(value) && value.length === 0);
  });
  if (missing.length > 0) {
    const names = missing.map((m) => `--${m}`);
    const list = names.length === 1
      ? `${names[0]} is`
      : `${names.slice(0, -1).join(", ")} and ${names.at(-1)} are`;
    log(`${list} required\n\n${usage}`);
    return { exit: 1 };
  }
  const { help: _help, ...rest } = values;
  return { values: rest } as CommandLine<T>;
}
