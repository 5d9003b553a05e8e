/**
 * Small measuring tools for the benchmark: peak resident memory from GNU `time -v`, load
 * average, and a plain-text table.
 *
 * @module
 */

/** The 1-, 5- and 15-minute load averages, or `undefined` where there is no `/proc`. */
export function loadAverage(): number[] | undefined {
  try {
    return Deno.readTextFileSync("/proc/loadavg").split(" ").slice(0, 3).map(Number);
  } catch {
    return undefined;
  }
}

/**
 * `Maximum resident set size (kbytes)` from the report of GNU `time -v`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(parseTimeVerbose("\tMaximum resident set size (kbytes): 81234\n"), 81234);
 * ```
 */
export function parseTimeVerbose(report: string): number | undefined {
  const match = report.match(/Maximum resident set size \(kbytes\): (\d+)/);
  return match === null ? undefined : Number(match[1]);
}

/**
 * Rows as a table with aligned columns (numbers right-aligned).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(formatTable(["what", "MB/s"], [["exact", "150.2"], ["stem", "80.0"]]),
 *   "what    MB/s\n-----  -----\nexact  150.2\nstem    80.0\n");
 * ```
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length)));
  const numeric = header.map((_, c) =>
    rows.length > 0 && rows.every((r) => /^[-+]?[\d.,×%]*$/.test(r[c] ?? ""))
  );
  const line = (row: readonly string[]) =>
    row.map((cell, c) => numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])).join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n") +
    "\n";
}
