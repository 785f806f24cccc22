/**
 * VAT on shared services: the UK standard rate by date, the saving a VAT-able shared
 * service must make to break even, and a member's saving by VAT route.
 *
 * Sources: HMRC, "VAT rates" and the rate-change notices (17.5% from 1 Apr 1991; 15% from
 * 1 Dec 2008 to 31 Dec 2009; 17.5% again from 1 Jan 2010; 20% from 4 Jan 2011); VAT Act
 * 1994 Schedule 9 Group 16, the cost sharing exemption, in force from 17 Jul 2012; and the
 * catalogue (`docs/functions.md`, "Partnership finance"; `docs/domain.md`, "Facts and rules:
 * VAT").
 */
import { invalidArgument, notAvailable } from "./errors";
import { requireChoice, requireFinite, requireNonNegative, requireShare, shown } from "./validate";

/** A calendar date (month 1–12). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Largest serial Excel accepts: 31 Dec 9999. */
export const MAX_EXCEL_SERIAL = 2958465;

/** Excel's phantom 29 Feb 1900: serial 60 exists in Excel but names no real day. */
export const PHANTOM_LEAP_DAY = 60;

const MS_PER_DAY = 86400000;

/**
 * The calendar date of an Excel serial in the 1900 date system. Serial 1 is 1 Jan 1900.
 * Excel counts a 29 Feb 1900 that never was (serial 60), a bug kept from Lotus 1-2-3, so
 * serials from 61 (1 Mar 1900) on count days from 30 Dec 1899 and serials 1–59 from
 * 31 Dec 1899. A time of day (the fraction) is ignored.
 *
 * @example excelSerialToDate(40547) → 2011-01-04; excelSerialToDate(61) → 1900-03-01
 * @throws `#VALUE!` for serial 60 (the phantom day), below 1, or after 31 Dec 9999.
 */
