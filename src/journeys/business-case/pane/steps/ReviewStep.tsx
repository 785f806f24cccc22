/** Step 6 of the business case: problems to fix, and the results the workbook will show. */
import { money } from "../../../common";
import * as React from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { ScrollRegion } from "../../../../taskpane/components/ScrollRegion";
import type { OptionResult } from "../../evaluate";
import { ProblemList, type Problem } from "../../../../taskpane/components/ProblemList";
import { useStyles } from "./shared";

/** The review's measures: a row each, an option per column (narrow panes fit a few options). */
const MEASURES: readonly { label: string; show: (r: OptionResult) => string; baseline: string }[] =
  [
    { label: "NPV", show: (r) => money(r.npv), baseline: money(0) },
    {
      label: "Benefit–cost ratio",
      show: (r) => (r.bcr === null ? "no costs" : r.bcr.toFixed(2)),
      baseline: "–",
    },
    {
      label: "Discounted payback",
      show: (r) => (r.payback === null ? "never" : `${r.payback.toFixed(1)} years`),
      baseline: "–",
    },
    {
      label: "Savings at maturity (a year)",
      show: (r) => money(r.savingsAtMaturity),
      baseline: money(0),
    },
    { label: "VAT cost (PV)", show: (r) => money(r.pvVat), baseline: money(0) },
    { label: "Loan repricing cost (PV)", show: (r) => money(r.pvRepricing), baseline: money(0) },
    { label: "Autonomy kept", show: (r) => r.autonomy, baseline: "Full" },
  ];

/** Step 6: problems to fix, and the results the workbook will show. */
export function ReviewStep(props: {
  problems: readonly Problem[];
  results: readonly OptionResult[] | null;
}): React.JSX.Element {
  const styles = useStyles();
  if (props.problems.length) {
    return <ProblemList lead="Fix these before building:" problems={props.problems} />;
  }
  const results = props.results ?? [];
  return (
    <ScrollRegion label="Results">
      <Table aria-label="Results by option" size="small" className={styles.results}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Measure</TableHeaderCell>
            <TableHeaderCell>Do nothing (baseline)</TableHeaderCell>
            {results.map((r) => (
              <TableHeaderCell key={r.id}>{r.name}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {MEASURES.map((m) => (
            <TableRow key={m.label}>
              <TableCell>{m.label}</TableCell>
              <TableCell>{m.baseline}</TableCell>
              {results.map((r) => (
                <TableCell key={r.id}>{m.show(r)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
