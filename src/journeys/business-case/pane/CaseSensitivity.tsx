/**
 * Sensitivity and uncertainty of each option's NPV for the review step: the NPV with each
 * component 20% lower and higher and its switching value (the change that takes the NPV to
 * zero), which can be written to a sheet with a tornado chart; and Monte Carlo over one
 * option's NPV in a Web Worker, its percentiles and histogram written to a sheet.
 */
import { fileStem, money } from "../../common";
import { businessCase } from "..";
import * as React from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { BusinessCase } from "../types";
import { caseSensitivity, COMPONENT_LABELS } from "../sensitivity";
import { evaluateCase } from "../evaluate";
import type { SimulationOptions } from "../../../model/uncertainty";
import { caseNpv, caseTornado } from "../measures";
import { tornadoPlan } from "../../../workbook/tornado";
import { MonteCarlo, STALE, type WorkerFactory } from "../../../taskpane/components/MonteCarlo";
import { Tornado } from "../../../taskpane/components/Tornado";
import { deliverSheet, type Status } from "../../../taskpane/deliver";
import {
  ChoiceField,
  fieldId,
  fieldKey,
  FieldScope,
  useFieldPlaceOf,
} from "../../../taskpane/components/fields";
import { useWorkbookHost } from "../../../taskpane/workbook-host";
import type { PaneOptions } from "../../../taskpane/components/MonteCarlo";
import type { SimulatedMeasure } from "../../../workbook/simulation";
import { caseRangeProblem, type CaseRangeSummary } from "../ranges";
import { CaseRangesEditor, optionScope } from "./CaseRangesEditor";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const SWING = 0.2;
const change = (x: number | null) =>
  x === null ? "–" : `${x < 0 ? "" : "+"}${(x * 100).toFixed(1)}%`;

