/**
 * What the business case's tornado and Monte Carlo sheets are of: one option's NPV, with its
 * formats and labels (the generic sheets are in src/workbook/tornado.ts and simulation.ts).
 */
import { MONEY } from "../../workbook/refs";
import type { TornadoMeasure } from "../../workbook/tornado";
import type { SimulatedMeasure } from "../../workbook/simulation";
import type { CaseSimulationSummary } from "./simulation";

/** A business case option's NPV. */
export const caseTornado = (option: string): TornadoMeasure => ({
  sheet: "NPV sensitivity",
  table: "NpvSensitivity",
  name: "NPV (£)",
  numFmt: MONEY,
  switchingLabel: "NPV is 0 after a change of",
  switchingFmt: "+0.0%;-0.0%;0.0%",
  note: `${option}: each component of the NPV scaled with the others held; the switching value is the change in that component alone that takes the NPV to 0.`,
});

/** A business case option's NPV. */
export const caseNpv = (option: string): SimulatedMeasure<CaseSimulationSummary> => ({
  sheet: "NPV simulation",
  table: "NpvSimulationHistogram",
  name: "NPV (£)",
  numFmt: MONEY,
  note: `${option}: each savings line, each one-off cost, forums and coordination, VAT, loan repricing and the discount rate varied on a symmetric triangular distribution; timings not varied.`,
  chanceLabel: "Chance the NPV is above 0",
  chance: (s) => s.probabilityPositive,
  chartTitle: `Distribution of the NPV: ${option}`,
});
