/**
 * A review ready to fill in: every line of the chosen option listed, with no figures yet
 * and no re-forecast (so each keeps its plan). The pane starts the Actuals table from it and
 * the CLI can write it out for a user to complete.
 */
import type { BusinessCase } from "./business-case";
import { plannedLines } from "./lines";
import type { Realisation, RealisationThresholds } from "./types";

/**
 * @param thresholds the user's bands; a pane may offer `SUGGESTED_THRESHOLDS`
 *   (`src/model/realisation.ts`), which are labelled an assumption to review
 * @throws Error when the option is not in the case
 */
export function realisationTemplate(
  c: BusinessCase,
  optionId: string,
  asAtYear: number,
  thresholds: RealisationThresholds
): Realisation {
  const option = c.options.find((o) => o.id === optionId);
  if (!option) {
    const ids = c.options.map((o) => `"${o.id}"`).join(", ");
    throw new Error(`"${optionId}" is not an option of the case (${ids}).`);
  }
  return {
    schemaVersion: 1,
    title: `Realisation: ${c.title}`.slice(0, 200),
    businessCase: c,
    optionId,
    asAtYear,
    thresholds: {
      savings: { ...thresholds.savings },
      costs: { ...thresholds.costs },
      assumption: thresholds.assumption,
    },
    actuals: plannedLines(c, option).map((l) => ({ line: l.id, figures: [] })),
    unplanned: [],
  };
}
