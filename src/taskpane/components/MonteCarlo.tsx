/**
 * Monte Carlo in a Web Worker, for whatever a view simulates (the SROI ratio, a business
 * case option's NPV): the uncertainty, iterations and seed; a run with a progress bar and a
 * cancel button; the percentiles and the chance of a good result; and the results written
 * to a new sheet (or downloaded) with a histogram.
 */
/* global Worker, MessageEvent */
import * as React from "react";
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import type { SimulationOptions } from "../../model/uncertainty";
import type { SimulationJob, SimulationResult } from "../../uncertainty/runner";
import { simulationPlan, type SimulatedMeasure } from "../../workbook/simulation";
import { NumberField } from "./fields";
import { deliverSheet, type Status } from "../deliver";
import { useWorkbookHost } from "../workbook-host";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

/** Creates the Monte Carlo worker (replaceable in tests). */
export type WorkerFactory = () => Worker;
export const defaultWorker: WorkerFactory = () => new Worker("monte-carlo.js");

type Percentiles = { p5: number; p50: number; p95: number };

export function MonteCarlo<S extends Percentiles>({
  job,
  measure,
  title,
  format,
  fileName,
  inExcel = false,
  makeWorker = defaultWorker,
}: {
  /** The job for these settings. */
  job: (options: SimulationOptions) => SimulationJob;
  measure: SimulatedMeasure<S>;
  /** The analysis's title, for the results sheet. */
  title: string;
  /** How a percentile is shown in the pane. */
  format: (x: number) => string;
  fileName: string;
  inExcel?: boolean;
  makeWorker?: WorkerFactory;
}): React.JSX.Element {
  const host = useWorkbookHost(inExcel);
  const styles = useStyles();
  const [options, setOptions] = React.useState<SimulationOptions>({
    uncertainty: 0.2,
    iterations: 10000,
    seed: 1,
  });
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  // A result belongs to the analysis and the settings it was run with: it is shown only
  // while the analysis is unchanged, and the results sheet records its own settings.
  const [finished, setFinished] = React.useState<{
    job: typeof job;
    options: SimulationOptions;
    result: SimulationResult<S>;
  } | null>(null);
  const result = finished?.job === job ? finished.result : null;
  const [message, setMessage] = React.useState<Status | null>(null);
  const worker = React.useRef<Worker | null>(null);
  React.useEffect(() => () => worker.current?.terminate(), []);

  const run = () => {
    worker.current?.terminate();
    const w = makeWorker();
    worker.current = w;
    const ran = { job, options };
    setFinished(null);
    setMessage(null);
    setProgress({ done: 0, total: options.iterations });
    w.onmessage = (e: MessageEvent) => {
      const m = e.data;
      if (m.type === "progress") setProgress({ done: m.done, total: m.total });
      else {
        setProgress(null);
        if (m.type === "done") setFinished({ ...ran, result: m.result });
        else if (m.type === "cancelled")
          setMessage({ intent: "info", text: "Cancelled: no results." });
        else setMessage({ intent: "error", text: `The simulation failed: ${m.message}` });
        w.terminate();
        worker.current = null;
      }
    };
    w.postMessage({ type: "run", job: job(options) });
  };
  const cancel = () => worker.current?.postMessage({ type: "cancel" });
  const write = async () =>
    setMessage(
      await deliverSheet({
        host,
        base: measure.sheet,
        plan: (at) => simulationPlan(title, finished!.options, finished!.result, measure, at),
        fileName,
      })
    );

  return (
    <div className={styles.stack}>
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
        <MessageBar intent={message.intent} role="status">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <dl aria-label="Simulation results">
            {(["p5", "p50", "p95"] as const).map((p) => (
              <React.Fragment key={p}>
                <dt>{`${p.toUpperCase()} ${measure.name}`}</dt>
                <dd data-value={result.summary[p]}>{format(result.summary[p])}</dd>
              </React.Fragment>
            ))}
            <dt>{measure.chanceLabel}</dt>
            <dd>{`${(measure.chance(result.summary) * 100).toFixed(1)}%`}</dd>
          </dl>
          <Button onClick={() => void write()}>
            {inExcel
              ? "Write the results to a new sheet"
              : "Download the results with a histogram (.xlsx)"}
          </Button>
        </>
      )}
    </div>
  );
}
