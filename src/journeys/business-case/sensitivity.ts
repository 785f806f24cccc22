/**
 * Sensitivity of a business case option's NPV (Green Book switching values): the NPV with
 * each component 20% lower and higher (a tornado), and the change in each component at
 * which the NPV falls to zero. The NPV is linear in each flow component, so the switching
 * value is exact: for savings, PV(costs) / PV(savings) − 1; for a cost component c,
 * (PV(savings) − PV(other costs)) / PV(c) − 1. The discount rate is scaled as a whole
 * schedule (every band) and its switching value is not linear, so it is not reported.
 */
import {
  discountFactors,
  discountSchedule,
  scaleSchedule,
  type DiscountSchedule,
} from "../../model/discounting";
import { optionFlows, presentValue } from "./evaluate";
import type { BusinessCase } from "./types";

export const COMPONENTS = ["savings", "oneOff", "hidden", "vat", "repricing", "discount"] as const;
export type Component = (typeof COMPONENTS)[number];
export const COMPONENT_LABELS: Record<Component, string> = {
  savings: "Savings",
  oneOff: "One-off costs",
  hidden: "Forums and coordination",
  vat: "VAT",
  repricing: "Loan repricing",
  discount: "Discount rate",
};

export interface SensitivityRow {
  component: Component;
  low: number;
  high: number;
  /** The change (−0.37 = 37% lower) at which the NPV is 0; null if none (the component is worth 0, or the discount rate). */
  switching: number | null;
}

function pvs(c: BusinessCase, optionId: string, schedule: DiscountSchedule) {
  const option = c.options.find((o) => o.id === optionId);
  if (!option) throw new Error(`No option "${optionId}".`);
  const f = optionFlows(c, option);
  const df = discountFactors(c.appraisal.horizon, schedule);
  const pv = (row: number[]) => presentValue(row, df);
  return {
    savings: pv(f.savings),
    oneOff: pv(f.oneOff),
    hidden: pv(f.hidden),
    vat: pv(f.vat),
    repricing: pv(f.repricing),
  };
}

const npvOf = (p: ReturnType<typeof pvs>, scale: Partial<Record<Component, number>> = {}) =>
  p.savings * (scale.savings ?? 1) -
  p.oneOff * (scale.oneOff ?? 1) -
  p.hidden * (scale.hidden ?? 1) -
  p.vat * (scale.vat ?? 1) -
  p.repricing * (scale.repricing ?? 1);

/** The tornado rows for one option, widest first. */
export function caseSensitivity(c: BusinessCase, optionId: string, swing = 0.2): SensitivityRow[] {
  const schedule = discountSchedule(c.appraisal.discount);
  const p = pvs(c, optionId, schedule);
  const rows = COMPONENTS.map((component): SensitivityRow => {
    if (component === "discount") {
      return {
        component,
        low: npvOf(pvs(c, optionId, scaleSchedule(schedule, 1 - swing))),
        high: npvOf(pvs(c, optionId, scaleSchedule(schedule, 1 + swing))),
        switching: null,
      };
    }
    const own = p[component];
    const rest = npvOf(p, { [component]: 0 });
    // NPV = rest ± own · factor = 0  →  factor = ∓rest / own.
    const factor = own === 0 ? null : component === "savings" ? -rest / own : rest / own;
    return {
      component,
      low: npvOf(p, { [component]: 1 - swing }),
      high: npvOf(p, { [component]: 1 + swing }),
      switching: factor === null || factor < 0 ? null : factor - 1,
    };
  });
  return rows.sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
}
