/**
 * Sensitivity and uncertainty for an SROI analysis: a tornado (the ratio with each input
 * scaled down and up), switching values (where the ratio falls to 1), and Monte Carlo run in
 * a Web Worker with a progress bar and a cancel button. The tornado and the simulation's
 * percentiles and histogram can each be written to a new sheet (or downloaded).
 */
import * as React from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { ModelError } from "../../model/errors";
import {
  SWITCHING_INPUTS,
  sroiSensitivity,
  sroiSwitching,
  type SimulationOptions,
} from "../../model/uncertainty";
import { sroiRatio } from "../../model/sroi";
import { sroiAnalysis } from "../../sroi/evaluate";
import type { SroiAnalysisCase } from "../../sroi/types";
import { SROI_RATIO } from "../../plan/simulation";
import { SROI_TORNADO, tornadoPlan } from "../../plan/tornado";
import { MonteCarlo, type WorkerFactory } from "../components/MonteCarlo";
import { deliverSheet, type Status } from "../deliver";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  bar: {
    height: "10px",
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
  },
  track: {
    position: "relative",
    height: "10px",
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: "80px",
  },
  table: { overflowX: "auto" },
});

const SWING = 0.2;
const label = (input: string) => input.replace("_", "-");

export function Uncertainty({
  value,
  inExcel = false,
  makeWorker,
}: {
  value: SroiAnalysisCase;
  inExcel?: boolean;
  makeWorker?: WorkerFactory;
}): React.JSX.Element {
  const styles = useStyles();
  const analysis = React.useMemo(() => sroiAnalysis(value), [value]);
  const tornado = React.useMemo(() => {
    try {
      return sroiSensitivity(analysis, SWING);
    } catch {
      return [];
    }
  }, [analysis]);
  const switching = React.useMemo(
    () =>
      SWITCHING_INPUTS.map((input) => {
        try {
          return { input, value: sroiSwitching(analysis, input) as number | null };
        } catch (e) {
          if (e instanceof ModelError) return { input, value: null };
          throw e;
        }
      }),
    [analysis]
  );
  const job = React.useCallback(
    (options: SimulationOptions) => ({ kind: "sroi" as const, analysis: value, options }),
    [value]
  );
  const [written, setWritten] = React.useState<Status | null>(null);
  const writeTornado = async () =>
    setWritten(
      await deliverSheet({
        inExcel,
        base: SROI_TORNADO.sheet,
        plan: (at) =>
          tornadoPlan(
            value.title,
            sroiRatio(analysis),
            SWING,
            tornado.map((r) => ({
              label: label(r.input),
              low: r.low,
              high: r.high,
              switching: switching.find((s) => s.input === r.input)?.value ?? null,
            })),
            SROI_TORNADO,
            at
          ),
        fileName: "sroi-sensitivity.xlsx",
      })
    );

  const widest = Math.max(1e-9, ...tornado.map((r) => Math.max(r.low, r.high)));
  return (
    <div className={styles.stack}>
      <Subtitle2 as="h3">Sensitivity: each input 20% lower and higher</Subtitle2>
      <div
        className={styles.table}
        role="region"
        aria-label="Tornado, scrolls sideways"
        tabIndex={0}
      >
        <Table aria-label="Tornado" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Input</TableHeaderCell>
              <TableHeaderCell>Ratio at −20%</TableHeaderCell>
              <TableHeaderCell>Ratio at +20%</TableHeaderCell>
              <TableHeaderCell>Range</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tornado.map((r) => (
              <TableRow key={r.input}>
                <TableCell>{label(r.input)}</TableCell>
                <TableCell>{r.low.toFixed(2)}</TableCell>
                <TableCell>{r.high.toFixed(2)}</TableCell>
                <TableCell>
                  <div className={styles.track} aria-hidden="true">
                    <div
                      className={styles.bar}
                      style={{
                        position: "absolute",
                        left: `${(100 * Math.min(r.low, r.high)) / widest}%`,
                        width: `${(100 * Math.abs(r.high - r.low)) / widest}%`,
                      }}
                    />
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Subtitle2 as="h3">Switching values: the ratio falls to 1 at</Subtitle2>
      <ul aria-label="Switching values">
        {switching.map((s) => (
          <li key={s.input}>
            {label(s.input)}:{" "}
            {s.value === null ? "none in its valid range" : `${(s.value * 100).toFixed(1)}%`}
          </li>
        ))}
      </ul>
      {tornado.length > 0 && (
        <Button onClick={() => void writeTornado()}>
          {inExcel
            ? "Write the tornado to a new sheet"
            : "Download the tornado with its chart (.xlsx)"}
        </Button>
      )}
      {written && (
        <MessageBar intent={written.intent} role="status">
          <MessageBarBody>{written.text}</MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h3">Uncertainty: Monte Carlo</Subtitle2>
      <MonteCarlo
        job={job}
        measure={SROI_RATIO}
        title={value.title}
        format={(x) => x.toFixed(4)}
        fileName="sroi-simulation.xlsx"
        inExcel={inExcel}
        makeWorker={makeWorker}
      />
    </div>
  );
}
