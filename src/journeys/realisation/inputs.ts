/**
 * The realisation review's input tables, each defined once as a codec that both writes it
 * (`./workbook.ts`) and reads it back, and the reader that restores the review from them, so
 * reopening a workbook restores the pane and figures typed in the sheet carry into the next
 * build. The Actuals sheet holds:
 * - RealisationSettings: the option, the last year reported, the status bands, the check
 *   tolerance and the NPV the board approved;
 * - RealisationDiscountBands: the business case's discounting;
 * - RealisationLines: one row per line of the review (the option's lines, then unplanned
 *   ones), its re-forecast and note, and its plan by year as approved;
 * - ActualFigures: one row per line and year, the amount (blank = not yet known) and its
 *   evidence;
 * - ApprovedCase: the business case as approved, as JSON, so the baseline is recomputed
 *   from exactly the case the board saw (docs/realisation.md).
 * What the pane cannot show (a plan or discount band edited away from the approved case, a
 * figure for a line the review does not have) is an error that names the table.
 */
import { discountBandsCodec } from "../../workbook/discounting";
import { discountSchedule } from "../../model/discounting";
import type { JourneyReader, TableValues } from "../../workbook/read-tables";
import { MONEY, WHOLE } from "../../workbook/refs";
import {
  OPTIONAL_NUMBER,
  FLAG,
  NUMBER,
  TEXT,
  settingsCodec,
  tableCodec,
  titleCodec,
  type ColumnDef,
  type Kind,
} from "../../workbook/table-codec";
import { evaluateCase, type BusinessCase, type SavingsSource } from "./business-case";
import { linesOf } from "./rules";
import type {
  ActualFigure,
  LineKind,
  PlannedLineActuals,
  Realisation,
  Reforecast,
  UnplannedLine,
} from "./types";

/** The Actuals sheet's title: "Actuals: <the review's title>". */
export const ACTUALS_TITLE = titleCodec("Actuals: ");

/** Text exactly as the cell holds it (the case's JSON, whose spaces matter). */
const RAW: Kind<string> = {
  read: (v) => (v === null || v === undefined ? "" : String(v)),
};

/** The tolerance of the sheet's checks: half a penny, as the business case's. */
export const CHECK_TOLERANCE = 0.005;

/** The NPV the board approved: the case's own figure for the option. */
export const approvedNpv = (r: Realisation): number =>
  evaluateCase(r.businessCase).find((o) => o.id === r.optionId)?.npv ?? 0;

export const SETTINGS = settingsCodec<Realisation>()(
  "RealisationSettings",
  [
    { header: "Input", part: "label" },
    { header: "Value", part: "value", role: "input" },
    { header: "Unit", part: "unit" },
    { header: "Note", part: "note" },
  ],
  {
    optionId: {
      label: "Option",
      unit: "id",
      note: "The option the partnership went ahead with (its id in the business case).",
      kind: TEXT,
      write: (r) => r.optionId,
    },
    asAtYear: {
      label: "Last year reported",
      unit: "year",
      note: "Actuals are compared with the plan for years 0 to this one; after it, the re-forecast.",
      name: "RealAsAt",
      kind: NUMBER,
      write: (r) => r.asAtYear,
    },
    savingsGreen: {
      label: "Savings: green at or above",
      unit: "× plan",
      note: "Your band: no published figure exists.",
      name: "RealSavGreen",
      kind: NUMBER,
      write: (r) => r.thresholds.savings.green,
    },
    savingsAmber: {
      label: "Savings: amber at or above",
      unit: "× plan",
      note: "Below it, red.",
      name: "RealSavAmber",
      kind: NUMBER,
      write: (r) => r.thresholds.savings.amber,
    },
    costsGreen: {
      label: "Costs: green at or below",
      unit: "× plan",
      note: "Your band: no published figure exists.",
      name: "RealCostGreen",
      kind: NUMBER,
      write: (r) => r.thresholds.costs.green,
    },
    costsAmber: {
      label: "Costs: amber at or below",
      unit: "× plan",
      note: "Above it, red.",
      name: "RealCostAmber",
      kind: NUMBER,
      write: (r) => r.thresholds.costs.amber,
    },
    assumption: {
      label: "Bands are assumptions to review",
      unit: "",
      note: "TRUE while the bands are suggested defaults; set FALSE once agreed.",
      kind: FLAG,
      write: (r) => r.thresholds.assumption,
    },
    tolerance: {
      label: "Check tolerance",
      unit: "£",
      note: "Differences up to half a penny pass the checks.",
      name: "RealTolerance",
      kind: NUMBER,
      write: () => CHECK_TOLERANCE,
    },
    approvedNpv: {
      label: "NPV the board approved",
      unit: "£",
      note: "From the business case as approved (ApprovedCase below); rebuilt from it, not an input.",
      name: "RealApprovedNpv",
      kind: NUMBER,
      write: approvedNpv,
    },
  }
);

