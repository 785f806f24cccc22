/**
 * Sensitivity and uncertainty for an SROI analysis: a tornado (the ratio with each input
 * scaled down and up), switching values (where the ratio falls to 1), and Monte Carlo run in
 * a Web Worker with a progress bar and a cancel button: by default every input varies by
 * the same ± share (as =PCBA.SROI_SIMULATE); once the analysis has ranges of its own (the
 * ranges editor, or the workbook's SroiRanges table) those are drawn instead, with their
 * correlations, as =PCBA.SROI_SIMULATE_RANGES draws them. The tornado and the simulation's
 * results can each be written to a new sheet (or downloaded).
 */
import * as React from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ModelError } from "../../../model/errors";
import {
  SWITCHING_INPUTS,
  sroiSensitivity,
  sroiSwitching,
  type SimulationOptions,
} from "../../../model/uncertainty";
import { sroiRatio } from "../../../model/sroi";
import { sroiAnalysis } from "../evaluate";
import type { SroiAnalysisCase } from "../types";
import { SROI_RATIO, SROI_TORNADO } from "../measures";
import { tornadoPlan } from "../../../workbook/tornado";
import { MonteCarlo, STALE, type WorkerFactory } from "../../../taskpane/components/MonteCarlo";
import { sroi } from "..";
import { Tornado, sroiInputLabel } from "../../../taskpane/components/Tornado";
import { deliverSheet, type Status } from "../../../taskpane/deliver";
import { useWorkbookHost } from "../../../taskpane/workbook-host";
import type { PaneOptions } from "../../../taskpane/components/MonteCarlo";
import { hasRanges, modelRanges, perPound, SROI_RANGE_RATIO } from "../ranges";
import { RangesEditor } from "./RangesEditor";
import { RangeSimulation } from "../../../model/range-simulation";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const SWING = 0.2;

const label = sroiInputLabel; // "proxy" → "Financial proxy" (issue 14)

export function Uncertainty({
  value,
  update,
  inExcel = false,
  makeWorker,
  stale = false,
}: {
  value: SroiAnalysisCase;
  /**
   * True while a field of the journey holds text it cannot use: the tornado is not shown
   * (it would be of other values than those on screen) and Run is disabled.
   */
  stale?: boolean;
  /** Edits the draft (the ranges editor); without it the ranges are shown only as counted. */
  update?: (change: (draft: SroiAnalysisCase) => void) => void;
  inExcel?: boolean;
  makeWorker?: WorkerFactory;
}): React.JSX.Element {
  const host = useWorkbookHost(inExcel);
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
  const base = React.useMemo(() => sroiRatio(analysis), [analysis]);
  const ranged = hasRanges(value);
  const [typedBadly, setTypedBadly] = React.useState(false);
  const rangeProblem = React.useMemo(() => {
    if (!ranged) return null;
    try {
      const { ranges, correlations } = modelRanges(value);
      // What only the model checks (a correlation matrix that is not valid): a one-iteration set-up.
      new RangeSimulation(analysis, ranges, {
        iterations: 1,
        seed: 1,
        sampling: "random",
        correlations,
      });
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  }, [value, ranged, analysis]);
  const blocked = typedBadly
    ? "A range or correlation holds something the simulation cannot use (its field says what): correct it to run the simulation."
    : stale
      ? STALE
      : rangeProblem;
  const job = React.useCallback(
    (options: PaneOptions) =>
      ranged
        ? {
            kind: "sroi_case_ranges" as const,
            analysis: value,
            options: {
              iterations: options.iterations,
              seed: options.seed,
              sampling: options.sampling,
              tolerance: options.tolerance,
            },
          }
        : { kind: "sroi" as const, analysis: value, options: options as SimulationOptions },
    [value, ranged]
  );
  const [written, setWritten] = React.useState<Status | null>(null);
  const writeTornado = async () =>
    setWritten(
      await deliverSheet({
        host,
        base: SROI_TORNADO.sheet,
        plan: (at) =>
          tornadoPlan(
            value.title,
            base,
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

  const shownSwitching = (input: string) => {
    const s = switching.find((x) => x.input === input);
    if (!s) return "–";
    return s.value === null ? "none in its range" : `${(s.value * 100).toFixed(1)}%`;
  };
  return (
    <div className={styles.stack}>
      {!stale && <Subtitle2 as="h3">Sensitivity: each input 20% lower and higher</Subtitle2>}
      {!stale && (
        <Tornado
          name="Tornado"
          subject="Input"
          lowHeading="Ratio at −20%"
          highHeading="Ratio at +20%"
          switchingHeading="Ratio is 1 when the input is"
          base={base}
          rows={tornado.map((r) => ({
            key: r.input,
            label: label(r.input),
            low: r.low,
            high: r.high,
            switching: shownSwitching(r.input),
          }))}
          format={(x) => x.toFixed(2)}
        />
      )}
      {!stale && tornado.length > 0 && (
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
      {update && <RangesEditor value={value} update={update} onInvalid={setTypedBadly} />}
      {ranged ? (
        <MonteCarlo
          job={job}
          measure={SROI_RANGE_RATIO}
          title={value.title}
          format={perPound}
          fileName="sroi-simulation.xlsx"
          inExcel={inExcel}
          makeWorker={makeWorker}
          ranges={value.ranges!.length}
          blocked={blocked}
          convergence={{ unit: "£ per £1" }}
          keepAs={sroi.draftKey}
        />
      ) : (
        <MonteCarlo
          job={job}
          measure={SROI_RATIO}
          title={value.title}
          format={perPound}
          fileName="sroi-simulation.xlsx"
          inExcel={inExcel}
          makeWorker={makeWorker}
          blocked={typedBadly || stale ? blocked : null}
          convergence={{ unit: "£ per £1" }}
          keepAs={sroi.draftKey}
        />
      )}
    </div>
  );
}
