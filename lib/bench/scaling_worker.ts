/**
 * A thread of lib/bench/scaling.ts: given documents, reads, cleans and scores each once (so
 * that the code is compiled and the files are in the page cache) and answers; given
 * `"go"`, does the same `SCALING_PASSES` times and answers with the hits.
 *
 * @module
 */
import { type DocumentSource, streamDocument } from "../corpus/document.ts";
import { InputError } from "../io/input_error.ts";
import { compileLexicon } from "../lexicon/compile_lexicon.ts";
import { loadStudyLexicon } from "../lexicon/load_lexicon.ts";
import { Scorer } from "../score/scorer.ts";
import { SCALING_PASSES } from "./scaling.ts";

interface WorkerScope {
  onmessage: ((event: MessageEvent<DocumentSource[] | "go">) => void) | null;
  postMessage(message: number): void;
}

const scope = globalThis as unknown as WorkerScope;
let sources: DocumentSource[] = [];
const scorer = loadStudyLexicon().then((lexicon) => new Scorer(compileLexicon(lexicon)));

/** Hits of `passes` passes over the documents, every hit made with its context. */
async function score(passes: number): Promise<number> {
  const engine = await scorer;
  let hits = 0;
  const onHit = () => hits++;
  for (let pass = 0; pass < passes; pass++) {
    for (const source of sources) {
      engine.begin({ onHit });
      try {
        await streamDocument(source, (text) => engine.push(text), { countCharacters: false });
      } catch (error) {
        // A document that cannot be read is left out, as `deno task score` leaves it out.
        if (!(error instanceof InputError)) throw error;
      }
      engine.end();
    }
  }
  return hits;
}

scope.onmessage = async (event) => {
  if (event.data !== "go") {
    sources = event.data;
    await score(1);
    scope.postMessage(sources.length);
    return;
  }
  scope.postMessage(await score(SCALING_PASSES));
};
