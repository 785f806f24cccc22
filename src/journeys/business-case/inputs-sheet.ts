/**
 * The business case's Inputs sheet: every input in an Excel table (each from its codec in
 * ./inputs.ts), with units, sources and assumption flags, and the named settings.
 */
import { discountSchedule } from "../../model/discounting";
import { CASE_RANGE_CORRELATIONS, CASE_RANGES } from "./ranges";
import { TableLayout, type Placed } from "../../workbook/table-layout";
import type { PlanCell, PlanName, PlanSheet } from "../../workbook/types";
import type { CaseBuild } from "./build-context";
import { casePriced, caseSeries } from "./prices";
import { deflatorTableRows } from "../../values/deflator-table";
import {
  DISCOUNT_BANDS,
  FORUMS,
  INPUTS_TITLE,
  linesOf,
  LOANS,
  ONE_OFF_COSTS,
  OPTIONS,
  PARTNERS,
  SAVINGS,
  SAVINGS_PRICED,
  ONE_OFF_COSTS_PRICED,
  CASE_DEFLATORS,
  DEFLATOR_SERIES,
  SETTINGS,
  SWAPS,
} from "./inputs";

/** Where the tables the calculations refer to landed. */
export interface InputTables {
  readonly options: Placed;
  readonly savings: Placed;
  readonly oneOff: Placed;
  readonly forums: Placed;
  readonly loans: Placed;
  readonly swaps: Placed;
  /** Whether lines carry a price year (then the Deflators table and its names are there). */
  readonly priced: boolean;
}

export function inputsSheet(b: CaseBuild): {
  sheet: PlanSheet;
  names: PlanName[];
  tables: InputTables;
} {
  const { c, sheets, I, N } = b;
  const names: PlanName[] = [];
  const name = (n: string, ref: string, comment?: string) =>
    names.push({ name: N(n), ref: I(ref), comment });
  const inputs = new TableLayout(4, sheets.suffix);
  // A line in another year's prices: a Price year column and the Deflators table (./prices.ts).
  const priced = casePriced(c);
  const inputCells: PlanCell[] = [
    { ref: "A1", value: INPUTS_TITLE.write(c.title), role: "title" },
    {
      ref: "A2",
      value:
        "Yellow cells are inputs: edit them here and the model recalculates. Amounts in £ at the price base year's prices; rates and shares as percentages. Rows flagged as assumptions are defaults or estimates to review.",
      role: "note",
    },
  ];
  const settings = inputs.add("Appraisal settings", "", SETTINGS.table(c));
  SETTINGS.rows(c).forEach((key, i) => {
    const n: string | undefined = (SETTINGS.settings[key] as { name?: string }).name;
    if (n) name(n, `$B$${settings.first + i}`);
  });

  const schedule = discountSchedule(c.appraisal.discount);
  const bands = inputs.add(
    "Discount rate by band",
    typeof c.appraisal.discount === "string"
      ? "HM Treasury Green Book STPR: 3.5% real for years 1–30, declining after."
      : "A flat real discount rate chosen for this case.",
    DISCOUNT_BANDS.table(schedule.bands)
  );
  name("BandFrom", `$A$${bands.first}:$A$${bands.last}`);
  name("BandRate", `$B$${bands.first}:$B$${bands.last}`);

  inputs.add("Partners", "", PARTNERS.table(c.partners));

  const options = inputs.add(
    "Options compared with doing nothing",
    "Autonomy kept follows the form's place on the partnership continuum.",
    OPTIONS.table(c.options)
  );
  name("OptionIds", `$A$${options.first}:$A$${options.last}`);

  const savings = inputs.add(
    "Savings by source",
    "Full annual value once reached, years to reach it (linear ramp), and the share you expect to realise. No published odds exist for any source.",
    (priced ? SAVINGS_PRICED : SAVINGS).table(linesOf(c, (o) => o.savings))
  );
  const oneOff = inputs.add(
    "One-off costs",
    "Year 0 is now. Optimism bias is added in the calculations.",
    (priced ? ONE_OFF_COSTS_PRICED : ONE_OFF_COSTS).table(linesOf(c, (o) => o.oneOffCosts))
  );
  const forums = inputs.add(
    "Hidden costs: forums",
    "Meetings a year × attendees × hours × (1 + preparation) × loaded hourly rate.",
    FORUMS.table(linesOf(c, (o) => o.forums))
  );
  const loans = inputs.add(
    "Loan book",
    "Margins lenders would ask on a material event; consent fees have no published typical value.",
    LOANS.table(c.loans)
  );

  const swaps = inputs.add(
    "Swaps to break",
    "Broken when lenders reprice: the break cost is the present value, at the market rate, of the fixed rate's excess on each year's opening notional.",
    SWAPS.table(c.swaps)
  );

  if ((c.ranges ?? []).length > 0)
    inputs.add(
      "Ranges for the Monte Carlo of the NPV",
      "One row per uncertain line: savings lines and one-off costs in £, forums and coordination, VAT and loan repricing as a multiple of the estimate (1 = as estimated), the discount rate as year 1's rate. Lines not listed are held at their estimate; draws below 0 are clipped, and the share clipped is reported.",
      CASE_RANGES.table(c.ranges!)
    );

  if ((c.correlations ?? []).length > 0)
    inputs.add(
      "Rank correlations between ranged lines",
      "Pairs of lines of one option that have a range, with the rank correlation of their draws (from -1 to 1). Applied by Iman–Conover: each line keeps its own distribution, only the pairing of draws changes. Lines not listed are drawn independently.",
      CASE_RANGE_CORRELATIONS.table(c.correlations!)
    );

  if (priced) {
    const series = caseSeries(c);
    inputs.add(
      "Deflator series",
      c.deflators
        ? "Your own series (a newer release, forecast years, financial years): say its vintage in its name. Edit the table below and the lines convert with it."
        : "HM Treasury's GDP deflators, shipped with the product. Replace the table below with your own series to convert with it.",
      DEFLATOR_SERIES.table([c])
    );
    const deflators = inputs.add(
      "Deflators: restating a line given in another year's prices",
      `${series.name}. Source: ${series.source || "not given"}. Licence: ${series.licence || "not given"}. A line's amount × index(price base year) ÷ index(its price year); a financial year is text ('2010/11).`,
      CASE_DEFLATORS.table(deflatorTableRows(series))
    );
    name("DeflatorYears", `$A$${deflators.first}:$A$${deflators.last}`);
    name("DeflatorIndex", `$B$${deflators.first}:$B$${deflators.last}`);
  }

  const sheet: PlanSheet = {
    name: sheets.inputs,
    widths: { A: 34, B: 22, C: 24, D: 24, E: 18, F: 16, G: 20, H: 18, I: 18, J: 18 },
    cells: [...inputCells, ...inputs.cells],
    tables: inputs.tables,
    checks: [],
    charts: [],
  };

  return { sheet, names, tables: { options, savings, oneOff, forums, loans, swaps, priced } };
}
