/**
 * Sensitivity of each option's NPV for the review step: the NPV with each component 20%
 * lower and higher, and its switching value (the change that takes the NPV to zero).
 */
import * as React from "react";
import {
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { BusinessCase } from "../../case/types";
import { caseSensitivity, COMPONENT_LABELS } from "../../case/sensitivity";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  table: { overflowX: "auto" },
});

const money = (x: number) =>
  x.toLocaleString("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const change = (x: number | null) =>
  x === null ? "–" : `${x < 0 ? "" : "+"}${(x * 100).toFixed(1)}%`;

export function CaseSensitivity({ value }: { value: BusinessCase }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <Subtitle2 as="h4">Sensitivity: each component 20% lower and higher</Subtitle2>
      {value.options.map((o) => (
        <div
          key={o.id}
          className={styles.table}
          role="region"
          aria-label={`${o.name}: sensitivity, scrolls sideways`}
          tabIndex={0}
        >
          <Table aria-label={`${o.name}: sensitivity of the NPV`} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{o.name}</TableHeaderCell>
                <TableHeaderCell>NPV at −20%</TableHeaderCell>
                <TableHeaderCell>NPV at +20%</TableHeaderCell>
                <TableHeaderCell>NPV is 0 at</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {caseSensitivity(value, o.id).map((r) => (
                <TableRow key={r.component}>
                  <TableCell>{COMPONENT_LABELS[r.component]}</TableCell>
                  <TableCell>{money(r.low)}</TableCell>
                  <TableCell>{money(r.high)}</TableCell>
                  <TableCell>{change(r.switching)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
    </div>
  );
}
