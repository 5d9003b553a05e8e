/**
 * Test support for the hostile-input suite: run a task of `deno.json` as a user would (its own
 * process, from the project folder, the command line of the task), and a scratch world to
 * point it at.
 *
 * @module
 */
import { join } from "node:path";
import denoJson from "../../deno.json" with { type: "json" };
import { PROJECT_ROOT } from "../io/result_folder.ts";

/** What a task printed and how it ended. */
export interface TaskResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run `deno task NAME ARGS...` the way `deno task` does (the task's command line from
 * `deno.json`, in the project folder), without the `Task ...` line `deno task` prints, so
 * that the output can be compared exactly. `env` is added to the environment.
 */
export async function runTask(
  name: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<TaskResult> {
  const line = (denoJson.tasks as Record<string, string>)[name];
  if (line === undefined || line.includes("&&")) throw new Error(`runTask: no simple task ${name}`);
  const [command, ...taskArgs] = line.split(/\s+/);
  const denoDir = Deno.env.get("DENO_DIR") ??
    join(Deno.env.get("XDG_CACHE_HOME") ?? join(Deno.env.get("HOME") ?? "/root", ".cache"), "deno");
  const output = await new Deno.Command(join(PROJECT_ROOT, command), {
    args: [...taskArgs, ...args],
    cwd: PROJECT_ROOT,
    env: { DENO_DIR: denoDir, NO_COLOR: "1", ...env },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  return {
    code: output.code,
    stdout: decoder.decode(output.stdout),
    stderr: decoder.decode(output.stderr),
  };
}

/** A scratch world: a corpus of two municipal plans, a thesis folder, a home folder. */
export interface ScratchWorld {
  base: string;
  corpus: string;
  thesis: string;
  home: string;
}

/** Make a {@linkcode ScratchWorld} in a new temporary folder (the caller removes `base`). */
export async function scratchWorld(): Promise<ScratchWorld> {
  const base = await Deno.makeTempDir({ prefix: "sturingstaal-hostile-" });
  const corpus = join(base, "plans");
  const thesis = join(base, "thesis");
  const home = join(base, "home", "user");
  for (const dir of [corpus, join(thesis, "chapters"), home]) {
    await Deno.mkdir(dir, { recursive: true });
  }
  await Deno.writeTextFile(
    join(corpus, "Zwolle.txt"),
    "De gemeente stuurt op resultaat en regels. Inwoners doen mee in de wijk.\n",
  );
  await Deno.writeTextFile(
    join(corpus, "Oss.txt"),
    "Samenwerking met partners en eigen kracht van inwoners staan voorop.\n",
  );
  await Deno.writeTextFile(join(thesis, "chapters", "1.tex"), "\\chapter{Inleiding}\n");
  await Deno.writeTextFile(join(thesis, "refs.bib"), "@book{nijdam}\n");
  return { base, corpus, thesis, home };
}
