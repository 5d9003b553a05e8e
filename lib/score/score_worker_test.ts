import assert from "node:assert/strict";

/**
 * The modules a module loads before it runs: its static imports, followed to the end
 * (`import type` and dynamic `import()` left out), as `deno info --json` reports them.
 */
async function staticGraph(url: URL): Promise<string[]> {
  const { stdout, success } = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", url.pathname],
  }).output();
  assert.ok(success, "deno info failed");
  const info = JSON.parse(new TextDecoder().decode(stdout)) as {
    roots: string[];
    modules: {
      specifier: string;
      dependencies?: { code?: { specifier: string }; isDynamic?: boolean }[];
    }[];
  };
  const modules = new Map(info.modules.map((m) => [m.specifier, m]));
  const seen = new Set<string>();
  const stack = [...info.roots];
  while (stack.length > 0) {
    const specifier = stack.pop()!;
    if (seen.has(specifier)) continue;
    seen.add(specifier);
    for (const dep of modules.get(specifier)?.dependencies ?? []) {
      if (dep.code !== undefined && dep.isDynamic !== true) stack.push(dep.code.specifier);
    }
  }
  const root = new URL("../../", import.meta.url).href;
  return [...seen].map((s) => s.replace(root, "")).sort();
}

Deno.test("a scoring worker loads what scoring needs and nothing of the checks of user input", async () => {
  // Each of these took the worker's start from 3 ms to 24 (measured with a dynamic import
  // of lib/score/scoring_service.ts): zod 10 ms, csv-parse 4, node:path 1.5, the corpus
  // listing and its manifest checks the rest. A worker only reads, cleans and scores.
  const graph = await staticGraph(new URL("./score_worker.ts", import.meta.url));
  const outside = graph.filter((m) => !m.startsWith("lib/"));
  // The one package scoring needs: the Dutch stemmer of lib/lexicon/dutch_stemmer.ts.
  assert.deepEqual(outside, ["node_modules/@orama/stemmers/dist/nl.js"]);
  assert.deepEqual(graph.filter((m) => m.endsWith("/mod.ts") && m !== "lib/tokens/mod.ts"), []);
  for (const main of ["lib/corpus/corpus.ts", "lib/corpus/manifest.ts", "lib/io/csv.ts"]) {
    assert.ok(!graph.includes(main), `${main} is loaded by the worker`);
  }
  assert.ok(graph.includes("lib/score/scorer.ts"));
});
