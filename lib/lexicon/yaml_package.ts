/**
 * The `yaml` package, loaded the first time a YAML or JSON lexicon is read or written.
 * It is CommonJS: importing it starts Deno's Node module layer and reads some sixty
 * files, about 20 ms at the start of every run and of every scoring thread (they load
 * lib/lexicon through lib/score/scorer.ts), although the study's lexicon is a CSV. The
 * functions that use it are synchronous, so it is required (Node's `require`, reached
 * through `process.getBuiltinModule`, which needs no import) rather than loaded with
 * `import()`; it is the same file that a static import loads.
 *
 * @module
 */
import type * as Yaml from "yaml";

let loaded: typeof Yaml | undefined;

/** The `yaml` package, loaded on the first call. */
export function yamlPackage(): typeof Yaml {
  loaded ??= process.getBuiltinModule("node:module").createRequire(import.meta.url)(
    "yaml",
  ) as typeof Yaml;
  return loaded;
}
