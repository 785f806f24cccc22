/**
 * Monte Carlo in a Web Worker, for whatever a view simulates (the SROI ratio, a business
 * case option's NPV): the uncertainty (the ± share on every input, or the analysis's own
 * ranges), iterations, seed and sampling; a run with a progress bar and a cancel button;
 * P5/P50/P95, the mean and the chance of a good result, a histogram, the S-curve and the
 * drivers; and the results written to a new sheet (or downloaded) with their charts.
 *
 * One worker serves every run (a fresh worker pays its start-up and warm-up again): each run
 * carries an id, the worker's messages echo it, and messages of an older run are ignored.
 * Run is disabled while a setting is invalid (the field keeps what was typed and says why),
 * and the results say which run they came from.
 *
 * The settings are the pane's, not the draft's (a run's, recorded on its results sheet):
 * valid ones live in this component and start again from 10,000 iterations, seed 1 when it
 * mounts. Text a setting cannot use is, like any journey field's (issue 14), reported to the
 * journey's field registry under "Step n · Monte Carlo · <label>": the review lists it with a
 * link, it comes back over a reload (and Run stays disabled: the setting then holds its
 * default, never fed into a run while the text is on screen), and "Start from" counts it.
 */
/* global Worker, MessageEvent */
import * as React from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { SimulationOptions } from "../../model/uncertainty";
import type { SamplingMethod } from "../../model/sampling";
import type { PaneJob, SimulationResult } from "../../uncertainty/runner";
import {
  PERCENTILES_EXPLAINED,
  simulationPlan,
  type SimulatedMeasure,
} from "../../workbook/simulation";
import { deliverSheet, type Status } from "../deliver";
import { useWorkbookHost } from "../workbook-host";
import { ScrollRegion } from "./ScrollRegion";
import { fieldId, fieldKey, useFieldPlaceOf } from "./fields";
import { useDraftStore } from "../draft";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  results: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  value: { margin: 0, whiteSpace: "nowrap", textAlign: "right" },
  nowrap: { whiteSpace: "nowrap" },
  chart: { width: "100%", height: "90px", display: "block" },
  track: {
    position: "relative",
    height: "10px",
    minWidth: "60px",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  bar: {
    position: "absolute",
    top: 0,
    height: "10px",
    backgroundColor: tokens.colorBrandBackground,
  },
  axis: {
    position: "absolute",
    left: "50%",
    top: "-2px",
    height: "14px",
    width: "1px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
});

/** Why Run is disabled while a field of the journey holds text it cannot use. */
export const STALE =
  "A field holds something the pane cannot use (the list of problems above says which): fix it to run the simulation.";

/** Creates the Monte Carlo worker (replaceable in tests). */
export type WorkerFactory = () => Worker;
export const defaultWorker: WorkerFactory = () => new Worker("monte-carlo.js");

type Percentiles = { p5: number; p50: number; p95: number };

/** The settings of a run: the ± share (unused with ranges), iterations, seed and sampling. */
export type PaneOptions = SimulationOptions & {
  sampling: SamplingMethod;
  /** "Run until converged": the tolerance on the P50's standard error (undefined: off). */
  tolerance?: number;
};

/** A setting's rules: what it accepts, and the message when it does not. */
interface Rule {
  min: number;
  max: number;
  whole?: boolean;
  percent?: boolean;
}

/** A typed setting read against its rule: the value, or the message saying why not. */
export function readSetting(raw: string, rule: Rule): { value: number } | { error: string } {
  const n = Number(raw.replace(/[,%\s]/g, ""));
  if (raw.trim() === "" || !Number.isFinite(n)) return { error: "Enter a number." };
  const v = rule.percent ? n / 100 : n;
  if (rule.whole && !Number.isInteger(v)) return { error: "Enter a whole number." };
  const shown = (x: number) =>
    rule.percent ? `${Number((x * 100).toPrecision(12))}%` : x.toLocaleString("en-GB");
  if (v < rule.min) return { error: `Enter ${shown(rule.min)} or more.` };
  if (v > rule.max) return { error: `Enter at most ${shown(rule.max)}.` };
  return { value: v };
}