/** A row of the lines table: one line of the review. */
export interface LineRow {
  id: string;
  planned: boolean;
  kind: LineKind;
  source: SavingsSource | null;
  description: string;
  /** The plan's full annual value and its year; null for one-offs and loan repricing. */
  level: number | null;
  levelYear: number | null;
  reforecast: Reforecast | null;
  note: string;
  plan: readonly number[];
}

const rfValue = (r: Reforecast | null): number | null =>
  r === null ? null : "annual" in r ? r.annual : r.amount;

/** The lines table for a case of `horizon` years: ten columns, then the plan of each year. */
export const linesCodec = (horizon: number) =>
  tableCodec<LineRow>()("RealisationLines", {
    id: { header: "Line", kind: TEXT, write: (l) => l.id },
    planned: { header: "In the business case", kind: FLAG, write: (l) => l.planned },
    kind: { header: "Kind", role: "input", kind: TEXT, write: (l) => l.kind },
    source: { header: "Source", role: "input", kind: TEXT, write: (l) => l.source ?? "" },
    description: {
      header: "Description",
      role: "input",
      kind: TEXT,
      write: (l) => l.description,
    },
    level: {
      header: "Planned full annual (£)",
      numFmt: MONEY,
      kind: OPTIONAL_NUMBER,
      write: (l) => l.level,
    },
    levelYear: {
      header: "Planned full from year",
      numFmt: WHOLE,
      kind: OPTIONAL_NUMBER,
      write: (l) => l.levelYear,
    },
    reforecast: {
      header: "Re-forecast (£ a year; a one-off: £ still to spend)",
      numFmt: MONEY,
      role: "input",
      kind: OPTIONAL_NUMBER,
      write: (l) => rfValue(l.reforecast),
    },
    reforecastYear: {
      header: "Re-forecast year",
      numFmt: WHOLE,
      role: "input",
      kind: OPTIONAL_NUMBER,
      write: (l) => l.reforecast?.year ?? null,
    },
    note: { header: "Note", role: "input", kind: TEXT, write: (l) => l.note },
    ...(Object.fromEntries(
      Array.from({ length: horizon + 1 }, (_, t) => [
        `plan${t}`,
        {
          header: `Plan year ${t} (£)`,
          numFmt: MONEY,
          kind: NUMBER,
          write: (l: LineRow) => l.plan[t] ?? 0,
        },
      ])
    ) as Record<`plan${number}`, ColumnDef<LineRow, number>>),
  });

/** A row of the actuals table: one line's figure for one year (amount null = not yet known). */
export interface FigureRow {
  line: string;
  description: string;
  year: number;
  amount: number | null;
  evidence: string;
}

export const ACTUALS = tableCodec<FigureRow>()("ActualFigures", {
  line: { header: "Line", role: "input", kind: TEXT, write: (f) => f.line },
  description: { header: "Line description", kind: TEXT, write: (f) => f.description },
  year: { header: "Year", numFmt: WHOLE, role: "input", kind: NUMBER, write: (f) => f.year },
  amount: {
    header: "Amount (£)",
    numFmt: MONEY,
    role: "input",
    kind: OPTIONAL_NUMBER,
    write: (f) => f.amount,
  },
  evidence: { header: "Evidence", role: "input", kind: TEXT, write: (f) => f.evidence },
});

/** The case as approved, in parts short enough for a cell (Excel holds 32,767 characters). */
export const APPROVED_CASE = tableCodec<{ part: number; json: string }>()("ApprovedCase", {
  part: { header: "Part", numFmt: WHOLE, kind: NUMBER, write: (p) => p.part },
  json: { header: "Business case as approved (JSON)", kind: RAW, write: (p) => p.json },
});

/** Characters of the case's JSON per cell. */
export const CASE_PART_LENGTH = 8000;

export const caseParts = (c: BusinessCase): { part: number; json: string }[] => {
  const json = JSON.stringify(c);
  const parts: { part: number; json: string }[] = [];
  for (let k = 0; k * CASE_PART_LENGTH < json.length; k++)
    parts.push({ part: k + 1, json: json.slice(k * CASE_PART_LENGTH, (k + 1) * CASE_PART_LENGTH) });
  return parts;
};

/** The discount bands table's name (the case's schedule, written by `discountBandsTable`). */
export const DISCOUNT_BANDS = "RealisationDiscountBands";

/** The tables a realisation workbook holds, by name before any suffix. */
export const REALISATION_INPUT_TABLES = [
  SETTINGS.name,
  DISCOUNT_BANDS,
  "RealisationLines",
  ACTUALS.name,
  APPROVED_CASE.name,
] as const;

const LINE_KINDS: readonly LineKind[] = ["saving", "one_off_cost", "recurring_cost"];

