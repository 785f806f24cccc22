/**
 * Words for the codes the input tables keep (so a workbook reads back into the pane):
 * `it_integration` is "IT integration" and `vat_group` "VAT group" on every sheet a person
 * reads. One map, used by the plans for text they write and, through `wordsFormula`, by the
 * formulas that show an input's code elsewhere.
 */

/** Codes whose words are not the code with spaces and a capital. */
const SPECIAL: Record<string, string> = {
  it_integration: "IT integration",
  vat_group: "VAT group",
  qol: "Quality of life",
  one_off_cost: "One-off cost",
  sharing_services: "Sharing services",
  STPR: "Green Book STPR",
  HEALTH: "Green Book health schedule",
};

/** A code in words: "shared_service" → "Shared service"; words already are kept. */
export function words(code: string): string {
  if (code in SPECIAL) return SPECIAL[code];
  if (!/^[a-z][a-z0-9_]*$/.test(code)) return code;
  const spaced = code.replace(/_/g, " ");
  return spaced[0].toUpperCase() + spaced.slice(1);
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * A formula showing the code in cell `ref` in words, for codes in `codes` (anything else as
 * it is, as text): INDEX over an array of words by the code's MATCH in an array of codes.
 */
export function wordsFormula(ref: string, codes: readonly string[]): string {
  const from = codes.map(quoted).join(",");
  const to = codes.map((c) => quoted(words(c))).join(",");
  return `IFERROR(INDEX({${to}},MATCH(${ref},{${from}},0)),${ref}&"")`;
}
