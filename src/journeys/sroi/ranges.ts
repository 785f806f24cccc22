/**
 * An SROI analysis's ranges for the Monte Carlo: the SroiRanges table on the inputs sheet
 * (one row per uncertain input: the input, the value-map row it applies to, the distribution
 * and its low / most likely / high, or mean and standard deviation, or P10 / P90) and the
 * SroiRangeCorrelations table (rank correlations between rows of it). Words, not codes, in
 * the workbook ("Financial proxy", "PERT"); the same words read back. A separate table, not
 * more columns on the value map, so the value map's layout is unchanged and an analysis
 * without ranges builds exactly as before. The columns are in the order
 * =PCBA.SROI_SIMULATE_RANGES takes its `ranges` argument, so the table can be passed to it
 * as it stands: `=PCBA.SROI_SIMULATE_RANGES(SroiRanges[#All], …)`.
 */
import { DISTRIBUTION_LABELS, rangeDistribution } from "../../model/distributions";
import {
  RangeSimulation,
  type InputRange,
  type RangeInput,
  type RangeSummary,
} from "../../model/range-simulation";
import type { SroiAnalysis } from "../../model/sroi";
import { inconsistentPairs } from "../../model/correlation";
import type { SimulatedMeasure } from "../../workbook/simulation";
import { OPTIONAL_NUMBER, NUMBER, tableCodec } from "../../workbook/table-codec";
import type { SroiAnalysisCase, SroiCorrelationRow, SroiRangeInput, SroiRangeRow } from "./types";

/** Each input as the workbook and the pane name it. */
export const RANGE_INPUT_LABELS: Record<SroiRangeInput, string> = {
  quantity: "Quantity",
  proxy: "Financial proxy (£)",
  duration: "Duration (years)",
  deadweight: "Deadweight",
  displacement: "Displacement",
  attribution: "Attribution",
  drop_off: "Drop-off",
  discount: "Discount rate",
};

/** The inverse of a label map, by trimmed lower-case text; unknown text names the choices. */
function fromLabel<K extends string>(labels: Record<K, string>, what: string) {
  const byText = new Map<string, K>();
  for (const [k, label] of Object.entries(labels) as [K, string][]) {
    byText.set(label.toLowerCase(), k);
    byText.set(k.toLowerCase(), k);
  }
  return {
    read: (cell: unknown, where: string): K => {
      const t = String(cell ?? "")
        .trim()
        .toLowerCase();
      const k = byText.get(t);
      if (k === undefined)
        throw new Error(
          `${where} should be ${what}: one of ${Object.values<string>(labels)
            .map((l) => `"${l}"`)
            .join(", ")}; it holds "${String(cell ?? "")}".`
        );
      return k;
    },
  };
}

const INPUT_KIND = fromLabel(RANGE_INPUT_LABELS, "an input");
const DISTRIBUTION_KIND = fromLabel(DISTRIBUTION_LABELS, "a distribution");

/** Mixed units (counts, £, years, shares): up to four places, no fixed unit. */
const RANGE_FORMAT = "#,##0.####";

export const RANGES = tableCodec<SroiRangeRow>()("SroiRanges", {
  input: {
    header: "Input",
    role: "input",
    kind: { read: (v, where) => INPUT_KIND.read(v, where) },
    write: (r) => RANGE_INPUT_LABELS[r.input],
  },
  outcome: {
    header: "Outcome (value map row)",
    numFmt: "0",
    role: "input",
    kind: OPTIONAL_NUMBER,
    write: (r) => r.outcome,
  },
  distribution: {
    header: "Distribution",
    role: "input",
    kind: { read: (v, where) => DISTRIBUTION_KIND.read(v, where) },
    write: (r) => DISTRIBUTION_LABELS[r.distribution],
  },
  low: {
    header: "Low (or P10)",
    numFmt: RANGE_FORMAT,
    role: "input",
    kind: OPTIONAL_NUMBER,
    write: (r) => r.low,
  },
  mode: {
    header: "Most likely (or mean)",
    numFmt: RANGE_FORMAT,
    role: "input",
    kind: OPTIONAL_NUMBER,
    write: (r) => r.mode,
  },
  high: {
    header: "High (or P90)",
    numFmt: RANGE_FORMAT,
    role: "input",
    kind: OPTIONAL_NUMBER,
    write: (r) => r.high,
  },
  sd: {
    header: "Standard deviation",
    numFmt: RANGE_FORMAT,
    role: "input",
    kind: OPTIONAL_NUMBER,
    write: (r) => r.sd,
  },
});