/** The settings a first run uses: ±20%, 10,000 iterations, seed 1, random sampling. */
export const DEFAULT_SETTINGS: PaneOptions = {
  uncertainty: 0.2,
  iterations: 10000,
  seed: 1,
  sampling: "random",
};

/**
 * The settings kept beside a journey's draft (`<draft key>.montecarlo`, JSON), read back:
 * each one that is there and within its rule is used, any other (missing, of another type,
 * out of range: a store written by an older pane, or edited by hand) is the default's. So
 * what the user set survives a reload, a change of step and the switch between the ± share
 * and the ranges, and nothing stored can put a value into a run that the fields would refuse.
 *
 * @example keptSettings('{"iterations":50000,"seed":9}') gives 50,000 iterations, seed 9, ±20%, random
 * @example keptSettings('{"iterations":-3}').iterations === 10000
 */
export function keptSettings(stored: string | null): PaneOptions {
  let kept: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(stored ?? "{}");
    if (parsed && typeof parsed === "object") kept = parsed as Record<string, unknown>;
  } catch {
    // unreadable: the defaults
  }
  const settings: { -readonly [K in keyof PaneOptions]: PaneOptions[K] } = {
    ...DEFAULT_SETTINGS,
  };
  for (const k of Object.keys(RULES) as Setting[]) {
    const v = kept[k];
    const rule: Rule = RULES[k];
    if (
      typeof v === "number" &&
      Number.isFinite(v) &&
      v >= rule.min &&
      v <= rule.max &&
      (!rule.whole || Number.isInteger(v))
    )
      settings[k] = v;
  }
  if (kept.sampling === "random" || kept.sampling === "lhs") settings.sampling = kept.sampling;
  const t = kept.tolerance;
  if (typeof t === "number" && Number.isFinite(t) && t > 0) settings.tolerance = t;
  return settings;
}

/**
 * The "run until converged" tolerance on the P50's standard error, in the result's units
 * (£ per £1 for the SROI ratio, £ for the NPV): blank is off (undefined, every iteration
 * runs); otherwise a number above 0, as =PCBA.SROI_SIMULATE_RANGES's `tolerance` takes it.
 * Example: `readTolerance("0.01")` is `{ value: 0.01 }`; `readTolerance("")` is `{ value: undefined }`.
 */
export function readTolerance(raw: string): { value: number | undefined } | { error: string } {
  if (raw.trim() === "") return { value: undefined };
  const n = Number(raw.replace(/[,£\s]/g, ""));
  if (!Number.isFinite(n))
    return { error: "Enter a number, or leave it blank to run every iteration." };
  if (!(n > 0)) return { error: "Enter more than 0, or leave it blank to run every iteration." };
  return { value: n };
}

const RULES = {
  uncertainty: { min: 0, max: 1, percent: true },
  iterations: { min: 1, max: 1000000, whole: true },
  seed: { min: -2147483648, max: 2147483647, whole: true },
} as const satisfies Record<string, Rule>;
type Setting = keyof typeof RULES;

/** The settings' labels, which name them in the review ("Step 4 · Monte Carlo · Seed"). */
const LABELS: Record<Setting | "tolerance", string> = {
  uncertainty: "Uncertainty (± share of each value)",
  iterations: "Iterations",
  seed: "Seed",
  tolerance: "Run until converged: tolerance on the P50's standard error",
};

const initialText = (o: PaneOptions): Record<Setting, string> => ({
  uncertainty: String(Number((o.uncertainty * 100).toPrecision(12))),
  iterations: String(o.iterations),
  seed: String(o.seed),
});

