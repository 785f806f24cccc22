import { MONEY, RATIO } from "../workbook/refs";
import type { TornadoMeasure } from "../workbook/tornado";
import type { SimulatedMeasure } from "../workbook/simulation";
import type { SimulationSummary } from "../model/uncertainty";
import type { CaseSimulationSummary } from "../case/simulation";

export const SROI_TORNADO: TornadoMeasure = {
  sheet: "SROI sensitivity",
  table: "SroiSensitivity",
  name: "SROI ratio",
  numFmt: RATIO,
  switchingLabel: "Ratio is 1 when the input is, for every outcome",
  switchingFmt: "0.0%",
  note: "Each input scaled for every outcome with the others held; switching values for the adjustments and the discount rate (Green Book Annex A5).",
};

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