function reforecastOf(
  kind: LineKind,
  value: number | null,
  year: number | null,
  line: string
): Reforecast | null {
  if (value === null && year === null) return null;
  if (value === null || year === null)
    throw new Error(
      `The RealisationLines table's re-forecast of "${line}" needs both its value and its year (or neither, for the plan).`
    );
  return kind === "one_off_cost" ? { amount: value, year } : { annual: value, year };
}

function approvedCaseOf(values: TableValues | undefined): BusinessCase {
  const parts = APPROVED_CASE.read(values).sort((a, b) => a.part - b.part);
  try {
    return JSON.parse(parts.map((p) => p.json).join("")) as BusinessCase;
  } catch {
    throw new Error(
      "The ApprovedCase table does not hold the business case as approved (its JSON is cut or edited); rebuild from the pane."
    );
  }
}

const differs = (a: number, b: number) => Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(b));

/** The review the tables describe. `title` is the Actuals sheet's title cell. */
export function realisationFromInputTables(
  tables: Record<string, TableValues>,
  title: string
): Realisation {
  const s = SETTINGS.read(tables.RealisationSettings);
  const businessCase = approvedCaseOf(tables.ApprovedCase);
  const h = businessCase.appraisal?.horizon;
  if (!Number.isInteger(h) || h < 0)
    throw new Error(
      "The ApprovedCase table's business case has no horizon; rebuild from the pane."
    );
  const bands = discountBandsCodec(DISCOUNT_BANDS).read(tables[DISCOUNT_BANDS]);
  const approvedBands = discountSchedule(businessCase.appraisal.discount).bands;
  if (
    bands.length !== approvedBands.length ||
    bands.some((b, k) => b.from !== approvedBands[k].from || differs(b.rate, approvedBands[k].rate))
  )
    throw new Error(
      `The ${DISCOUNT_BANDS} table differs from the business case's discounting as approved: the review discounts as the case did. Change it back in the sheet, or rebuild from the pane.`
    );

  const base: Realisation = {
    schemaVersion: 1,
    title: ACTUALS_TITLE.read(title),
    businessCase,
    optionId: s.optionId,
    asAtYear: s.asAtYear,
    thresholds: {
      savings: { green: s.savingsGreen, amber: s.savingsAmber },
      costs: { green: s.costsGreen, amber: s.costsAmber },
      assumption: s.assumption,
    },
    actuals: [],
    unplanned: [],
  };
  const planned = linesOf(base);
  if (!planned)
    throw new Error(
      `The RealisationSettings table's option "${s.optionId}" is not an option of the business case as approved.`
    );

  const rows = linesCodec(h).read(tables.RealisationLines);
  const figures = new Map<string, ActualFigure[]>(rows.map((r) => [r.id, []]));
  for (const f of ACTUALS.read(tables.ActualFigures)) {
    if (f.amount === null && f.evidence === "") continue; // a row left to fill in
    const list = figures.get(f.line);
    if (!list)
      throw new Error(
        `The ActualFigures table has a figure for "${f.line}", which is not a line in the RealisationLines table.`
      );
    list.push({ year: f.year, amount: f.amount, evidence: f.evidence });
  }
  const byYear = (id: string) => figures.get(id)!.sort((a, b) => a.year - b.year);

  const actuals: PlannedLineActuals[] = [];
  const unplanned: UnplannedLine[] = [];
  for (const r of rows) {
    const kind = r.kind as LineKind;
    if (!LINE_KINDS.includes(kind))
      throw new Error(
        `Kind must be one of ${LINE_KINDS.join(", ")}; the RealisationLines table holds "${r.kind}".`
      );
    const reforecast = reforecastOf(kind, r.reforecast, r.reforecastYear, r.id);
    if (r.planned) {
      const line = planned.get(r.id);
      if (!line)
        throw new Error(
          `The RealisationLines table lists "${r.id}" as in the business case, but option "${s.optionId}" has no such line.`
        );
      const plan = Array.from(
        { length: h + 1 },
        (_, t) => (r as unknown as Record<string, number>)[`plan${t}`]
      );
      if (plan.some((p, t) => differs(p, line.plan[t])))
        throw new Error(
          `The RealisationLines table's plan for "${r.id}" differs from the business case as approved: the plan is the case's. Change it back in the sheet, or rebuild from the pane.`
        );
      actuals.push({ line: r.id, figures: byYear(r.id), reforecast, note: r.note });
    } else {
      unplanned.push({
        kind,
        ...(kind === "saving" && r.source ? { source: r.source as SavingsSource } : {}),
        description: r.description,
        figures: byYear(r.id),
        reforecast,
        note: r.note,
      });
    }
  }
  return { ...base, actuals, unplanned };
}

/** Reading this journey back from a workbook (`readFromWorkbook` in src/workbook/office.ts). */
export const REALISATION_READER: JourneyReader<Realisation> = {
  tables: REALISATION_INPUT_TABLES,
  from: realisationFromInputTables,
};
