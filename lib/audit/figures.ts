/**
 * Auditing Figures 6.1-6.7: every printed mean and n of the presence figures, and every
 * place and share of the top and bottom lists, against the recomputation from a score
 * table.
 *
 * @module
 */
import { type Extreme, type GroupMean, type Perspective, PERSPECTIVES } from "../data/mod.ts";
import {
  describeByGroup,
  formatFixed,
  type Grouping,
  placeOf,
  type PresenceFigure,
  rankExtremes,
  type ScoreTable,
  VARIATION_FIGURES,
  type VariationFigure,
} from "../stats/mod.ts";
import { decimalsOf, halfUnit, roundHalfAway } from "../stats/mod.ts";
import { canPrintAs, type Interval, meanRanges, rowFeasible, shareRanges } from "./share_bounds.ts";
import { classifyNumber } from "./status.ts";
import { type AuditRow, printedShare } from "./audit_row.ts";
import { leaveOneOutMatches, likelyCause, type NamedValue } from "./likely_cause.ts";

const inGroup = (grouping: Grouping, group: string) => (row: ScoreTable["rows"][number]) =>
  grouping === "all" || row[grouping] === group;

/**
 * Audit Figure 6.`figure` (as loaded by `loadPublishedGroupMeans`): one row for each
 * group's n and one for each group × perspective mean. A `rounding` note gives the range
 * the exact mean can lie in; a `mismatch` note gives a likely cause.
 */
export function auditPresenceFigure(
  scores: ScoreTable,
  printed: readonly GroupMean[],
  figure: PresenceFigure,
  options: AuditPresenceOptions = {},
): AuditRow[] {
  const out: AuditRow[] = [];
  const means = new Map<string, number>();
  for (const grouping of ["all", "size_class", "region"] as const) {
    for (const s of describeByGroup(scores, grouping)) {
      means.set(`${s.group}:${s.perspective}`, s.mean);
    }
  }
  const ranges = shareRanges(scores);
  for (const row of printed) {
    const members = scores.rows.filter(inGroup(row.group_type, row.group));
    const label = `fig-6.${figure} ${row.group}`;
    if (row.n !== null) {
      out.push({
        item: `${label} n`,
        published: String(row.n),
        reproduced: String(members.length),
        status: row.n === members.length ? "match" : "mismatch",
        note: row.n === members.length ? "" : "the group has a different number of municipalities",
      });
    }
    for (const perspective of PERSPECTIVES) {
      const text = row.printed[perspective];
      const decimals = decimalsOf(text);
      const mean = means.get(`${row.group}:${perspective}`) ?? NaN;
      const bounds = meanRanges(
        scores,
        ranges,
        members,
        perspective,
        options.overall?.printed[perspective],
      );
      const matches = Number.isFinite(mean) &&
        Math.abs(roundHalfAway(mean, decimals) - row[perspective]) < 1e-9;
      const status = matches
        ? "match"
        : canPrintAs(bounds.withOverallMean, text)
        ? "rounding"
        : "mismatch";
      const span = (i: Interval) =>
        `${formatFixed(i.lo, decimals + 2)}-${formatFixed(i.hi, decimals + 2)}`;
      const pinnedBy = members.filter((m) => {
        const row = ranges.get(m.municipality)!;
        const r = row[perspective];
        return rowFeasible(row) &&
          r.withRowSum.hi - r.withRowSum.lo < r.printed.hi - r.printed.lo - 1e-9;
      }).map((m) => `${m.municipality} (${printedShare(scores, m, perspective)})`);
      let note = "";
      if (status === "rounding") {
        note = `recomputed ${formatFixed(mean, decimals)}; with every printed constraint the ` +
          `exact mean lies in ${span(bounds.withOverallMean)}, which can print as ${text}`;
      } else if (status === "mismatch") {
        if (canPrintAs(bounds.printed, text)) {
          const decisive = !canPrintAs(bounds.withRowSums, text)
            ? `the row sums (each municipality's four shares sum to 100) of ${
              pinnedBy.join(", ")
            } narrow it to ${span(bounds.withRowSums)}`
            : `Figure 6.1's overall mean (${options.overall?.printed[perspective]}) narrows it ` +
              `to ${span(bounds.withOverallMean)}`;
          const edge = Math.abs(bounds.withOverallMean.lo - (Number(text) + halfUnit(decimals))) <
              1e-6
            ? ` (its lowest end, ${formatFixed(bounds.withOverallMean.lo, decimals + 2)}, ` +
              `itself rounds up to ${formatFixed(Number(text) + 2 * halfUnit(decimals), decimals)})`
            : "";
          note = `rounding each share on its own would allow ${span(bounds.printed)}, which ` +
            `could print as ${text}, but ${decisive}, which cannot${edge}`;
        }
        const candidates: NamedValue[] = [];
        for (const [key, value] of means) {
          const [group, p] = key.split(":");
          if (group === row.group && p !== perspective) {
            candidates.push({ label: `the ${p} mean of ${group}`, value });
          }
          if (group !== row.group && p === perspective) {
            candidates.push({ label: `the ${p} mean of ${group}`, value });
          }
        }
        const cause = likelyCause(text, mean, candidates);
        const dropped = leaveOneOutMatches(
          members.map((m) => ({ municipality: m.municipality, value: m[perspective] })),
          text,
        );
        note = [
          note,
          cause,
          dropped.length > 0
            ? `matches the mean over ${members.length - 1} if ${dropped.join(" or ")} is left out`
            : "",
        ].filter((s) => s !== "").join("; ") || "no simple cause found";
      }
      out.push({
        item: `${label} ${perspective}`,
        published: text,
        reproduced: formatFixed(mean, decimals + 2),
        status,
        note,
      });
    }
  }
  return out;
}

