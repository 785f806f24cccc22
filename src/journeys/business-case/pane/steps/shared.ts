/**
 * What the business case's steps share: the props each step takes (the case and `update`,
 * which hands a change a copy of the draft), the styles, and editing one option.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { BusinessCase, BusinessOption } from "../../types";

export type Update = (change: (draft: BusinessCase) => void) => void;
export interface StepProps {
  readonly value: BusinessCase;
  readonly update: Update;
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
