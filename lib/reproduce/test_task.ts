/**
 * `deno task test` and `deno task unit`: the project's checks, one after the other, stopping
 * at the first that fails (its exit code is the task's).
 *
 * - `test`: set-up (Jupyter and the kernel), format, lint, type check, unit tests (with the
 *   doc examples), and the regeneration of `outputs/` compared byte for byte.
 * - `unit`: the unit tests only; paths or `deno test` options after it narrow them
 *   (`npx deno task unit lib/io`, `npx deno task unit --filter manifest`).
 *
 * @module
 */

/** The steps of `deno task test`, as arguments of the project's Deno. */
export const TEST_STEPS: readonly (readonly string[])[] = [
  ["run", "-A", "lib/reproduce/setup.ts"],
  ["fmt", "--check"],
  ["lint"],
  ["check", "lib/"],
  ["test", "-A", "--doc", "lib/"],
  ["run", "-A", "lib/reproduce/main.ts", "--check"],
];

/** The usage text of `deno task test`. */
export const TEST_USAGE = `usage: npx deno task test

Runs every check of the project, stopping at the first that fails: Jupyter set-up, deno fmt
--check, deno lint, deno check, the unit tests with the examples in doc comments, and a full
regeneration of outputs/ compared byte for byte with what is committed (writes nothing).

  -h, --help   this text

example:
  npm ci && npm test
`;

/** The usage text of `deno task unit`. */
export const UNIT_USAGE = `usage: npx deno task unit [PATH ...] [deno test options]

Runs the unit tests and the examples in doc comments (all of lib/ by default).

  PATH         only the tests in these files or folders
  --filter F   only the tests whose name contains F (any \`deno test\` option is passed on)
  -h, --help   this text

example:
  npx deno task unit lib/io --filter csv
`;

/**
 * The `deno test` arguments of `deno task unit` with `args` given.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(unitArgs([]), ["test", "-A", "--doc", "lib/"]);
 * assert.deepEqual(unitArgs(["lib/io", "--filter", "csv"]), ["test", "-A", "--doc", "lib/io", "--filter", "csv"]);
 * assert.deepEqual(unitArgs(["--filter", "csv"]), ["test", "-A", "--doc", "--filter", "csv", "lib/"]);
 * ```
 */
export function unitArgs(args: readonly string[]): string[] {
  const paths = args.filter((a, i) => !a.startsWith("-") && !args[i - 1]?.startsWith("--filter"));
  return ["test", "-A", "--doc", ...args, ...(paths.length === 0 ? ["lib/"] : [])];
}

async function run(args: readonly string[]): Promise<number> {
  const status = await new Deno.Command(Deno.execPath(), { args: [...args] }).spawn().status;
  return status.code;
}

if (import.meta.main) {
  const unit = Deno.args[0] === "--unit";
  const args = unit ? Deno.args.slice(1) : Deno.args;
  if (args.includes("--help") || args.includes("-h")) {
    console.log(unit ? UNIT_USAGE : TEST_USAGE);
    Deno.exit(0);
  }
  if (unit) Deno.exit(await run(unitArgs(args)));
  if (args.length > 0) {
    console.error(`deno task test takes no arguments (got ${args.join(" ")})\n\n${TEST_USAGE}`);
    Deno.exit(1);
  }
  for (const step of TEST_STEPS) {
    const code = await run(step);
    if (code !== 0) Deno.exit(code);
  }
}
