/**
 * Returns by perspective, in the manner of "Experts by Experience" (Bauer, Fernandez,
 * Knapp and Anigbogu, PSSRU 2011): the same flows seen by government, by society, and by
 * each party.
 *
 * - government: rows in the public sector; costs are costs; benefits and transfers are
 *   benefits (a benefit payment saved is a saving to the Exchequer); quality of life is out.
 * - societal: all rows; transfers are left out (they move money, they create none);
 *   volunteer and other private costs count; quality of life counts only when asked.
 * - a party's name: that party's own fiscal return, by the government rules.
 *
 * Source for the rules: the function catalogue (`docs/functions.md`, "Return by perspective")
 * and PSSRU (Bauer et al., 2011; `docs/domain.md`, "Facts and rules"), where the societal
 * return (3.87) is below the government one (4.44)
 * because volunteer time is a cost to society and transfers net out.
 */
import { discountFactors, type DiscountSchedule } from "./discounting";
import { divisionByZero, finiteResult, invalidArgument } from "./errors";
import { requireFinite } from "./validate";

export const FLOW_KINDS = ["cost", "benefit", "transfer", "qol"] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];
export const SECTORS = ["public", "private"] as const;
export type Sector = (typeof SECTORS)[number];

/** One row of the flows table: amounts by year from `start`. */
export interface Flow {
  readonly amounts: readonly number[];
  readonly kind: FlowKind;
  readonly party: string;
  readonly sector: Sector;
}

export interface PerspectiveResult {
  readonly perspective: string;
  readonly pvCosts: number;
  readonly pvBenefits: number;
  readonly net: number;
  /** PV(benefits) / PV(costs); null when PV(costs) is 0. */
  readonly ratio: number | null;
}

/** How a flow counts for a perspective: +1 benefit, −1 cost, 0 left out. */
type Rule = (f: Flow) => "cost" | "benefit" | null;

const fiscal = (f: Flow): "cost" | "benefit" | null =>
  f.kind === "cost" ? "cost" : f.kind === "benefit" || f.kind === "transfer" ? "benefit" : null;

function ruleFor(
  perspective: string,
  includeQol: boolean,
  parties: readonly string[]
): { name: string; rule: Rule } {
  const key = perspective.trim().toLowerCase();
  if (key === "government")
    return { name: "government", rule: (f) => (f.sector === "public" ? fiscal(f) : null) };
  if (key === "societal") {
    return {
      name: "societal",
      rule: (f) =>
        f.kind === "transfer" || (f.kind === "qol" && !includeQol)
          ? null
          : f.kind === "cost"
            ? "cost"
            : "benefit",
    };
  }
  // A party is found by its name as typed (spaces included), then trimmed.
  const typed = perspective.toLowerCase();
  const party =
    parties.find((p) => p.toLowerCase() === typed) ??
    parties.find((p) => p.trim().toLowerCase() === key);
  if (party === undefined) {
    const known = ["government", "societal", ...parties].map((p) => `"${p}"`).join(", ");
    throw invalidArgument(`perspective must be one of ${known}; got "${perspective}".`);
  }
  return partyRule(party);
}

/**
 * A party's own fiscal return, by the government rules: its rows, matched on the name as
 * typed, case-insensitively (as Excel compares text), so "NHS" and "nhs" are one party.
 */
function partyRule(party: string): { name: string; rule: Rule } {
  const key = party.toLowerCase();
  return { name: party, rule: (f) => (f.party.toLowerCase() === key ? fiscal(f) : null) };
}

/** Parties in order of first appearance (case-insensitive, first spelling kept). */
export function partiesOf(flows: readonly Flow[]): string[] {
  const seen = new Map<string, string>();
  for (const f of flows)
    if (f.party && !seen.has(f.party.toLowerCase())) seen.set(f.party.toLowerCase(), f.party);
  return [...seen.values()];
}

function presentValue(amounts: readonly number[], factors: Float64Array, start: number): number {
  let sum = 0;
  amounts.forEach((a, k) => {
    sum += requireFinite(a, "amounts") * factors[start + k];
  });
  return sum;
}

/**
 * PV of costs and benefits, net and return for one perspective.
 *
 * @example government, one public cost of 100 and a public transfer saved of 444 in the
 * same year → return 4.44
 */
export function perspectiveReturn(
  flows: readonly Flow[],
  perspective: string,
  schedule: DiscountSchedule,
  start = 1,
  includeQol = false
): PerspectiveResult {
  return returnBy(flows, ruleFor(perspective, includeQol, partiesOf(flows)), schedule, start);
}

function returnBy(
  flows: readonly Flow[],
  { name, rule }: { name: string; rule: Rule },
  schedule: DiscountSchedule,
  start: number
): PerspectiveResult {
  const years = flows.reduce((m, f) => Math.max(m, f.amounts.length), 0);
  const factors = discountFactors(start + years, schedule);
  let pvCosts = 0;
  let pvBenefits = 0;
  for (const f of flows) {
    const side = rule(f);
    if (side === null) continue;
    const value = presentValue(f.amounts, factors, start);
    if (side === "cost") pvCosts += value;
    else pvBenefits += value;
  }
  finiteResult(pvCosts + pvBenefits, "The present value");
  return {
    perspective: name,
    pvCosts,
    pvBenefits,
    net: pvBenefits - pvCosts,
    ratio: pvCosts === 0 ? null : pvBenefits / pvCosts,
  };
}

/** The return for one perspective; `#DIV/0!` when its costs are worth 0. */
export function perspectiveRoi(
  flows: readonly Flow[],
  perspective: string,
  schedule: DiscountSchedule,
  start = 1,
  includeQol = false
): number {
  const r = perspectiveReturn(flows, perspective, schedule, start, includeQol);
  if (r.ratio === null) {
    throw divisionByZero(
      `The ${r.perspective} perspective bears no costs, so its return is undefined.`
    );
  }
  return finiteResult(r.ratio, "The return");
}

/**
 * One result per party (in order of appearance), then government, then societal. Each
 * party's row is its own return, even when it is called "Government" or "Societal", and the
 * parties' rows come from one pass over the flows (each party's sums add its flows in table
 * order, as {@link perspectiveReturn} does), so a table of many parties costs no more than
 * one of a few.
 */
export function perspectiveTable(
  flows: readonly Flow[],
  schedule: DiscountSchedule,
  start = 1,
  includeQol = false
): PerspectiveResult[] {
  const parties = partiesOf(flows);
  const years = flows.reduce((m, f) => Math.max(m, f.amounts.length), 0);
  const factors = discountFactors(start + years, schedule);
  const index = new Map(parties.map((p, i) => [p.toLowerCase(), i]));
  const costs = new Float64Array(parties.length);
  const benefits = new Float64Array(parties.length);
  for (const f of flows) {
    const side = fiscal(f);
    const i = index.get(f.party.toLowerCase());
    if (side === null || i === undefined) continue;
    const value = presentValue(f.amounts, factors, start);
    if (side === "cost") costs[i] += value;
    else benefits[i] += value;
  }
  const rows = parties.map((party, i): PerspectiveResult => {
    finiteResult(costs[i] + benefits[i], "The present value");
    return {
      perspective: party,
      pvCosts: costs[i],
      pvBenefits: benefits[i],
      net: benefits[i] - costs[i],
      ratio: costs[i] === 0 ? null : benefits[i] / costs[i],
    };
  });
  return [
    ...rows,
    perspectiveReturn(flows, "government", schedule, start, includeQol),
    perspectiveReturn(flows, "societal", schedule, start, includeQol),
  ];
}
