/**
 * The SROI analysis's ranges, edited in the pane: one row per uncertain input (which input,
 * which outcome or every outcome, the distribution and its low / most likely / high, or
 * mean and standard deviation, or P10 / P90), and rank correlations between rows. They are
 * the analysis's `ranges` and `correlations`, so they are saved with the draft, written to
 * the workbook's SroiRanges tables and restored from them. A number field keeps what was
 * typed; while one is not a number the Run button is disabled (`onInvalid`). A correlation
 * outside −1 to 1, or one that cannot hold with those above it, is said on its field and in
 * the list under the correlations (each a link to its field), and Run stays disabled.
 */
import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import type { SroiAnalysisCase, SroiCorrelationRow, SroiRangeInput, SroiRangeRow } from "../types";
import {
  correlationProblems,
  correlationWhere,
  defaultRange,
  nextRangeInput,
  RANGE_INPUT_LABELS,
} from "../ranges";
import { sroiAnalysis } from "../evaluate";
import { ChoiceField, FieldScope } from "../../../taskpane/components/fields";
import {
  CORRELATION_LABEL,
  correlationError,
  CorrelationProblems,
  correlationScope,
  OptionalNumber,
  RangeRowFields,
  rangeScope,
  useRangeStyles,
  useRowRegistry,
  useValidity,
} from "../../../taskpane/components/RangeFields";

const INPUT_OPTIONS = (Object.keys(RANGE_INPUT_LABELS) as SroiRangeInput[]).map((id) => ({
  id,
  label: RANGE_INPUT_LABELS[id],
}));

