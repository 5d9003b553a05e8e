/**
 * A progress bar on stderr, drawn only when stderr is a terminal (never in CI logs or
 * when output is redirected).
 *
 * @module
 */

/** Options of {@linkcode createProgress}. */
export interface ProgressOptions {
  /** Draw the bar. Default: `Deno.stderr.isTerminal()`. */
  enabled?: boolean;
  /** Width of the bar in characters. Default: `30`. */
  width?: number;
  /** Where to draw. Default: `Deno.stderr`. */
  stream?: { writeSync(bytes: Uint8Array): number };
}

/** A progress bar. */
export interface Progress {
  /** Show `done` of the total, with a label (e.g. the document id). */
  update(done: number, label?: string): void;
  /** Clear the bar's line. */
  finish(): void;
}

/**
 * A progress bar for `total` steps.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const written: string[] = [];
 * const stream = { writeSync: (b: Uint8Array) => (written.push(new TextDecoder().decode(b)), b.length) };
 * const bar = createProgress(4, { enabled: true, width: 4, stream });
 * bar.update(1, "a");
 * bar.finish();
 * assert.equal(written[0], "\r[#...] 1/4 a\u001b[K");
 * ```
 */
export function createProgress(total: number, options: ProgressOptions = {}): Progress {
  const enabled = options.enabled ?? Deno.stderr.isTerminal();
  const width = options.width ?? 30;
  const stream = options.stream ?? Deno.stderr;
  const encoder = new TextEncoder();
  const write = (s: string) => stream.writeSync(encoder.encode(s));
  return {
    update(done, label = "") {
      if (!enabled) return;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const bar = "#".repeat(filled) + ".".repeat(width - filled);
      write(`\r[${bar}] ${done}/${total} ${label}\u001b[K`);
    },
    finish() {
      if (enabled) write("\r\u001b[K");
    },
  };
}