/**
 * A standard error in words: whole units with separators from 100 up (an NPV's, in £), three
 * significant figures below (a ratio's, in £ per £1).
 * Example: `standardError(12345.6)` is "12,346"; `standardError(0.004561)` is "0.00456".
 */
export function standardError(x: number | undefined): string {
  if (x === undefined) return "not available";
  return Math.abs(x) >= 100 ? Math.round(x).toLocaleString("en-GB") : x.toPrecision(3);
}

/**
 * Whether a "run until converged" stopped early, or that every iteration ran, with the
 * standard errors of the mean and P50, in words; null when the result has no standard errors.
 * Takes the result's convergence record (or, from an older worker, its summary).
 */
export function convergenceText(record: unknown): string | null {
  const s = record as
    | {
        converged?: boolean;
        iterations?: number;
        standardErrorMean?: number;
        standardErrorP50?: number;
      }
    | undefined;
  if (s?.iterations === undefined) return null;
  if (s.converged === undefined && s.standardErrorMean === undefined) return null;
  const n = s.iterations.toLocaleString("en-GB");
  const errors = `standard error of the mean ${standardError(s.standardErrorMean)}, of the P50 ${standardError(s.standardErrorP50)}.`;
  if (s.converged === undefined) return `All ${n} iterations run: ${errors}`;
  return `${s.converged ? `Converged after ${n} iterations` : `Not converged after ${n} iterations (the most allowed)`}: ${errors}`;
}

/** A correlation as the pane shows it: `places` decimals, a true minus sign. */
function signed(x: number, places: number): string {
  return x.toFixed(places).replace("-", "−");
}

/** Which run a result came from, in words. */
export function runDescription(
  options: PaneOptions,
  ranges: number,
  iterations: number = options.iterations
): string {
  const how =
    ranges > 0
      ? `${ranges} ${ranges === 1 ? "range" : "ranges"} from the ranges table, ${options.sampling === "lhs" ? "Latin hypercube" : "random"} sampling`
      : `every input ±${Number((options.uncertainty * 100).toPrecision(12))}%`;
  return `From the run of ${iterations.toLocaleString("en-GB")} iterations, seed ${options.seed}, ${how}.`;
}

