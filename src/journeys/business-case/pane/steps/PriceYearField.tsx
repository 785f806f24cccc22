/**
 * A savings line's or one-off cost's price year (issue 16): blank when the amount is in the
 * case's price base, else the year whose prices it is in, with the conversion beside it
 * ("£1,000 in 2014 prices = £1,340 in 2024 prices") as the model and the workbook make it.
 * A year outside HM Treasury's series is listed by the case's problems; the line here says so.
 */
import * as React from "react";
import { Caption1 } from "@fluentui/react-components";
import { TextField } from "../../../../taskpane/components/fields";
import { describeConversion } from "../../../../values/deflator-table";
import type { PriceYear } from "../../../../model/price-base";
import { caseSeries } from "../../prices";

/** What the user typed as a price year: blank → none, "2014" → 2014, "2010/11" as typed. */
export const priceYearOf = (text: string): PriceYear | undefined =>
  text.trim() === "" ? undefined : /^\s*\d{4}\s*$/.test(text) ? Number(text) : text.trim();

export function PriceYearField(props: {
  amount: number;
  priceYear: PriceYear | undefined;
  baseYear: number;
  onChange: (year: PriceYear | undefined) => void;
}): React.JSX.Element {
  const { amount, priceYear, baseYear } = props;
  let said: string | null = null;
  if (priceYear !== undefined)
    try {
      said = describeConversion(amount, priceYear, baseYear, caseSeries());
    } catch (e) {
      said = (e as Error).message;
    }
  return (
    <>
      <TextField
        label="Price year"
        hint={`Blank: the amount is in the case's ${baseYear} prices. Another year converts it with ${caseSeries().name}.`}
        value={priceYear === undefined ? "" : String(priceYear)}
        onChange={(v) => props.onChange(priceYearOf(v))}
      />
      {said && <Caption1>{said}</Caption1>}
    </>
  );
}
