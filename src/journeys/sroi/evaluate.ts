/**
 * An SROI analysis computed by the model (src/model/sroi.ts): the ratio, NPV, payback and
 * the warnings the guide's principles call for (an outcome with none of the four
 * adjustments; a proxy without a source). The value map workbook computes the same.
 */
import { discountSchedule } from "../../model/discounting";
import { orNull } from "../common";
import {
  outcomeTable,
  sroiNpv,
  sroiPayback,
  sroiPv,
  sroiRatio,
  type SroiAnalysis,
} from "../../model/sroi";
import type { SroiAnalysisCase } from "./types";
import { convertedProxies } from "./prices";

export interface SroiResult {
  pv: number;
  inputs: number;
  ratio: number | null;
  npv: number;
  /** Months; null when it never pays back. */
  paybackMonths: number | null;
  warnings: string[];
}

/**
 * The model's analysis: proxies in the price base year's prices when the analysis has one
 * (`./prices.ts`), as they stand when it has none (a file saved before the price base).
 */
export function sroiAnalysis(c: SroiAnalysisCase): SroiAnalysis {
  const outcomes =
    c.priceBaseYear === undefined
      ? c.outcomes
      : convertedProxies(c).map((proxy, i) => ({ ...c.outcomes[i], proxy }));
  return {
    outcomes: outcomeTable(outcomes),
    inputs: c.inputs.reduce((s, i) => s + i.value, 0),
    discount: discountSchedule(c.discount),
  };
}

export function sroiWarnings(c: SroiAnalysisCase): string[] {
  const warnings: string[] = [];
  c.outcomes.forEach((o, i) => {
    const name = o.outcome || `Outcome ${i + 1}`;
    if (o.deadweight === 0 && o.displacement === 0 && o.attribution === 0 && o.dropOff === 0) {
      warnings.push(
        `${name}: none of deadweight, displacement, attribution or drop-off is applied. Is that right?`
      );
    }
    if (o.source.trim() === "") warnings.push(`${name}: the financial proxy has no source.`);
  });
  return warnings;
}

export function evaluateSroi(c: SroiAnalysisCase): SroiResult {
  const a = sroiAnalysis(c);
  return {
    pv: sroiPv(a.outcomes, a.discount),
    inputs: a.inputs as number,
    ratio: orNull(() => sroiRatio(a)),
    npv: sroiNpv(a),
    paybackMonths: orNull(() => sroiPayback(a)),
    warnings: sroiWarnings(c),
  };
}
