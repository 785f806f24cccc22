/**
 * Values the product ships, each with its source, licence and price year, for the pane's
 * proxy picker. Only values published under a licence that lets the product redistribute
 * them (the Open Government Licence) belong here; banks of values whose terms do not
 * allow bundling are for users to import from their own copy (`./import`), and a test
 * (test/model/values-library.test.ts) guards that none is shipped.
 */
import type { ProxyValue } from "./proxy-value";

const OGL = "Open Government Licence v3.0 (Crown copyright)";

/**
 * HM Treasury's value of one WELLBY (a one-point change in life satisfaction, on a 0–10
 * scale, for one person for one year): £13,000 central, £10,000 low, £16,000 high, in 2019
 * prices and values.
 *
 * Source: HM Treasury, "Wellbeing guidance for appraisal: supplementary Green Book
 * guidance", July 2021.
 */
export const WELLBY: ProxyValue = {
  code: "HMT-WELLBY",
  description:
    "Wellbeing: one WELLBY, a one-point change in life satisfaction (0–10 scale) for one person for one year",
  unit: "per WELLBY",
  value: 13000,
  low: 10000,
  high: 16000,
  priceYear: 2019,
  source:
    'HM Treasury, "Wellbeing guidance for appraisal: supplementary Green Book guidance", July 2021',
  licence: OGL,
  url: "https://www.gov.uk/government/publications/green-book-supplementary-guidance-wellbeing",
};

/** Every value the product ships, in the order the proxy picker lists them. */
export const VALUE_LIBRARY: readonly ProxyValue[] = [WELLBY];
