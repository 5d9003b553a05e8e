/**
 * The verdict: for each finding of chapter 6, in plain words, whether it survives the
 * checks of this folder, with the numbers that decide it. Every sentence is built here
 * from computed results, so the verdict cannot drift from the numbers.
 *
 * How a share of replicates (from `stability.ts` or `perspective_order.ts`) becomes a
 * label:
 *
 * | share of replicates in which the finding holds | label           |
 * | ---------------------------------------------- | --------------- |
 * | at least 0.95                                  | `robust`        |
 * | 0.80 to 0.95                                   | `fairly robust` |
 * | below 0.80                                     | `fragile`       |
 *
 * Group comparisons: a difference that a test finds after Holm's adjustment supports a
 * described difference; when no test finds one, the finding is `inconclusive`, whichever
 * way it is worded: non-significance neither shows that groups are alike nor that they
 * differ. The 49 plans are a census of the largest municipalities, not a sample, so a test
 * asks whether the differences exceed what chance in the plans' wording (which signal
 * words a plan happened to use) would produce, not whether they hold in a population. The
 * thresholds are options.
 *
 * A finding about a corpus other than the study's (the lexicon check runs on a corpus,
 * by default the invented sample) is not one of the study's findings:
 * {@linkcode lexiconVerdict} gives it apart.
 *
 * @module
 */
import { median } from "simple-statistics";
import { PERSPECTIVES } from "../data/mod.ts";
import { formatFixed } from "../stats/mod.ts";
import type { CompositionalComparison } from "./compositional.ts";
import type { GroupTestRow, SmallGroupRow } from "./group_differences.ts";
import type { HitCounts } from "./hit_counts.ts";
import type { EntryInfluenceRow, ModeSharesResult } from "./lexicon_sensitivity.ts";
import type { PerspectiveOrderResult } from "./perspective_order.ts";
import type { IntervalWidthSummary } from "./share_intervals.ts";
import type { StabilityResult } from "./stability.ts";

/** The labels, from strongest to weakest. */
export const VERDICTS = [
  "robust",
  "fairly robust",
  "fragile",
  "inconclusive",
  "not supported",
] as const;
/** A label. */
export type Verdict = typeof VERDICTS[number];

/** One finding with its verdict and the evidence, as sentences. */
export type VerdictRow = {
  finding: string;
  verdict: Verdict;
  evidence: string;
};

/** Columns of `robustness-verdict.csv`. */
export const VERDICT_COLUMNS = ["finding", "verdict", "evidence"] as const;

/** What the lexicon checks found on a corpus. */
export interface LexiconEvidence {
  /** The corpus as shown (e.g. `data/corpus/sample`). */
  corpus: string;
  documents: number;
  mode: string;
  entries: readonly EntryInfluenceRow[];
  modes: ModeSharesResult;
}

/** Everything the verdict is built from. */
export interface VerdictInputs {
  hits: readonly HitCounts[];
  /** Interval widths at the hit counts, and at `scale` times them. */
  intervals: readonly IntervalWidthSummary[];
  intervalsScaled?: readonly IntervalWidthSummary[];
  order: PerspectiveOrderResult;
  groups: readonly GroupTestRow[];
  smallGroups: readonly SmallGroupRow[];
  stability: StabilityResult;
  /** The same analysis with every N multiplied (`stability.scale` > 1). */
  stabilityScaled?: StabilityResult;
  compositional: CompositionalComparison;
  /** Not used by {@linkcode robustnessVerdict} (see {@linkcode lexiconVerdict}). */
  lexicon?: LexiconEvidence;
}

/** Options of {@linkcode robustnessVerdict}. */
export interface VerdictOptions {
  /** Default: 0.95. */
  robust?: number;
  /** Default: 0.80. */
  fairlyRobust?: number;
  /** Level for the group tests (Holm-adjusted). Default: 0.05. */
  alpha?: number;
}

/** A share of replicates as a whole percentage; just under 1 never reads as 100 %. */
const pct = (x: number) =>
  x < 1 && formatFixed(100 * x, 0) === "100" ? "over 99 %" : `${formatFixed(100 * x, 0)} %`;