export function RangesEditor({
  value,
  update,
  onInvalid,
}: {
  value: SroiAnalysisCase;
  update: (change: (draft: SroiAnalysisCase) => void) => void;
  /** Called with true while any number typed here is not a number. */
  onInvalid: (invalid: boolean) => void;
}): React.JSX.Element {
  const styles = useRangeStyles();
  const ranges = value.ranges ?? [];
  const correlations = value.correlations ?? [];
  const { handler, messages } = useValidity(onInvalid);
  const rows = useRowRegistry();
  const fieldId = (i: number) => rows.id([correlationScope(i)], CORRELATION_LABEL);
  // What the draft's correlations cannot do (a matrix that cannot hold), row by row.
  const problems = React.useMemo(
    () => (correlations.length ? correlationProblems(value, sroiAnalysis(value)) : []),
    [value, correlations.length]
  );
  const outcomeOptions = [
    { id: "all", label: "Every outcome" },
    ...value.outcomes.map((o, i) => ({ id: String(i + 1), label: `${i + 1}: ${o.outcome}` })),
  ];
  const setRange = (i: number, change: (r: SroiRangeRow) => void) =>
    update((d) => change(d.ranges![i]));
  const setCorrelation = (i: number, change: (r: SroiCorrelationRow) => void) =>
    update((d) => change(d.correlations![i]));

  return (
    <div className={styles.stack}>
      <Caption1>
        Give a range to the inputs you are unsure of; every other input is held at its value. Draws
        outside an input&apos;s valid range (a share from 0% to 100%, a quantity of 0 or more) are
        clipped, and the results say how often.
      </Caption1>
      {ranges.map((r, i) => (
        <RangeRowFields
          key={i}
          index={i}
          row={r}
          onChange={(change) => setRange(i, change)}
          validity={(field) => handler(`range:${i}:${field}`)}
          onRemove={() => {
            // Rows after it move up one, and so do the correlations after the first one removed.
            rows.forget(rangeScope, i, ranges.length);
            const gone = correlations.findIndex((k) => k.first === i + 1 || k.second === i + 1);
            if (gone >= 0) rows.forget(correlationScope, gone, correlations.length);
            update((d) => {
              d.ranges!.splice(i, 1);
              // Correlations naming the removed row go; later rows move up one.
              d.correlations = (d.correlations ?? [])
                .filter((k) => k.first !== i + 1 && k.second !== i + 1)
                .map((k) => ({
                  ...k,
                  first: k.first > i + 1 ? k.first - 1 : k.first,
                  second: k.second > i + 1 ? k.second - 1 : k.second,
                }));
            });
          }}
        >
          <ChoiceField
            label="Input"
            value={r.input}
            options={INPUT_OPTIONS}
            onChange={(v) =>
              setRange(i, (x) => {
                x.input = v;
                if (v === "discount") x.outcome = null;
              })
            }
          />
          {r.input !== "discount" && (
            <ChoiceField
              label="Outcome"
              value={r.outcome === null ? "all" : String(r.outcome)}
              options={outcomeOptions}
              onChange={(v) =>
                setRange(i, (x) => void (x.outcome = v === "all" ? null : Number(v)))
              }
            />
          )}
        </RangeRowFields>
      ))}
      <Button
        disabled={ranges.length >= 500}
        onClick={() =>
          update((d) => {
            // A new row takes an input of outcome 1 not yet ranged (then outcome 2, …).
            const input = nextRangeInput(d);
            const row = defaultRange(d, input ?? "proxy");
            if (!input) {
              const free = d.outcomes.findIndex(
                (_, o) => !(d.ranges ?? []).some((r) => r.input === "proxy" && r.outcome === o + 1)
              );
              row.outcome = free >= 0 ? free + 1 : 1;
              const p = d.outcomes[row.outcome - 1].proxy;
              Object.assign(row, {
                low: Number((p * 0.8).toPrecision(6)),
                mode: p,
                high: Number((p * 1.2).toPrecision(6)),
              });
            }
            d.ranges = [...(d.ranges ?? []), row];
          })
        }
      >
        Add a range
      </Button>
      {ranges.length >= 2 && (
        <>
          {correlations.map((k, i) => {
            const choices = ranges.map((r, j) => ({
              id: String(j + 1),
              label: `Range ${j + 1}: ${RANGE_INPUT_LABELS[r.input]}`,
            }));
            return (
              <FieldScope key={i} name={correlationScope(i)}>
                <fieldset className={styles.row} aria-label={`Correlation ${i + 1}`}>
                  <legend>{`Correlation ${i + 1}`}</legend>
                  <ChoiceField
                    label="Range"
                    value={String(k.first)}
                    options={choices}
                    onChange={(v) => setCorrelation(i, (x) => void (x.first = Number(v)))}
                  />
                  <ChoiceField
                    label="With range"
                    value={String(k.second)}
                    options={choices}
                    onChange={(v) => setCorrelation(i, (x) => void (x.second = Number(v)))}
                  />
                  <OptionalNumber
                    label={CORRELATION_LABEL}
                    value={k.correlation}
                    // A value outside −1 to 1 stays in the field, said so, and is not taken.
                    onChange={(v) =>
                      v !== null && setCorrelation(i, (x) => void (x.correlation = v))
                    }
                    onValidity={handler(`correlation:${i}`)}
                    check={correlationError}
                    problem={problems[i]}
                  />
                  <Button
                    onClick={() => {
                      rows.forget(correlationScope, i, correlations.length);
                      update((d) => void d.correlations!.splice(i, 1));
                    }}
                  >{`Remove correlation ${i + 1}`}</Button>
                </fieldset>
              </FieldScope>
            );
          })}
          <Button
            onClick={() =>
              update((d) => {
                d.correlations = [
                  ...(d.correlations ?? []),
                  { first: 1, second: 2, correlation: 0.5 },
                ];
              })
            }
          >
            Add a correlation
          </Button>
          <CorrelationProblems
            items={correlations.map((k, i) => ({
              where: correlationWhere(k, i),
              text: messages[`correlation:${i}`] ?? problems[i],
              fieldId: fieldId(i),
            }))}
          />
        </>
      )}
    </div>
  );
}