export const RANGE_CORRELATIONS = tableCodec<SroiCorrelationRow>()("SroiRangeCorrelations", {
  first: { header: "Range row", numFmt: "0", role: "input", kind: NUMBER, write: (r) => r.first },
  second: {
    header: "With range row",
    numFmt: "0",
    role: "input",
    kind: NUMBER,
    write: (r) => r.second,
  },
  correlation: {
    header: "Rank correlation",
    numFmt: "0.00",
    role: "input",
    kind: NUMBER,
    write: (r) => r.correlation,
  },
});

/** Whether the analysis has ranges of its own (else the ± share applies to every input). */
export const hasRanges = (c: SroiAnalysisCase): boolean => (c.ranges?.length ?? 0) > 0;

/** Where a range row is, in the pane's words ("Range 2 (Financial proxy, outcome 1)"). */
export function rangeWhere(r: SroiRangeRow, i: number): string {
  const of = r.outcome === null ? "" : `, outcome ${r.outcome}`;
  return `Range ${i + 1} (${RANGE_INPUT_LABELS[r.input]}${of})`;
}

/**
 * The model's ranges and correlations for an analysis's rows; throws a message naming the
 * range row (a bad distribution, an outcome that is not a row of the value map, a
 * correlation naming a row that is not there).
 */
export function modelRanges(c: SroiAnalysisCase): {
  ranges: InputRange[];
  correlations: [number, number, number][];
} {
  const rows = c.ranges ?? [];
  const ranges = rows.map((r, i) => {
    const where = rangeWhere(r, i);
    if (r.outcome !== null) {
      if (r.input === "discount")
        throw new Error(
          `${where}: the discount rate applies to every outcome; leave the outcome blank.`
        );
      if (!Number.isInteger(r.outcome) || r.outcome < 1 || r.outcome > c.outcomes.length)
        throw new Error(
          `${where}: the outcome must be a row of the value map, 1 to ${c.outcomes.length}.`
        );
    }
    return {
      input: r.input as RangeInput,
      outcome: r.outcome === null ? undefined : r.outcome - 1,
      distribution: rangeDistribution(r, where),
    };
  });
  // The same input of the same outcome twice (or once alone and once for every outcome).
  const taken = new Map<string, number>();
  rows.forEach((r, i) => {
    const outcomes =
      r.input === "discount"
        ? [0]
        : r.outcome === null
          ? c.outcomes.map((_, o) => o + 1)
          : [r.outcome];
    for (const o of outcomes) {
      const key = `${r.input}:${o}`;
      const first = taken.get(key);
      if (first !== undefined)
        throw new Error(
          `${rangeWhere(r, i)}: ${RANGE_INPUT_LABELS[r.input]}${r.input === "discount" ? "" : ` of outcome ${o}`} already has a range (range ${first + 1}).`
        );
      taken.set(key, i);
    }
  });
  const correlations = (c.correlations ?? []).map((k, i): [number, number, number] => {
    for (const row of [k.first, k.second])
      if (!Number.isInteger(row) || row < 1 || row > rows.length)
        throw new Error(
          `Correlation ${i + 1}: a range row must be 1 to ${rows.length}; got ${row}.`
        );
    if (k.first === k.second)
      throw new Error(`Correlation ${i + 1}: a range cannot be correlated with itself.`);
    if (!(k.correlation >= -1 && k.correlation <= 1))
      throw new Error(`Correlation ${i + 1}: the rank correlation must be from −1 to 1.`);
    return [k.first - 1, k.second - 1, k.correlation];
  });
  return { ranges, correlations };
}

/** Where a correlation row is, in the pane's words ("Correlation 2 (Range 1 with Range 3)"). */
export function correlationWhere(k: SroiCorrelationRow, i: number): string {
  return `Correlation ${i + 1} (Range ${k.first} with Range ${k.second})`;
}

/** The words, on each field blamed, for correlations that cannot hold together. */
export const CANNOT_HOLD =
  "This correlation and the others marked cannot hold together: no inputs can be correlated like that all at once. Weaken one of them.";

/**
 * What is wrong with each correlation row, in words without its place (undefined: nothing),
 * for its field and the problem list. First each row on its own: a range row that is not
 * there, a row with itself, a value outside −1 to 1, a pair given before with another
 * value. Then the good rows together: if their matrix (over the range rows, in row order)
 * is not positive semi-definite, the rows between the first range row at which it fails and
 * those before it are marked {@link CANNOT_HOLD} (`inconsistentPairs`); if only the model's
 * matrix fails (a row over every outcome correlated outcome by outcome), every good row is.
 * Nothing is said when the ranges themselves cannot be drawn (their own message says why).
 *
 * @example correlations 1–2 at 0.9, 2–3 at 0.9, 1–3 at −0.9 → [undefined, CANNOT_HOLD, CANNOT_HOLD]
 */