const pp = (x: number) => formatFixed(x, 1);
/** `a to b` in points, or just `a` when both print the same. */
const span = (xs: readonly number[]) => {
  const low = pp(Math.min(...xs));
  const high = pp(Math.max(...xs));
  return low === high ? low : `${low} to ${high}`;
};
/** `= 0.42`, or `< 0.001` for very small p. */
const pValue = (p: number) => p < 0.001 ? "< 0.001" : `= ${formatFixed(p, p < 0.01 ? 3 : 2)}`;
const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

/**
 * The verdict rows (see the module doc), in the order of chapter 6: presence, order of
 * the perspectives, spread, groups, lists, highest scorers, selection, then the
 * compositional and lexicon checks.
 */
export function robustnessVerdict(
  inputs: VerdictInputs,
  options: VerdictOptions = {},
): VerdictRow[] {
  const robust = options.robust ?? 0.95;
  const fairly = options.fairlyRobust ?? 0.8;
  const alpha = options.alpha ?? 0.05;
  const label = (share: number): Verdict =>
    share >= robust ? "robust" : share >= fairly ? "fairly robust" : "fragile";
  const rows: VerdictRow[] = [];
  const minimal = inputs.hits.filter((h) => h.basis !== "corpus").length;
  const basis = minimal === 0
    ? "the plans' real hit counts"
    : minimal === inputs.hits.length
    ? "the smallest hit counts that reproduce the printed shares"
    : `real hit counts for ${
      inputs.hits.length - minimal
    } plans and the smallest counts for ${minimal}`;
  const scale = inputs.stabilityScaled?.scale;

  // 1. Every perspective in every plan.
  const fewest = PERSPECTIVES.map((p) => {
    const sorted = [...inputs.hits].sort((a, b) => a.counts[p] - b.counts[p]);
    return { p, h: sorted[0] };
  }).sort((a, b) => a.h.counts[a.p] - b.h.counts[b.p])[0];
  const absent = inputs.hits.filter((h) => PERSPECTIVES.some((p) => h.counts[p] === 0));
  rows.push({
    finding: "All four perspectives occur in every plan.",
    verdict: absent.length === 0 ? "robust" : "not supported",
    evidence: absent.length === 0
      ? `Every plan has at least one hit on every perspective; the thinnest is ${fewest.h.municipality} ` +
        `on ${fewest.p} with ${fewest.h.counts[fewest.p]} hit${
          fewest.h.counts[fewest.p] === 1 ? "" : "s"
        } (counts: ${basis}). Presence rests on the lexicon: one hit is enough.`
      : `${absent.map((h) => h.municipality).join(", ")} ${
        absent.length === 1 ? "has" : "have"
      } no hit on at least one perspective.`,
  });

  // 2. Precision of the printed shares.
  const widths = inputs.intervals.map((w) => w.median_width);
  const scaledWidths = inputs.intervalsScaled?.map((w) => w.median_width);
  const widest = [...inputs.intervals].sort((a, b) => b.max_width - a.max_width)[0];
  rows.push({
    finding: "A municipality's shares are as precise as their one printed decimal suggests.",
    verdict: "not supported",
    evidence:
      `Simultaneous 95 % intervals (Goodman) of a plan's four shares have a median width of ` +
      `${pp(Math.min(...widths))} to ${pp(Math.max(...widths))} percentage points across the ` +
      `perspectives (widest: ${widest.widest} on ${widest.perspective}, ${
        pp(widest.max_width)
      } points), with ${basis}` +
      (scaledWidths === undefined || scale === undefined
        ? "."
        : `; with ${scale} times as many hits they would still be ${
          pp(Math.min(...scaledWidths))
        } to ${pp(Math.max(...scaledWidths))} points wide.`) +
      " Differences of a few points between single municipalities are within chance.",
  });

  // 3-5. Order of the perspectives.
  const o = inputs.order;
  const first = o.order[0];
  const last = o.order[o.order.length - 1];
  const lastPair = o.pairs[o.pairs.length - 1];
  const firstPair = o.pairs[0];
  const stages = o.stages === 2
    ? "resampling both the municipalities and each plan's hits"
    : "resampling the municipalities";
  rows.push({
    finding: `${first} is the most present perspective over all municipalities.`,
    verdict: label(o.same_first),
    evidence:
      `${first} stays first in ${pct(o.same_first)} of ${o.replicates} replicates (${stages}); ` +
      `its lead over ${firstPair.lower} is ${pp(firstPair.difference)} points (95 % interval ${
        pp(firstPair.interval_lower)
      } to ${pp(firstPair.interval_upper)}).` +
      (o.order_compositional[0] === first
        ? ` The compositional centre puts ${first} first as well.`
        : ` The compositional centre puts ${o.order_compositional[0]} first instead.`),
  });
  const lastC = o.order_compositional[o.order_compositional.length - 1];
  rows.push({
    finding: `${last} is the least present perspective over all municipalities.`,
    verdict: lastC === last ? label(o.same_last) : "fragile",
    evidence:
      `${last} stays last in ${
        pct(o.same_last)
      } of the replicates; it trails ${lastPair.higher} by only ` +
      `${pp(lastPair.difference)} points (95 % interval ${pp(lastPair.interval_lower)} to ${
        pp(lastPair.interval_upper)
      }).` +
      (lastC === last
        ? ` The compositional centre agrees.`
        : ` In log-ratio terms (compositional centre) ${lastC} is last, not ${last}.`),
  });
  // The perspectives in the order they arose (PA oldest): the chapter's "ladder".
  const ladder = [...PERSPECTIVES];
  const onLadder = [...o.order].reverse().every((p, i) => p === ladder[i]);
  rows.push({
    finding: `Each newer perspective is a little more present than the older one (${
      ladder.join(" < ")
    }).`,
    verdict: onLadder ? label(o.same_order) : "not supported",
    evidence: onLadder
      ? `The full order comes out in ${pct(o.same_order)} of the replicates. ` +
        o.pairs.map((p) => `${p.higher} > ${p.lower} holds in ${pct(p.frequency)}`).join(", ") +
        `. The compositional order is ${o.order_compositional.join(" > ")}.`
      : `On these scores the means run ${[...o.order].reverse().join(" < ")}; that order comes ` +
        `out in ${pct(o.same_order)} of the replicates.`,
  });

  // 6. Spread.
  const r = inputs.stability.ranges;
  const rs = inputs.stabilityScaled?.ranges;
  rows.push({
    finding: `${r.widest} varies most between municipalities and ${r.narrowest} least.`,
    verdict: label(Math.min(r.widest_frequency, r.narrowest_frequency)),
    evidence:
      `${r.widest} has the widest range in ${pct(r.widest_frequency)} and ${r.narrowest} the ` +
      `narrowest in ${pct(r.narrowest_frequency)} of ${inputs.stability.replicates} replicates` +
      (rs === undefined
        ? "."
        : ` (${pct(rs.widest_frequency)} and ${
          pct(rs.narrowest_frequency)
        } with ${scale} times the hits).`),
  });

  // 7-8. Groups.
  for (const grouping of ["size_class", "region"] as const) {
    const tests = inputs.groups.filter((t) => t.grouping === grouping);
    if (tests.length === 0) continue;
    const minP = Math.min(...tests.map((t) => t.p_kw));
    const minPerm = Math.min(...tests.map((t) => t.p_perm));
    const significant = tests.filter((t) => t.p_perm_holm < alpha || t.p_kw_holm < alpha);
    const maxEps = Math.max(...tests.map((t) => t.epsilon2));
    const small = inputs.smallGroups.filter((s) => s.grouping === grouping);
    const smallNames = [...new Set(small.map((s) => `${s.group} (n = ${s.n})`))];
    const smallText = small.length === 0 ? "" : ` For ${listJoin(smallNames)} the data cannot ` +
      `tell: differences of about ${
        span(small.map((s) => s.detectable))
      } points would be needed to be detected.`;
    const testText = `Kruskal-Wallis: smallest p ${pValue(minP)}; permutation test of F: ` +
      `smallest p ${pValue(minPerm)}; ${
        significant.length === 0
          ? "none of the four is significant after Holm's adjustment"
          : `significant after Holm's adjustment: ${
            significant.map((t) => t.perspective).join(", ")
          }`
      }; ε² at most ${formatFixed(maxEps, 3)}.`;
    const census = significant.length === 0
      ? " No test finds a difference, which does not show that there is none: the 49 plans " +
        "are a census, and the tests ask only whether the differences exceed the chance in " +
        "which words each plan happened to use."
      : "";
    if (grouping === "size_class") {
      rows.push({
        finding: "The size classes differ only a little from the overall means.",
        verdict: significant.length === 0 ? "inconclusive" : "not supported",
        evidence: testText + smallText + census,
      });
    } else {
      rows.push({
        finding: "The regions differ more than the size classes.",
        verdict: significant.length === 0 ? "inconclusive" : "fairly robust",
        evidence: testText + smallText + census,
      });
    }
  }

  // 9. Lists.
  const members = inputs.stability.membership.filter((m) => m.in_reference);
  const firm = members.filter((m) => m.frequency >= robust);
  const weak = members.filter((m) => m.frequency < 0.5);
  const entrants = inputs.stability.membership.filter((m) => !m.in_reference && m.frequency >= 0.3);
  const membersScaled = inputs.stabilityScaled?.membership.filter((m) => m.in_reference) ?? [];
  const weakScaled = membersScaled.filter((m) => m.frequency < 0.5);
  const medianHeld = members.length === 0 ? NaN : median(members.map((m) => m.frequency));
  rows.push({
    finding: "The top-five and bottom-five lists per perspective (Figures 6.4-6.7).",
    verdict: label(medianHeld),
    evidence:
      `Of ${members.length} listed places, ${plural(firm.length, "holds", "hold")} in at least ${
        pct(robust)
      } of the replicates (${
        firm.map((m) => `${m.municipality} ${m.perspective} ${m.list}`).join(", ") || "none"
      }) and ${weak.length} in fewer than half; ` +
      `the median place holds in ${pct(medianHeld)}. ` +
      `${
        plural(entrants.length, "unlisted municipality enters", "unlisted municipalities enter")
      } a list in at least 30 % of the replicates` +
      (entrants.length === 0
        ? "."
        : ` (${
          entrants.slice(0, 6).map((m) => `${m.municipality} ${m.perspective} ${m.list}`).join(", ")
        }${entrants.length > 6 ? ", …" : ""}).`) +
      (scale === undefined
        ? ""
        : ` With ${scale} times the hits, ${weakScaled.length} places hold in fewer than half.`),
  });

  // 10. Highest scorers.
  for (const p of PERSPECTIVES) {
    const top = inputs.stability.selection.find((s) =>
      s.selection === "rule" && s.role === p && s.observed
    );
    if (top === undefined) continue;
    const rivals = inputs.stability.selection.filter((s) =>
      s.selection === "rule" && s.role === p && !s.observed
    ).slice(0, 2);
    const scaled = inputs.stabilityScaled?.selection.find((s) =>
      s.selection === "rule" && s.role === p && s.municipality === top.municipality
    );
    rows.push({
      finding: `${top.municipality} has the highest ${p} share.`,
      verdict: label(top.frequency),
      evidence:
        `${top.municipality} is highest on ${p} in ${pct(top.frequency)} of the replicates` +
        (scaled === undefined ? "" : ` (${pct(scaled.frequency)} with ${scale} times the hits)`) +
        (rivals.length === 0
          ? "."
          : `; the likeliest others: ${
            rivals.map((s) => `${s.municipality} ${pct(s.frequency)}`).join(", ")
          }.`),
    });
  }

  // 11. Selection.
  const constrained = inputs.stability.sets.find((s) => s.selection === "constrained");
  if (constrained !== undefined) {
    const roles = inputs.stability.selection.filter((s) =>
      s.selection === "constrained" && s.observed
    );
    const scaledSet = inputs.stabilityScaled?.sets.find((s) => s.selection === "constrained");
    rows.push({
      finding: `The rule with the practical constraints selects ${constrained.observed}.`,
      verdict: label(constrained.same_in_every_role),
      evidence:
        `The same five in the same roles come out in ${
          pct(constrained.same_in_every_role)
        } of the replicates` +
        (scaledSet === undefined
          ? ""
          : ` (${pct(scaledSet.same_in_every_role)} with ${scale} times the hits)`) +
        `; role by role: ${
          roles.map((s) => `${s.role} ${s.municipality} ${pct(s.frequency)}`).join(", ")
        }.`,
    });
  }

  // 12. Compositional view.
  const c = inputs.compositional;
  const reversed = c.directions.filter((d) => d.change === "reversed");
  const shifted = c.directions.filter((d) => d.change === "shifted");
  const testChanges = c.tests.filter((t) => !t.agree);
  const orderSame = c.order_arithmetic.every((p, i) => p === c.order_compositional[i]);
  const changes = reversed.length + testChanges.length + (orderSame ? 0 : 1);
  rows.push({
    finding: "The conclusions do not depend on treating the four shares as free numbers.",
    verdict: changes === 0 ? "robust" : "fragile",
    evidence:
      `In centred log-ratio terms the order of the perspectives is ${
        c.order_compositional.join(" > ")
      } (${orderSame ? "the same as" : "against"} ${
        c.order_arithmetic.join(" > ")
      } by arithmetic means); ` +
      `of ${c.directions.length} group deviations, ${
        plural(reversed.length, "reverses", "reverse")
      } direction${
        reversed.length === 0
          ? ""
          : ` (${
            reversed.map((d) =>
              `${d.group} ${d.perspective}: ${d.arithmetic_direction} → ${d.compositional_direction}`
            ).join(", ")
          })`
      } and ${shifted.length} move between "about the same" (within ${
        pp(c.tolerance)
      } points) and higher or lower; ` +
      `${
        testChanges.length === 0
          ? "no group test changes its outcome"
          : `${testChanges.length} group tests change outcome`
      }` +
      `${
        c.zeros === 0
          ? " (no zero shares needed replacing)"
          : ` (${c.zeros} zero shares replaced by ${pp(c.delta)} points)`
      }.`,
  });

  return rows;
}