export function MonteCarlo<S extends Percentiles>({
  job,
  measure,
  title,
  format,
  fileName,
  inExcel = false,
  makeWorker = defaultWorker,
  ranges = 0,
  blocked = null,
  convergence,
  keepAs,
}: {
  /** The job for these settings. */
  job: (options: PaneOptions) => PaneJob;
  measure: SimulatedMeasure<S>;
  /** The analysis's title, for the results sheet. */
  title: string;
  /** How a value of the measure is shown in the pane. */
  format: (x: number) => string;
  fileName: string;
  inExcel?: boolean;
  makeWorker?: WorkerFactory;
  /** Rows of the analysis's own ranges (0: every input varies by the ± share). */
  ranges?: number;
  /** Why a run cannot start now (invalid ranges), or null. */
  blocked?: string | null;
  /** Offers "run until converged" (its tolerance's unit, e.g. "£ per £1"); absent: not offered. */
  convergence?: { unit: string };
  /**
   * The journey's draft key: the settings are kept beside its draft (in Excel, with the
   * workbook), so a reload or another step does not put them back to the defaults.
   * Absent: they live as long as the component.
   */
  keepAs?: string;
}): React.JSX.Element {
  const host = useWorkbookHost(inExcel);
  const styles = useStyles();
  const store = useDraftStore();
  const keptKey = keepAs === undefined ? null : `${store.key(keepAs)}.montecarlo`;
  const [options, setOptions] = React.useState<PaneOptions>(() =>
    keptKey === null ? DEFAULT_SETTINGS : keptSettings(store.read(keptKey))
  );
  React.useEffect(() => {
    // The store ignores a write it cannot make: the settings then live in the pane only.
    if (keptKey !== null) store.write(keptKey, JSON.stringify(options));
  }, [store, keptKey, options]);
  // The settings' fields are "Monte Carlo" in the step's scope; what they held that they
  // could not use (kept by the journey's registry) is what they show again.
  const place = useFieldPlaceOf();
  const { registry } = place;
  const scope = React.useMemo(() => [...place.scope, "Monte Carlo"], [place.scope]);
  const keyOf = (k: Setting | "tolerance") => fieldKey(scope, LABELS[k]);
  const [text, setText] = React.useState(() => {
    const shown = initialText(options);
    for (const k of Object.keys(RULES) as Setting[])
      shown[k] = registry?.typed(keyOf(k))?.text ?? shown[k];
    return shown;
  });
  const errors = Object.fromEntries(
    (Object.keys(RULES) as Setting[]).map((k) => {
      const r = readSetting(text[k], RULES[k]);
      return [k, "error" in r ? r.error : undefined];
    })
  ) as Record<Setting, string | undefined>;
  const invalid = (Object.keys(RULES) as Setting[]).some(
    (k) => errors[k] !== undefined && (k !== "uncertainty" || ranges === 0)
  );
  const [toleranceText, setToleranceText] = React.useState(
    () =>
      registry?.typed(keyOf("tolerance"))?.text ??
      (options.tolerance === undefined ? "" : String(options.tolerance))
  );
  const tolerance = readTolerance(toleranceText);
  const toleranceError = convergence && "error" in tolerance ? tolerance.error : undefined;
  // Each setting shown reports its text when it cannot use it, and nothing otherwise; one
  // not shown (the ± share once there are ranges) reports nothing, as it is not used.
  const reports = (Object.keys(RULES) as Setting[])
    .map((k) => ({
      key: keyOf(k),
      text: text[k],
      message: k === "uncertainty" && ranges > 0 ? undefined : errors[k],
    }))
    .concat({ key: keyOf("tolerance"), text: toleranceText, message: toleranceError });
  const reported = JSON.stringify(reports);
  const { step } = place;
  React.useEffect(() => {
    for (const r of JSON.parse(reported) as typeof reports)
      registry?.report(
        r.key,
        r.message === undefined ? null : { text: r.text, message: r.message, step }
      );
  }, [registry, reported, step]);
  const editTolerance = (raw: string) => {
    setToleranceText(raw);
    const r = readTolerance(raw);
    if ("value" in r) setOptions((o) => ({ ...o, tolerance: r.value }));
  };
  const edit = (k: Setting, raw: string) => {
    setText((t) => ({ ...t, [k]: raw }));
    const r = readSetting(raw, RULES[k]);
    if ("value" in r) setOptions((o) => ({ ...o, [k]: r.value }));
  };

  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  // A result belongs to the analysis and the settings it was run with: it is shown only
  // while the analysis is unchanged, and the results sheet records its own settings.
  const [finished, setFinished] = React.useState<{
    job: typeof job;
    options: PaneOptions;
    ranges: number;
    result: SimulationResult<S>;
  } | null>(null);
  const result = finished?.job === job ? finished.result : null;
  const [message, setMessage] = React.useState<Status | null>(null);
  const worker = React.useRef<Worker | null>(null);
  const runId = React.useRef(0);
  React.useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    []
  );

  const run = () => {
    if (invalid || toleranceError || blocked) return;
    let w = worker.current;
    if (!w) {
      w = makeWorker();
      worker.current = w;
    }
    const id = ++runId.current;
    const ran = { job, options, ranges };
    setFinished(null);
    setMessage(null);
    setProgress({ done: 0, total: options.iterations });
    w.onmessage = (e: MessageEvent) => {
      const m = e.data;
      // Messages of an earlier run (finishing as this one starts) are not this run's.
      if (m.id !== undefined && m.id !== runId.current) return;
      if (m.type === "progress") setProgress({ done: m.done, total: m.total });
      else {
        setProgress(null);
        if (m.type === "done") setFinished({ ...ran, result: m.result });
        else if (m.type === "cancelled")
          setMessage({ intent: "info", text: "Cancelled: no results." });
        else setMessage({ intent: "error", text: `The simulation failed: ${m.message}` });
      }
    };
    w.postMessage({ type: "run", id, job: job(options) });
  };
  const cancel = () => worker.current?.postMessage({ type: "cancel", id: runId.current });
  const write = async () =>
    setMessage(
      await deliverSheet({
        host,
        base: measure.sheet,
        plan: (at) => simulationPlan(title, finished!.options, finished!.result, measure, at),
        fileName,
      })
    );

  const setting = (k: Setting, unit?: string) => (
    <Field
      label={LABELS[k]}
      validationMessage={errors[k]}
      validationState={errors[k] ? "error" : "none"}
    >
      <Input
        id={fieldId(keyOf(k))}
        value={text[k]}
        inputMode="decimal"
        contentAfter={unit}
        onChange={(_e, d) => edit(k, d.value)}
      />
    </Field>
  );
  const summary = result?.summary;
  const shownIterations =
    (summary as { iterations?: number } | undefined)?.iterations ?? finished?.options.iterations;

  return (
    <div className={styles.stack}>
      {ranges === 0 ? setting("uncertainty", "%") : null}
      {setting("iterations")}
      {setting("seed")}
      {convergence && (
        <Field
          label={LABELS.tolerance}
          hint="Blank: run every iteration. Otherwise Iterations is the most it will run: the P50's standard error is checked at 1,000 iterations and then each time the run grows by a tenth, and it stops at the first check under this."
          validationMessage={toleranceError}
          validationState={toleranceError ? "error" : "none"}
        >
          <Input
            id={fieldId(keyOf("tolerance"))}
            value={toleranceText}
            inputMode="decimal"
            contentAfter={convergence.unit}
            onChange={(_e, d) => editTolerance(d.value)}
          />
        </Field>
      )}
      {ranges > 0 && (
        <Field label="Sampling">
          <Dropdown
            value={options.sampling === "lhs" ? "Latin hypercube" : "Random"}
            selectedOptions={[options.sampling]}
            onOptionSelect={(_e, d) =>
              d.optionValue &&
              setOptions((o) => ({ ...o, sampling: d.optionValue as SamplingMethod }))
            }
          >
            <Option value="random">Random</Option>
            <Option value="lhs">Latin hypercube</Option>
          </Dropdown>
        </Field>
      )}
      {blocked && (
        <MessageBar intent="warning">
          <MessageBarBody>{blocked}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={
            progress !== null || invalid || toleranceError !== undefined || blocked !== null
          }
          onClick={run}
        >
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
      {result && summary && finished && (
        <>
          <Caption1>{runDescription(finished.options, finished.ranges, shownIterations)}</Caption1>
          {convergenceText(result.convergence ?? summary) && (
            <Caption1>{convergenceText(result.convergence ?? summary)}</Caption1>
          )}
          <dl className={styles.results} aria-label="Simulation results">
            {(["p5", "p50", "p95"] as const).map((p) => (
              <React.Fragment key={p}>
                <dt>{`${p.toUpperCase()} ${measure.name}`}</dt>
                <dd className={styles.value} data-value={summary[p]}>
                  {format(summary[p])}
                </dd>
              </React.Fragment>
            ))}
            {result.mean !== undefined && (
              <>
                <dt>{`Mean ${measure.name}`}</dt>
                <dd className={styles.value} data-mean={result.mean}>
                  {format(result.mean)}
                </dd>
              </>
            )}
            <dt>{measure.chanceLabel}</dt>
            <dd className={styles.value}>{`${(measure.chance(summary) * 100).toFixed(1)}%`}</dd>
          </dl>
          <Caption1>{PERCENTILES_EXPLAINED}</Caption1>
          <Histogram result={result} format={format} name={measure.name} />
          {result.sCurve && <SCurve points={result.sCurve} format={format} name={measure.name} />}
          {result.drivers && result.drivers.length > 0 && (
            <ScrollRegion label="Drivers">
              <Table aria-label="Drivers" size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Input</TableHeaderCell>
                    <TableHeaderCell>Rank correlation</TableHeaderCell>
                    <TableHeaderCell>−1 to +1</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {result.drivers.map((d) => (
                    <TableRow key={d.label}>
                      <TableCell>{d.label}</TableCell>
                      <TableCell className={styles.nowrap}>
                        {d.correlation.toFixed(2).replace("-", "−")}
                        {d.clipped > 0 ? ` (${(d.clipped * 100).toFixed(1)}% clipped)` : ""}
                      </TableCell>
                      <TableCell>
                        <div className={styles.track} aria-hidden="true">
                          <div
                            className={styles.bar}
                            style={{
                              left: `${50 + Math.min(0, d.correlation) * 50}%`,
                              width: `${Math.abs(d.correlation) * 50}%`,
                            }}
                          />
                          <div className={styles.axis} />
                        </div>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollRegion>
          )}
          {result.correlations && result.correlations.length > 0 && (
            <Caption1 as="p" aria-label="Correlations used">
              {`Correlations used (asked, then reached over the run): ${result.correlations
                .map(
                  (k) =>
                    `${k.input} with ${k.withInput}: ${signed(k.target, 2)}, ${signed(k.achieved, 3)}`
                )
                .join("; ")}.`}
            </Caption1>
          )}
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

/**
 * A chart of the results: an SVG 100 × 40 stretched to the pane's width (`label` read by
 * screen readers), then `caption` in words beneath it.
 */
function ChartFigure(props: {
  label: string;
  caption: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={styles.chart}
        viewBox="0 0 100 40"
        preserveAspectRatio="none"
        role="img"
        aria-label={props.label}
      >
        {props.children}
      </svg>
      <Caption1>{props.caption}</Caption1>
    </figure>
  );
}

/** The histogram as columns (decoration: the sheet holds the numbers), range in words. */
function Histogram<S>(props: {
  result: SimulationResult<S>;
  format: (x: number) => string;
  name: string;
}): React.JSX.Element | null {
  const bins = props.result.histogram;
  if (bins.length === 0) return null;
  const most = Math.max(...bins.map((b) => b.count)) || 1;
  const w = 100 / bins.length;
  return (
    <ChartFigure
      label={`Histogram of the ${props.name}, from ${props.format(bins[0].from)} to ${props.format(bins[bins.length - 1].to)}`}
      caption={`Histogram: ${props.format(bins[0].from)} to ${props.format(bins[bins.length - 1].to)}`}
    >
      {bins.map((b, i) => (
        <rect
          key={i}
          x={i * w + 0.3}
          width={w - 0.6}
          y={40 - (40 * b.count) / most}
          height={(40 * b.count) / most}
          fill={tokens.colorBrandBackground}
        />
      ))}
    </ChartFigure>
  );
}

/** The S-curve: the share of iterations at or below each value. */
function SCurve(props: {
  points: [number, number][];
  format: (x: number) => string;
  name: string;
}): React.JSX.Element | null {
  const pts = props.points;
  if (pts.length < 2) return null;
  const lo = pts[0][1];
  const hi = pts[pts.length - 1][1];
  const span = hi - lo || 1;
  const path = pts.map(([p, v]) => `${(100 * (v - lo)) / span},${40 - 40 * p}`).join(" ");
  return (
    <ChartFigure
      label={`S-curve: the share of iterations at or below each ${props.name}`}
      caption={`S-curve: share of iterations at or below each ${props.name}, ${props.format(lo)} to ${props.format(hi)}`}
    >
      <polyline
        points={path}
        fill="none"
        stroke={tokens.colorBrandForeground1}
        strokeWidth="1"
        vectorEffect="non-scaling-stroke"
      />
    </ChartFigure>
  );
}
