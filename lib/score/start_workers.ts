/**
 * Starting the worker threads of a `ScoringPool` (lib/score/score_parallel.ts), in a module
 * that imports nothing, so that the entry of `deno task score` (lib/score/main.ts) can
 * start them before it loads anything else.
 *
 * @module
 */

/** Start one scoring worker (lib/score/score_worker.ts). */
export function startScoreWorker(): Worker {
  return new Worker(new URL("./score_worker.ts", import.meta.url), { type: "module" });
}

/**
 * The worker threads a `score` command line will ask for: `--workers N` (or
 * `--workers=N`) less the main thread, by default one per core less one. None for
 * `--help` or a `--workers` that is not a whole number: the command line is then only
 * read (and refused), so nothing is started that the command would not use. A corpus
 * with fewer documents than threads uses fewer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(scoreWorkersAsked(["--corpus", "c", "--out", "o", "--workers", "3"], 8), 2);
 * assert.equal(scoreWorkersAsked(["--workers=1"], 8), 0);
 * assert.equal(scoreWorkersAsked(["--corpus", "c"], 4), 3);
 * assert.equal(scoreWorkersAsked(["--workers", "two"], 4), 0);
 * assert.equal(scoreWorkersAsked(["--help"], 4), 0);
 * ```
 */
export function scoreWorkersAsked(args: readonly string[], cores: number): number {
  if (args.includes("-h") || args.includes("--help")) return 0;
  const text = optionValue(args, "workers");
  if (text === undefined) return Math.max(0, cores - 1);
  return /^\d+$/.test(text) ? Math.max(0, Number(text) - 1) : 0;
}

/**
 * {@linkcode scoreWorkersAsked}, but no more than the corpus directory (`--corpus`) can
 * need: a pool has at most one thread per document, so a corpus without a manifest of n
 * files is scored by at most n threads, this one among them. A worker started and not
 * used costs the run its start-up on a core (on two cores, a 1-document run took half as
 * long again). None when the directory cannot be read: the command will say why.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/a.txt`, "a");
 * assert.equal(scoreWorkersToStart(["--corpus", dir, "--workers", "4"], 8), 0);
 * await Deno.writeTextFile(`${dir}/b.txt`, "b");
 * assert.equal(scoreWorkersToStart([`--corpus=${dir}`, "--workers", "4"], 8), 1);
 * await Deno.writeTextFile(`${dir}/manifest.csv`, "id,file\n");
 * assert.equal(scoreWorkersToStart(["--corpus", dir, "--workers", "4"], 8), 3);
 * assert.equal(scoreWorkersToStart(["--corpus", `${dir}/none`, "--workers", "4"], 8), 0);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export function scoreWorkersToStart(args: readonly string[], cores: number): number {
  const asked = scoreWorkersAsked(args, cores);
  const corpus = optionValue(args, "corpus");
  if (asked === 0 || corpus === undefined) return 0;
  // As lib/io/user_path.ts resolves it (which this module does not import, to stay light).
  const base = Deno.env.get("INIT_CWD") ?? Deno.cwd();
  const dir = corpus.startsWith("/") ? corpus : `${base}/${corpus}`;
  let files = 0;
  try {
    for (const entry of Deno.readDirSync(dir)) {
      // The manifest may name documents in folders: no bound then.
      if (entry.name === "manifest.csv") return asked;
      if (!entry.name.startsWith(".")) files++;
    }
  } catch {
    return 0;
  }
  return Math.min(asked, Math.max(0, files - 1));
}

/** The value of `--name VALUE` or `--name=VALUE` (the last one given), before any `--`. */
function optionValue(args: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (const [i, arg] of args.entries()) {
    if (arg === "--") break;
    if (arg === `--${name}`) value = args[i + 1];
    else if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3);
  }
  return value;
}