/** Options of {@linkcode auditPresenceFigure}. */
export interface AuditPresenceOptions {
  /**
   * Figure 6.1's printed row (the mean over all municipalities): its means bound every
   * group's (see lib/audit/share_bounds.ts). Default: not applied.
   */
  overall?: GroupMean;
}

/**
 * Audit Figure 6.`figure` (as loaded by `loadPublishedExtremes`): for every place of the
 * top and bottom lists, whether the printed names are the recomputed ones; and for every
 * printed entry, whether its share is the share in the score table.
 */
export function auditVariationFigure(
  scores: ScoreTable,
  printed: readonly Extreme[],
  figure: VariationFigure,
): AuditRow[] {
  const perspective: Perspective = VARIATION_FIGURES[figure];
  const recomputed = rankExtremes(scores, perspective);
  const out: AuditRow[] = [];
  for (const list of ["top", "bottom"] as const) {
    const mine = recomputed.filter((e) => e.list === list);
    const theirs = printed.filter((e) => e.list === list);
    const ranks = [...new Set([...theirs.map((e) => e.rank), ...mine.map((e) => e.rank)])]
      .sort((a, b) => firstPlace(a) - firstPlace(b) || a.localeCompare(b));
    const leftOut = mine.filter((e) => !theirs.some((t) => t.municipality === e.municipality));
    for (const rank of ranks) {
      const a = theirs.filter((e) => e.rank === rank).map((e) => e.municipality);
      const b = mine.filter((e) => e.rank === rank).map((e) => e.municipality);
      const same = a.length === b.length && a.every((name) => b.includes(name));
      const notes: string[] = [];
      if (!same) {
        for (const name of a.filter((n) => !b.includes(n))) {
          const place = placeOf(scores, name, perspective, list);
          notes.push(
            place === undefined
              ? `${name} is not in the score table`
              : `${name} (${
                share(scores, name, perspective)
              }) is at place ${place} in the recomputation`,
          );
        }
        for (const name of b.filter((n) => !a.includes(n))) {
          const printedAt = theirs.find((t) => t.municipality === name);
          notes.push(
            printedAt === undefined
              ? `${name} (${share(scores, name, perspective)}) is missing from the printed list`
              : `${name} is printed at place ${printedAt.rank}`,
          );
        }
        if (leftOut.length > 0 && b.some((n) => leftOut.some((l) => l.municipality === n))) {
          notes.push(
            "likely cause: the printed list skips it, so the places after it shift by one",
          );
        }
      }
      out.push({
        item: `fig-6.${figure} ${perspective} ${list} place ${rank}`,
        published: a.join(" / "),
        reproduced: b.join(" / "),
        status: same ? "match" : "mismatch",
        note: notes.join("; "),
      });
    }
    for (const entry of theirs) {
      const row = scores.rows.find((r) => r.municipality === entry.municipality);
      const value = row?.[perspective] ?? NaN;
      const status = classifyNumber(entry.score, decimalsOf(entry.scorePrinted), value);
      out.push({
        item: `fig-6.${figure} ${perspective} ${list} ${entry.municipality} share`,
        published: entry.scorePrinted,
        reproduced: row === undefined ? "" : printedShare(scores, row, perspective),
        status,
        note: status === "match"
          ? ""
          : row === undefined
          ? "not in the score table"
          : likelyCause(entry.scorePrinted, value, otherShares(scores, entry.municipality)),
      });
    }
  }
  return out;
}

function firstPlace(rank: string): number {
  return Number(rank.split("/")[0]);
}

function share(scores: ScoreTable, municipality: string, perspective: Perspective): string {
  const row = scores.rows.find((r) => r.municipality === municipality);
  return row === undefined ? "?" : printedShare(scores, row, perspective);
}

function otherShares(scores: ScoreTable, municipality: string): NamedValue[] {
  const row = scores.rows.find((r) => r.municipality === municipality);
  if (row === undefined) return [];
  return PERSPECTIVES.map((p) => ({ label: `${municipality}'s ${p} share`, value: row[p] }));
}
