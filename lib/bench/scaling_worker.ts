/**
 * A thread of lib/bench/scaling.ts: given documents, reads them into memory as the scorer
 * gets them (cleaned, in parts), scores them once so that the scorer's code is compiled,
 * and answers; given `"go"`, scores them all `SCALING_PASSES` times and answers with the
 * hits.
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
const documents: string[][] = [];
const scorer = loadStudyLexicon().then((lexicon) => new Scorer(compileLexicon(lexicon)));

/** Hits of `passes` passes over the documents, every hit made with its context. */
function score(engine: Scorer, passes: number): number {
  let hits = 0;
  const onHit = () => hits++;
  for (let pass = 0; pass < passes; pass++) {
    for (const parts of documents) {
      engine.begin({ onHit });
      for (const part of parts) engine.push(part);
      engine.end();
    }
  }
  return hits;
}

scope.onmessage = async (event) => {
  if (event.data !== "go") {
    for (const source of event.data) {
      const parts: string[] = [];
      try {
        await streamDocument(source, (text) => {
          parts.push(text);
        });
      } catch (error) {
        // A document that cannot be read is left out, as `deno task score` leaves it out.
        if (error instanceof InputError) continue;
        throw error;
      }
      documents.push(parts);
    }
    score(await scorer, 1);
    scope.postMessage(documents.length);
    return;
  }
  scope.postMessage(score(await scorer, SCALING_PASSES));
};
