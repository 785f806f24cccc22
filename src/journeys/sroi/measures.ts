/**
 * What the SROI tornado and Monte Carlo sheets are of: the SROI ratio, with its formats and
 * labels (the generic sheets are in src/workbook/tornado.ts and simulation.ts).
 */
import { RATIO } from "../../workbook/refs";
import type { TornadoMeasure } from "../../workbook/tornado";
import type { SimulatedMeasure } from "../../workbook/simulation";
import type { SimulationSummary } from "../../model/uncertainty";

export const SROI_TORNADO: TornadoMeasure = {
  sheet: "SROI sensitivity",
  table: "SroiSensitivity",
  name: "SROI ratio",
  numFmt: RATIO,
  switchingLabel: "Ratio is 1 when the input is, for every outcome",
  switchingFmt: "0.0%",
  note: "Each input scaled for every outcome with the others held; switching values for the adjustments and the discount rate (Green Book Annex A5).",
};

export const SROI_RATIO: SimulatedMeasure<SimulationSummary> = {
  sheet: "SROI simulation",
  table: "SimulationHistogram",
  name: "ratio",
  numFmt: "0.00",
  note: "Every quantity, proxy, duration, adjustment and the discount rate varied on a symmetric triangular distribution; the value of inputs not varied.",
  chanceLabel: "Chance the ratio exceeds 1",
  chance: (s) => s.probabilityAboveOne,
  chartTitle: "Distribution of the SROI ratio",
};
