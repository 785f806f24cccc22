/**
 * A savings line's or one-off cost's price year (issue 16): blank when the amount is in the
 * case's price base, else the year whose prices it is in, with the conversion beside it
 * ("£1,000 in 2014 prices = £1,340 in 2024 prices") as the model and the workbook make it.
 * A year outside the case's deflators is listed by the case's problems; the line here says so.
 */
import * as React from "react";
import { Caption1 } from "@fluentui/react-components";
import { YearField } from "../../../../taskpane/components/fields";
import { describeConversion } from "../../../../values/deflator-table";
import type { PriceYear } from "../../../../model/price-base";
import type { UserDeflators } from "../../../../values/user-deflators";
import { caseSeries } from "../../prices";

export function PriceYearField(props: {
  amount: number;
  priceYear: PriceYear | undefined;
  baseYear: PriceYear;
  /** The case's own deflators, if any (else HM Treasury's, shipped). */
  deflators?: UserDeflators;
  onChange: (year: PriceYear | undefined) => void;
}): React.JSX.Element {
  const { amount, priceYear, baseYear } = props;
  let said: string | null = null;
  let name = "the case's deflators";
  try {
    const series = caseSeries(props);
    name = series.name;
    if (priceYear !== undefined) said = describeConversion(amount, priceYear, baseYear, series);
  } catch (e) {
    // A year or a deflator table the series cannot use: the review lists it with its place.
    if (priceYear !== undefined) said = (e as Error).message;
  }
  return (
    <>
      <YearField
        label="Price year"
        optional
        hint={`Blank: the amount is in the case's ${String(baseYear)} prices. Another year converts it with ${name}.`}
        value={priceYear}
        onChange={props.onChange}
      />
      {said && <Caption1>{said}</Caption1>}
    </>
  );
}