/**
 * The lexicon check of a corpus as a finding of its own, apart from the study's (it is about
 * the documents of that corpus, by default the invented sample, not about the 49 plans).
 */
export function lexiconVerdict(lex: LexiconEvidence): VerdictRow {
  const influential = [...lex.entries].sort((a, b) => b.max_change - a.max_change);
  const top = influential[0];
  const moving = lex.entries.filter((e) => e.selection_changes.length > 0);
  const withHits = lex.entries.filter((e) => e.hits > 0).length;
  const bigChange = lex.entries.filter((e) => e.max_change >= 5).length;
  return {
    finding:
      `The shares of the ${lex.documents} documents in ${lex.corpus} do not hinge on single signal words.`,
    verdict: moving.length === 0 && bigChange === 0 ? "robust" : "fragile",
    evidence: `Dropping one of the ${withHits} entries with hits (mode ${lex.mode}) changes a ` +
      `document's share by up to ${pp(top?.max_change ?? 0)} points (${top?.entry ?? "—"}, ${
        top?.where ?? ""
      }); ${bigChange} entries move some share by 5 points or more, and ${moving.length} change ` +
      `the selection over the documents. Between the match modes the shares differ by up to ` +
      `${pp(lex.modes.max_difference)} points.`,
  };
}

/**
 * One paragraph naming the findings by label.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(verdictSummary([
 *   { finding: "A.", verdict: "robust", evidence: "" },
 *   { finding: "B.", verdict: "fragile", evidence: "" },
 * ]), "Robust (1): A. Fairly robust (0): none. Fragile (1): B. Inconclusive (0): none. Not supported (0): none.");
 * ```
 */
export function verdictSummary(rows: readonly VerdictRow[]): string {
  return VERDICTS.map((v) => {
    const mine = rows.filter((r) => r.verdict === v).map((r) => r.finding);
    const name = v[0].toUpperCase() + v.slice(1);
    return `${name} (${mine.length}): ${mine.length === 0 ? "none." : mine.join(" ")}`;
  }).join(" ");
}

/** `a`, `a and b`, `a, b and c`. */
function listJoin(items: readonly string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
