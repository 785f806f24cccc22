/**
 * Sensitivity and uncertainty for an SROI analysis: a tornado (the ratio with each input
 * scaled down and up), switching values (where the ratio falls to 1), and Monte Carlo run in
 * a Web Worker with a progress bar and a cancel button; its results download as a sheet
 * with the percentiles and a histogram.
 */
/* global Worker, Excel */
import * as React from "react";
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
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
import { sroiAnalysis } from "../../sroi/evaluate";
import type { SroiAnalysisCase } from "../../sroi/types";
import type { SimulationResult } from "../../uncertainty/runner";
import { simulationPlan } from "../../plan/simulation";
import { NumberField } from "../business-case/fields";
import { applyPlan, workbookSheetNames } from "../../plan/office";
import { downloadPlan } from "../download";

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
  row: { display: "flex", columnGap: tokens.spacingHorizontalS },
  table: { overflowX: "auto" },
});

/** Creates the Monte Carlo worker (replaceable in tests). */
export type WorkerFactory = () => Worker;
const defaultWorker: WorkerFactory = () => new Worker("monte-carlo.js");

/** A sheet name for the results that no existing sheet has: "SROI simulation", then "(2)", …. */
export function freshSheetName(existing: readonly string[], base = "SROI simulation"): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function Uncertainty({
  value,
  inExcel = false,
  makeWorker = defaultWorker,
}: {
  value: SroiAnalysisCase;
  inExcel?: boolean;
  makeWorker?: WorkerFactory;
}): React.JSX.Element {
  const styles = useStyles();
  const analysis = React.useMemo(() => sroiAnalysis(value), [value]);
  const tornado = React.useMemo(() => {
    try {
      return sroiSensitivity(analysis, 0.2);
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
  const [options, setOptions] = React.useState<SimulationOptions>({
    uncertainty: 0.2,
    iterations: 10000,
    seed: 1,
  });
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = React.useState<SimulationResult | null>(null);
  const [message, setMessage] = React.useState<string | null>(null);
  const worker = React.useRef<Worker | null>(null);
  React.useEffect(() => () => worker.current?.terminate(), []);

  const run = () => {
    worker.current?.terminate();
    const w = makeWorker();
    worker.current = w;
    setResult(null);
    setMessage(null);
    setProgress({ done: 0, total: options.iterations });
    w.onmessage = (e: MessageEvent) => {
      const m = e.data;
      if (m.type === "progress") setProgress({ done: m.done, total: m.total });
      else {
        setProgress(null);
        if (m.type === "done") setResult(m.result);
        else if (m.type === "cancelled") setMessage("Cancelled: no results.");
        else setMessage(`The simulation failed: ${m.message}`);
        w.terminate();
        worker.current = null;
      }
    };
    w.postMessage({ type: "run", analysis: value, options });
  };
  const cancel = () => worker.current?.postMessage({ type: "cancel" });

  const download = async () => {
    if (inExcel) {
      // Results go to a new sheet (table names are unique per workbook); nothing is touched.
      await Excel.run(async (context) => {
        const sheet = freshSheetName(await workbookSheetNames(context));
        const plan = simulationPlan(value.title, options, result!, sheet);
        plan.sheets[0].tables[0].name = `SimulationHistogram_${Date.now()}`;
        await applyPlan(context, plan);
      });
      setMessage("The results are on a new sheet.");
      return;
    }
    await downloadPlan(simulationPlan(value.title, options, result!), "sroi-simulation.xlsx");
  };

  const widest = Math.max(1e-9, ...tornado.map((r) => Math.max(r.low, r.high)));
  const label = (input: string) => input.replace("_", "-");
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
      <Subtitle2 as="h3">Uncertainty: Monte Carlo</Subtitle2>
      <NumberField
        label="Uncertainty (± share of each value)"
        unit="percent"
        min={0}
        max={1}
        value={options.uncertainty}
        onChange={(v) => setOptions({ ...options, uncertainty: v })}
      />
      <NumberField
        label="Iterations"
        whole
        min={1}
        max={1000000}
        value={options.iterations}
        onChange={(v) => setOptions({ ...options, iterations: v })}
      />
      <NumberField
        label="Seed"
        whole
        min={-2147483648}
        max={2147483647}
        value={options.seed}
        onChange={(v) => setOptions({ ...options, seed: v })}
      />
      <div className={styles.row}>
        <Button appearance="primary" disabled={progress !== null} onClick={run}>
          Run the simulation
        </Button>
        <Button disabled={progress === null} onClick={cancel}>
          Cancel
        </Button>
      </div>
      {progress && (
        <ProgressBar
          aria-label="Simulation progress"
          value={progress.done / progress.total}
          max={1}
          thickness="large"
        />
      )}
      {progress && (
        <Caption1 role="status">{`${progress.done.toLocaleString("en-GB")} of ${progress.total.toLocaleString("en-GB")} iterations`}</Caption1>
      )}
      {message && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <dl aria-label="Simulation results">
            <dt>P5 ratio</dt>
            <dd data-value={result.summary.p5}>{result.summary.p5.toFixed(4)}</dd>
            <dt>P50 ratio</dt>
            <dd data-value={result.summary.p50}>{result.summary.p50.toFixed(4)}</dd>
            <dt>P95 ratio</dt>
            <dd data-value={result.summary.p95}>{result.summary.p95.toFixed(4)}</dd>
            <dt>Chance the ratio exceeds 1</dt>
            <dd>{`${(result.summary.probabilityAboveOne * 100).toFixed(1)}%`}</dd>
          </dl>
          <Button onClick={() => void download()}>
            {inExcel
              ? "Write the results to a new sheet"
              : "Download the results with a histogram (.xlsx)"}
          </Button>
        </>
      )}
    </div>
  );
}
