/**
 * What the business case's steps share: the props each step takes (the case and `update`,
 * which hands a change a copy of the draft), the styles, and editing one option.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { BusinessCase, BusinessOption, SavingsLine } from "../../types";
import { replaceAt } from "../../../../taskpane/draft";

export type Update = (change: (draft: BusinessCase) => void) => void;
/** A change that returns a new case sharing what it leaves alone (use-journey's `edit`). */
export type Edit = (next: (current: BusinessCase) => BusinessCase) => void;
export interface StepProps {
  readonly value: BusinessCase;
  readonly update: Update;
  readonly edit: Edit;
}

export const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  assumption: { color: tokens.colorPaletteDarkOrangeForeground1 },
  results: { minWidth: "340px", tableLayout: "auto" },
});

/** Runs `f` on the draft's option with `id`. */
export const onOption = (update: Update, id: string, f: (o: BusinessOption) => void) =>
  update((d) => {
    const o = d.options.find((x) => x.id === id);
    if (o) f(o);
  });

/**
 * Sets savings line `i` of the option with `id` to `f(line)`, sharing the rest of the case:
 * only that line, its option's savings list, the option and the case's list of options are
 * new objects, so the other lines' memoised rows skip rendering (issue 14). Nothing happens
 * when there is no such option or line.
 *
 * @example onSaving(edit, "option_1", 2, (s) => ({ ...s, description: "Shared finance" }))
 */
export const onSaving = (
  edit: Edit,
  id: string,
  i: number,
  f: (line: SavingsLine) => SavingsLine
): void =>
  edit((c) => {
    const k = c.options.findIndex((x) => x.id === id);
    if (k < 0) return c;
    const options = replaceAt(c.options, k, (o) => {
      const savings = replaceAt(o.savings, i, f);
      return savings === o.savings ? o : { ...o, savings };
    });
    return options === c.options ? c : { ...c, options };
  });