export function CaseSensitivity({
  value,
  update,
  inExcel = false,
  makeWorker,
  stale = false,
}: {
  value: BusinessCase;
  /**
   * True while a field of the journey holds text it cannot use: the tornadoes are not
   * shown (they would be of other values than those on screen) and Run is disabled.
   */
  stale?: boolean;
  /** Edits the draft (the ranges editor). */
  update?: (change: (draft: BusinessCase) => void) => void;
  inExcel?: boolean;
  makeWorker?: WorkerFactory;
}): React.JSX.Element {
  const host = useWorkbookHost(inExcel);
  const styles = useStyles();
  const results = React.useMemo(() => evaluateCase(value), [value]);
  const tornadoes = React.useMemo(
    () => value.options.map((o) => ({ option: o, rows: caseSensitivity(value, o.id, SWING) })),
    [value]
  );
  const [written, setWritten] = React.useState<Status | null>(null);
  // A problem's link to a field of another option's ranges turns "Option to simulate" to it
  // (in the same render, as a long list turns to a row), so the field is there to focus.
  const { reveal, scope } = useFieldPlaceOf();
  const optionOf = (id: string | undefined): string | undefined => {
    let best: { id: string; length: number } | undefined;
    for (const o of value.options) {
      const prefix = `${fieldId(fieldKey(scope, optionScope(value, o.id))).replace(/-$/, "")}-`;
      if (id?.startsWith(prefix) && prefix.length > (best?.length ?? 0))
        best = { id: o.id, length: prefix.length };
    }
    return best?.id;
  };
  const [optionId, setOptionId] = React.useState(
    () => optionOf(reveal?.id) ?? value.options[0]?.id ?? ""
  );
  const [revealed, setRevealed] = React.useState(reveal);
  if (revealed !== reveal) {
    setRevealed(reveal);
    const asked = optionOf(reveal?.id);
    if (asked !== undefined && asked !== optionId) setOptionId(asked);
  }
  const simulated = value.options.find((o) => o.id === optionId) ?? value.options[0];
  const rangeCount = (value.ranges ?? []).filter((r) => r.option === simulated?.id).length;
  const correlated = (value.correlations ?? []).some((k) => k.option === simulated?.id);
  const [typedBadly, setTypedBadly] = React.useState(false);
  const problem = React.useMemo(
    () => (rangeCount > 0 ? caseRangeProblem(value) : null),
    [value, rangeCount]
  );
  const blocked = typedBadly
    ? "A range or correlation holds something the simulation cannot use (its field says what): correct it to run the simulation."
    : stale
      ? STALE
      : problem;
  const job = React.useCallback(
    (options: PaneOptions) =>
      rangeCount > 0
        ? {
            kind: "case_ranges" as const,
            case: value,
            optionId: simulated.id,
            options: {
              iterations: options.iterations,
              seed: options.seed,
              sampling: options.sampling,
              tolerance: options.tolerance,
            },
          }
        : {
            kind: "case" as const,
            case: value,
            optionId: simulated.id,
            options: options as SimulationOptions,
          },
    [value, simulated?.id, rangeCount]
  );
  const measure = React.useMemo(() => caseNpv(simulated?.name ?? ""), [simulated?.name]);
  const rangedMeasure = React.useMemo(
    () => ({
      ...(measure as unknown as SimulatedMeasure<CaseRangeSummary>),
      note: `${simulated?.name ?? ""}: each line in the ranges table drawn from its distribution${correlated ? " (with the rank correlations asked for)" : ""}; every other line held at its estimate; timings not varied.`,
    }),
    [measure, simulated?.name, correlated]
  );

  const writeTornado = async (id: string) => {
    const { option, rows } = tornadoes.find((t) => t.option.id === id)!;
    setWritten(
      await deliverSheet({
        host,
        base: caseTornado(option.name).sheet,
        plan: (at) =>
          tornadoPlan(
            `${value.title}: ${option.name}`,
            results.find((r) => r.id === id)!.npv,
            SWING,
            rows.map((r) => ({
              label: COMPONENT_LABELS[r.component],
              low: r.low,
              high: r.high,
              switching: r.switching,
            })),
            caseTornado(option.name),
            at
          ),
        fileName: `${fileStem(option.name) || "option"}-sensitivity.xlsx`,
      })
    );
  };

  return (
    <div className={styles.stack}>
      {!stale && <Subtitle2 as="h4">Sensitivity: each component 20% lower and higher</Subtitle2>}
      {!stale &&
        tornadoes.map(({ option: o, rows }) => (
          <React.Fragment key={o.id}>
            <Tornado
              name={`${o.name}: sensitivity of the NPV`}
              subject={o.name}
              lowHeading="NPV at −20%"
              highHeading="NPV at +20%"
              switchingHeading="NPV is 0 at"
              base={results.find((r) => r.id === o.id)!.npv}
              rows={rows.map((r) => ({
                key: r.component,
                label: COMPONENT_LABELS[r.component],
                low: r.low,
                high: r.high,
                switching: change(r.switching),
              }))}
              format={money}
            />
            <Button onClick={() => void writeTornado(o.id)}>
              {inExcel
                ? `Write the ${o.name} tornado to a new sheet`
                : `Download the ${o.name} tornado (.xlsx)`}
            </Button>
          </React.Fragment>
        ))}
      {written && (
        <MessageBar intent={written.intent} role="status">
          <MessageBarBody>{written.text}</MessageBarBody>
        </MessageBar>
      )}
      {simulated && (
        <>
          <Subtitle2 as="h4">Uncertainty: Monte Carlo of the NPV</Subtitle2>
          <ChoiceField
            label="Option to simulate"
            value={simulated.id}
            options={value.options.map((o) => ({ id: o.id, label: o.name }))}
            onChange={setOptionId}
          />
          {update && (
            <FieldScope name={optionScope(value, simulated.id)}>
              <CaseRangesEditor
                value={value}
                optionId={simulated.id}
                update={update}
                onInvalid={setTypedBadly}
              />
            </FieldScope>
          )}
          <MonteCarlo
            job={job}
            measure={rangeCount > 0 ? rangedMeasure : measure}
            ranges={rangeCount}
            blocked={blocked}
            title={`${value.title}: ${simulated.name}`}
            format={money}
            fileName={`${fileStem(simulated.name) || "option"}-simulation.xlsx`}
            inExcel={inExcel}
            makeWorker={makeWorker}
            convergence={{ unit: "£" }}
            keepAs={businessCase.draftKey}
          />
        </>
      )}
    </div>
  );
}
