/**
 * The SROI starting example with three uniform ranges on its first outcome (proxy ±20%,
 * deadweight 10–30%, drop-off 10–40%) and the correlations a test gives between them: the
 * fixture the ranges editor's and the registry's correlation tests share.
 */
import { STARTING_EXAMPLE } from "../../src/journeys/sroi/examples";
import type { SroiAnalysisCase } from "../../src/journeys/sroi/types";

type Correlations = NonNullable<SroiAnalysisCase["correlations"]>;

export function withThreeRanges(correlations: Correlations): SroiAnalysisCase {
  const start = JSON.parse(JSON.stringify(STARTING_EXAMPLE)) as SroiAnalysisCase;
  const uniform = (input: "proxy" | "deadweight" | "drop_off", low: number, high: number) => ({
    input,
    outcome: 1,
    distribution: "uniform" as const,
    low,
    mode: null,
    high,
    sd: null,
  });
  start.ranges = [
    uniform("proxy", start.outcomes[0].proxy * 0.8, start.outcomes[0].proxy * 1.2),
    uniform("deadweight", 0.1, 0.3),
    uniform("drop_off", 0.1, 0.4),
  ];
  start.correlations = correlations;
  return start;
}