export function excelSerialToDate(serial: number, name = "date"): CalendarDate {
  requireFinite(serial, name);
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_EXCEL_SERIAL) {
    throw invalidArgument(
      `${name} must be an Excel date from 1 (1 Jan 1900) to ${MAX_EXCEL_SERIAL} (31 Dec 9999); got ${shown(serial)}.`
    );
  }
  if (whole === PHANTOM_LEAP_DAY) {
    throw invalidArgument(
      `${name} is 29 Feb 1900, a day Excel counts but the calendar never had (serial 60).`
    );
  }
  const epoch = whole > PHANTOM_LEAP_DAY ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const d = new Date(epoch + whole * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The Excel serial of a calendar date (the inverse of {@link excelSerialToDate}).
 *
 * @example dateToExcelSerial({ year: 2011, month: 1, day: 4 }) → 40547
 */
export function dateToExcelSerial(date: CalendarDate): number {
  const days =
    (Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(1899, 11, 30)) / MS_PER_DAY;
  // Before 1 Mar 1900 Excel's count is one lower (no phantom day yet).
  return days > PHANTOM_LEAP_DAY ? days : days - 1;
}

/** A UK standard-rate period: `rate` applies from `from` (serial) until the next period. */
interface RatePeriod {
  readonly from: number;
  readonly rate: number;
}

const serialOf = (year: number, month: number, day: number) =>
  dateToExcelSerial({ year, month, day });

/** The UK standard rate from 1 Apr 1991, oldest first. */
const UK_STANDARD_RATES: readonly RatePeriod[] = [
  { from: serialOf(1991, 4, 1), rate: 0.175 },
  { from: serialOf(2008, 12, 1), rate: 0.15 },
  { from: serialOf(2010, 1, 1), rate: 0.175 },
  { from: serialOf(2011, 1, 4), rate: 0.2 },
];

/**
 * The UK standard VAT rate on an Excel date: 17.5% from 1 Apr 1991, 15% from 1 Dec 2008,
 * 17.5% from 1 Jan 2010 and 20% from 4 Jan 2011 (the rate in force on any later date
 * until Parliament changes it).
 *
 * @example vatRate(40547) = 0.2 (4 Jan 2011); vatRate(40546) = 0.175 (3 Jan 2011)
 * @throws `#N/A` before 1 Apr 1991, which the function does not cover: enter the rate.
 */
export function vatRate(serial: number): number {
  excelSerialToDate(serial);
  const day = Math.floor(serial);
  let rate: number | undefined;
  for (const period of UK_STANDARD_RATES) if (day >= period.from) rate = period.rate;
  if (rate === undefined) {
    throw notAvailable(
      "VAT_RATE covers dates from 1 Apr 1991 (17.5%); for an earlier date, enter the rate yourself."
    );
  }
  return rate;
}

/** What a break-even saving is a share of. */
export type BreakevenBasis = "in_house" | "charge";
export const BREAKEVEN_BASES: readonly BreakevenBasis[] = ["in_house", "charge"];

/** Irrecoverable VAT per £1 of ex-VAT charge for a member recovering `recovery` of it: v(1 − r). */
function irrecoverableRate(vat: number, recovery: number): number {
  requireShare(vat, "vat_rate");
  requireShare(recovery, "recovery_rate");
  return vat * (1 - recovery);
}

/**
 * The smallest saving a VAT-able shared service must make to break even for a member. With
 * the member's irrecoverable rate k = v(1 − r): as a share of today's in-house cost,
 * k / (1 + k); as a share of the shared service's ex-VAT charge, k. A charge of
 * C·(1 − k/(1 + k)) costs the member C after VAT.
 *
 * @example vatBreakeven(0.2, 0, "in_house") = 0.1667; vatBreakeven(0.2, 0, "charge") = 0.2
 * @see docs/domain.md, "Facts and rules: VAT": a member that recovers no VAT must save 16.67%
 * of its in-house cost (20% of the shared service's own ex-VAT charge).
 */
export function vatBreakeven(
  vat: number,
  recovery = 0,
  basis: BreakevenBasis | string = "in_house"
): number {
  const b = requireChoice(basis, "basis", BREAKEVEN_BASES);
  const k = irrecoverableRate(vat, recovery);
  return b === "charge" ? k : k / (1 + k);
}

/** How the shared service's charges are treated for VAT. */
export type VatRoute = "taxable" | "exempt" | "vat_group";
export const VAT_ROUTES: readonly VatRoute[] = ["taxable", "exempt", "vat_group"];

/** A member's use of a shared service at exact reimbursement of its costs. */
export interface SharedService {
  /** What the member spends today doing it in house. */
  readonly inHouseCost: number;
  /** The shared service's ex-VAT cost of serving the member. */
  readonly costBase: number;
  /** Standard VAT rate. */
  readonly vat: number;
  /** Share of the VAT it is charged that the member recovers. */
  readonly recovery?: number;
  /** "taxable" (default), "exempt" or "vat_group", in any case. */
  readonly route?: VatRoute | string;
  /** The part of costBase bought in (VAT-able goods and services; not staff). */
  readonly purchases?: number;
}

/**
 * What the member pays, VAT included, net of what it recovers, by route:
 * - `taxable`: the provider recovers its input VAT and charges VAT on cost_base; the member
 *   pays cost_base · (1 + v(1 − r));
 * - `exempt` (cost sharing exemption): no VAT on the charge, but the provider cannot recover
 *   the VAT on its purchases, which it passes on: cost_base + purchases · v;
 * - `vat_group`: supplies within the group are disregarded; the group recovers VAT on its
 *   purchases at the member's recovery rate: cost_base + purchases · v · (1 − r).
 *
 * @example sharedServiceCost({ inHouseCost: 0, costBase: 100, vat: 0.2, route: "taxable" }) = 120
 */
export function sharedServiceCost(s: SharedService): number {
  requireNonNegative(s.costBase, "cost_base");
  const purchases = requireNonNegative(s.purchases ?? 0, "purchases");
  if (purchases > s.costBase) {
    throw invalidArgument(
      `purchases is part of cost_base, so it cannot exceed it; got purchases ${shown(purchases)} and cost_base ${shown(s.costBase)}.`
    );
  }
  const recovery = s.recovery ?? 0;
  const k = irrecoverableRate(s.vat, recovery);
  switch (requireChoice(s.route ?? "taxable", "route", VAT_ROUTES)) {
    case "taxable":
      return s.costBase * (1 + k);
    case "exempt":
      return s.costBase + purchases * s.vat;
    case "vat_group":
      return s.costBase + purchases * k;
  }
}

/**
 * A member's annual saving from a shared service: in_house_cost − what it pays by route
 * ({@link sharedServiceCost}). Negative when VAT eats more than the service saves.
 *
 * @example vatSharedServiceSaving({ inHouseCost: 1000, costBase: 800, vat: 0.2 }) = 40:
 * a 20% cheaper service saves only 4% once 20% VAT is charged and none recovered.
 */
export function vatSharedServiceSaving(s: SharedService): number {
  requireNonNegative(s.inHouseCost, "in_house_cost");
  return s.inHouseCost - sharedServiceCost(s);
}