export function correlationProblems(
  c: SroiAnalysisCase,
  analysis: SroiAnalysis
): (string | undefined)[] {
  const all = c.correlations ?? [];
  const sets = (correlations: SroiCorrelationRow[]) => {
    const model = modelRanges({ ...c, correlations });
    new RangeSimulation(analysis, model.ranges, {
      iterations: 1,
      seed: 1,
      sampling: "random",
      correlations: model.correlations,
    });
  };
  try {
    sets([]);
  } catch {
    return all.map(() => undefined);
  }
  const given = new Map<string, { at: number; rho: number }>();
  const out = all.map((k, at): string | undefined => {
    try {
      sets([k]);
    } catch (e) {
      // The model's words, without the place it gave (counted in the one row checked).
      const text = (e as Error).message
        .replace(/^Correlation \d+: /, "")
        .replace(/^correlations: /, "");
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
    const key = [k.first, k.second].sort((a, b) => a - b).join(":");
    const first = given.get(key);
    if (first && first.rho !== k.correlation)
      return `Range ${k.first} and Range ${k.second} are already correlated at ${first.rho} (correlation ${first.at + 1}); give each pair once.`;
    if (!first) given.set(key, { at, rho: k.correlation });
    return undefined;
  });
  const good = all.map((k, at) => ({ k, at })).filter((x) => out[x.at] === undefined);
  const units = [...new Set(good.flatMap((x) => [x.k.first, x.k.second]))].sort((a, b) => a - b);
  const unit = new Map(units.map((r, i) => [r, i]));
  const blamed = inconsistentPairs(
    units.length,
    good.map((x) => [unit.get(x.k.first)!, unit.get(x.k.second)!, x.k.correlation] as const)
  );
  if (blamed.length > 0) {
    for (const b of blamed) out[good[b].at] = CANNOT_HOLD;
    return out;
  }
  try {
    sets(good.map((x) => x.k));
  } catch {
    for (const x of good) out[x.at] = CANNOT_HOLD;
  }
  return out;
}

/** The SROI ratio as its range simulation summarises it (the sheet's labels and formats). */
export const SROI_RANGE_RATIO: SimulatedMeasure<RangeSummary> = {
  sheet: "SROI simulation",
  table: "SimulationHistogram",
  name: "ratio",
  numFmt: '"£"0.00" per £1"',
  note: "Each input in the ranges table drawn from its distribution (with the rank correlations asked for); every other input held at its value; the value of inputs not varied.",
  chanceLabel: "Chance the ratio exceeds 1",
  chance: (s) => s.probabilityAbove,
  chartTitle: "Distribution of the SROI ratio",
};

/** A ratio as the summary shows it: "£1.33 per £1". */
export const perPound = (x: number): string => `£${x.toFixed(2)} per £1`;

/** The first input of outcome 1 (then the rate) that has no range yet, for a new row. */
export function nextRangeInput(c: SroiAnalysisCase): SroiRangeInput | null {
  const used = (input: SroiRangeInput) =>
    (c.ranges ?? []).some(
      (r) => r.input === input && (input === "discount" || r.outcome === null || r.outcome === 1)
    );
  // The financial proxy first: the estimate evaluators are usually least sure of.
  const order: SroiRangeInput[] = [
    "proxy",
    "quantity",
    "duration",
    "deadweight",
    "displacement",
    "attribution",
    "drop_off",
    "discount",
  ];
  return order.find((i) => !used(i)) ?? null;
}

/** A new range row for an input: ±20% triangular about its value (outcome 1's, or the rate). */
export function defaultRange(c: SroiAnalysisCase, input: SroiRangeInput): SroiRangeRow {
  const o = c.outcomes[0];
  const value =
    input === "discount"
      ? typeof c.discount === "number"
        ? c.discount
        : 0.035
      : input === "drop_off"
        ? o.dropOff
        : o[input];
  const round = (x: number) => Number(x.toPrecision(6));
  const [low, high] = SHARE_INPUTS.includes(input)
    ? [round(Math.max(0, value * 0.8)), round(Math.min(1, value * 1.2))]
    : [round(value * 0.8), round(value * 1.2)];
  return {
    outcome: input === "discount" ? null : 1,
    input,
    distribution: "triangular",
    low: Math.min(low, high),
    mode: value,
    high: Math.max(low, high),
    sd: null,
  };
}

const SHARE_INPUTS: readonly SroiRangeInput[] = [
  "deadweight",
  "displacement",
  "attribution",
  "drop_off",
  "discount",
];
