/**
 * The hidden recurring costs of partnership: the staff time that forums, boards and
 * coordination take, which partnerships rarely record.
 *
 * Source: TSRC Research Report 88, "Partnership working" (2012; `docs/domain.md`, "Who uses
 * it"): hidden costs (meetings, shared staff time) go unrecorded. Formulas from the catalogue
 * (`docs/functions.md`, "Partnership finance"). Staff on-cost rates have no published typical
 * value: they are user inputs.
 */
import { finiteResult } from "./errors";
import { requireNonNegative, requirePositive, requireShare } from "./validate";

/** One forum: how often it meets, who attends, for how long, at what loaded rate. */
export interface Forum {
  readonly meetingsPerYear: number;
  readonly attendees: number;
  /** Hours per meeting. */
  readonly hours: number;
  /** Loaded cost of an attendee's hour ({@link loadedHourlyRate}). */
  readonly hourlyRate: number;
  /** Preparation and travel time as a share of meeting time (0.5 = half an hour per hour). */
  readonly preparation?: number;
}

/**
 * Annual cost of forums: Σ meetings · attendees · hours · (1 + preparation) · hourly_rate.
 *
 * @example meetingCost([{ meetingsPerYear: 12, attendees: 8, hours: 2, hourlyRate: 45,
 *   preparation: 0.5 }]) = 12,960
 */
export function meetingCost(forums: readonly Forum[]): number {
  let total = 0;
  const ok = (x: number) => x >= 0 && x <= Number.MAX_VALUE;
  forums.forEach((f, i) => {
    const preparation = f.preparation ?? 0;
    // Checked inline; the messages (naming the forum) are built only for a bad value.
    if (!(
      ok(preparation) &&
      ok(f.meetingsPerYear) &&
      ok(f.attendees) &&
      ok(f.hours) &&
      ok(f.hourlyRate)
    )) {
      const where = forums.length > 1 ? ` (forum ${i + 1})` : "";
      requireNonNegative(preparation, `preparation${where}`);
      requireNonNegative(f.meetingsPerYear, `meetings_per_year${where}`);
      requireNonNegative(f.attendees, `attendees${where}`);
      requireNonNegative(f.hours, `hours${where}`);
      requireNonNegative(f.hourlyRate, `hourly_rate${where}`);
    }
    total += f.meetingsPerYear * f.attendees * f.hours * (1 + preparation) * f.hourlyRate;
  });
  return finiteResult(total, "The meeting cost");
}

/**
 * Loaded hourly cost of staff time: salary · (1 + oncost) / productive_hours, with on-costs
 * (employer's National Insurance, pension, overheads) as a share of salary.
 *
 * @example loadedHourlyRate(45000, 0.3, 1650) = 35.4545
 */
export function loadedHourlyRate(salary: number, oncost: number, productiveHours: number): number {
  requireNonNegative(salary, "salary");
  requireShare(oncost, "oncost");
  requirePositive(productiveHours, "productive_hours");
  return finiteResult((salary * (1 + oncost)) / productiveHours, "The hourly rate");
}
