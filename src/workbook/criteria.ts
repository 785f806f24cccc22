/**
 * Criteria that match text literally in Excel's `*IF`/`*IFS` functions.
 *
 * `SUMIFS`, `SUMIF` and `COUNTIF` read a criterion as a pattern: `*` and `?` are wildcards,
 * `~` escapes them, and a leading `=`, `<>`, `<`, `>`, `<=` or `>=` is an operator. A party,
 * stakeholder or option named `N*`, `>M`, `Vol?nteers` or `~users` would then match other
 * rows, and the sheet would show another row's figures. A criterion built here is `"="`
 * followed by the text with `~`, `*` and `?` escaped: an equality test on the literal
 * text, case-insensitive as Excel's text comparison is (the model compares names the same
 * way). Microsoft documents the escapes under "Using wildcard characters in searches" and
 * the operators under COUNTIF.
 */

/** A criterion that matches exactly the text in `ref` (a cell reference or a range). */
export function literalCriterion(ref: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?")`;
}
