import process from "node:process";

/**
 * Small measuring tools for the benchmark: wall time (best and median of several runs),
 * peak resident memory from `/proc`, load average, and a plain-text table.
 *
 * @module
 */

/** Times of repeated runs, in seconds. */
export interface Timing {
  best: number;
  median: number;
  runs: number[];
  /** CPU time (user + system, all threads of this process) of the best run. */
  bestCpu: number;
}

/**
 * Run `fn` `repeat` times after one untimed warm-up run (unless `warmup` is false).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const timing = await timeRuns(3, () => {});
 * assert.equal(timing.runs.length, 3);
 * assert.ok(timing.best <= timing.median);
 * ```
 */
export async function timeRuns(
  repeat: number,
  fn: () => unknown | Promise<unknown>,
  options: { warmup?: boolean } = {},
): Promise<Timing> {
  if (options.warmup ?? true) await fn();
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < Math.max(1, repeat); i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await fn();
    runs.push((performance.now() - started) / 1000);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1e6);
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return {
    best: sorted[0],
    median: sorted[Math.floor((sorted.length - 1) / 2)],
    runs,
    bestCpu: cpu[runs.indexOf(sorted[0])],
  };
}

/**
 * A field of `/proc/<pid>/status` in KiB (e.g. `VmHWM`, the peak resident set size of
 * the whole process, all threads), or `undefined` where there is no `/proc`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(parseProcStatus("Name:\tdeno\nVmHWM:\t  123456 kB\nVmRSS:\t 1000 kB\n", "VmHWM"), 123456);
 * ```
 */
export function procStatus(field: string, pid: number | "self" = "self"): number | undefined {
  try {
    return parseProcStatus(Deno.readTextFileSync(`/proc/${pid}/status`), field);
  } catch {
    return undefined;
  }
}

/** A field of the text of `/proc/<pid>/status`, in KiB; see {@linkcode procStatus}. */
export function parseProcStatus(status: string, field: string): number | undefined {
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB$`, "m"));
  return match === null ? undefined : Number(match[1]);
}

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
