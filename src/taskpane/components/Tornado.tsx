/**
 * A tornado in the pane: one row per input, the result with the input lower and higher,
 * an optional switching value, and a bar from the lower to the higher result drawn on one
 * scale for all rows, with a mark at the base result (widest bar first, as the rows come).
 * The bars are decoration (aria-hidden): the numbers are in the cells beside them. The
 * switching-value column is explained under the table (and tied to it for screen readers).
 * At the pane's width the table scrolls sideways with a visible hint (`ScrollRegion`), its
 * amounts never broken across lines.
 */
import * as React from "react";
import {
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { ScrollRegion } from "./ScrollRegion";

const useStyles = makeStyles({
  track: {
    position: "relative",
    height: "10px",
    minWidth: "80px",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  bar: {
    position: "absolute",
    top: 0,
    height: "10px",
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
  },
  base: {
    position: "absolute",
    top: "-2px",
    height: "14px",
    width: "2px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
  note: { display: "block", color: tokens.colorNeutralForeground2 },
});

/**
 * The SROI sensitivity inputs in words, as the value map's columns are headed
 * (`SENSITIVITY_INPUTS` in src/model/uncertainty.ts).
 */
export const SROI_INPUT_WORDS: Readonly<Record<string, string>> = {
  quantity: "Quantity",
  proxy: "Financial proxy",
  duration: "Duration",
  deadweight: "Deadweight",
  displacement: "Displacement",
  attribution: "Attribution",
  drop_off: "Drop-off",
  discount: "Discount rate",
};

/** An SROI input's name in words ("proxy" → "Financial proxy"); unknown names as given. */
export const sroiInputLabel = (input: string): string => SROI_INPUT_WORDS[input] ?? input;

/** What the switching-value column means, under its heading's own words. */
export const switchingNote = (heading: string): string =>
  `"${heading}": the switching value, where that input alone (every other input as it is) takes the result to break-even; "–" or "none in its range" where no value in its range does.`;

export interface TornadoRow {
  key: string;
  label: string;
  low: number;
  high: number;
  /** The switching value as shown ("45.0%", "–"), when the table has that column. */
  switching?: string;
}

export function Tornado(props: {
  /** The table's accessible name. */
  name: string;
  /** The first column's heading. */
  subject: string;
  lowHeading: string;
  highHeading: string;
  switchingHeading?: string;
  base: number;
  rows: readonly TornadoRow[];
  format: (x: number) => string;
  /** What the switching column means (a sentence naming its heading, by default). */
  switchingExplained?: string;
}): React.JSX.Element {
  const styles = useStyles();
  const noteId = React.useId();
  const { rows, base, format } = props;
  const lo = Math.min(base, ...rows.map((r) => Math.min(r.low, r.high)));
  const hi = Math.max(base, ...rows.map((r) => Math.max(r.low, r.high)));
  const span = hi - lo || 1;
  const at = (x: number) => `${(100 * (x - lo)) / span}%`;
  return (
    <>
      <ScrollRegion label={props.name}>
        <Table
          aria-label={props.name}
          aria-describedby={props.switchingHeading ? noteId : undefined}
          size="small"
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{props.subject}</TableHeaderCell>
              <TableHeaderCell>{props.lowHeading}</TableHeaderCell>
              <TableHeaderCell>{props.highHeading}</TableHeaderCell>
              {props.switchingHeading && (
                <TableHeaderCell>{props.switchingHeading}</TableHeaderCell>
              )}
              <TableHeaderCell>Range</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key}>
                <TableCell>{r.label}</TableCell>
                <TableCell>{format(r.low)}</TableCell>
                <TableCell>{format(r.high)}</TableCell>
                {props.switchingHeading && <TableCell>{r.switching ?? "–"}</TableCell>}
                <TableCell>
                  <div className={styles.track} aria-hidden="true">
                    <div
                      className={styles.bar}
                      style={{
                        left: at(Math.min(r.low, r.high)),
                        width: `${(100 * Math.abs(r.high - r.low)) / span}%`,
                      }}
                    />
                    <div className={styles.base} style={{ left: at(base) }} />
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      {props.switchingHeading && (
        <Caption1 id={noteId} className={styles.note}>
          {props.switchingExplained ?? switchingNote(props.switchingHeading)}
        </Caption1>
      )}
    </>
  );
}
