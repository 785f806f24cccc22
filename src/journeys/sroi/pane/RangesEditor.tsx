/**
 * The SROI analysis's ranges, edited in the pane: one row per uncertain input (which input,
 * which outcome or every outcome, the distribution and its low / most likely / high, or
 * mean and standard deviation, or P10 / P90), and rank correlations between rows. They are
 * the analysis's `ranges` and `correlations`, so they are saved with the draft, written to
 * the workbook's SroiRanges tables and restored from them. A number field keeps what was
 * typed; while one is not a number the Run button is disabled (`onInvalid`).
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  tokens,
} from "@fluentui/react-components";
import type { SroiAnalysisCase, SroiCorrelationRow, SroiRangeInput, SroiRangeRow } from "../types";
import { defaultRange, DISTRIBUTION_LABELS, nextRangeInput, RANGE_INPUT_LABELS } from "../ranges";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  numbers: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
  },
});

/** A number that may be blank: what was typed is kept; a blank is null. */
export function readOptional(raw: string): { value: number | null } | { error: string } {
  if (raw.trim() === "") return { value: null };
  const n = Number(raw.replace(/[,£%\s]/g, ""));
  return Number.isFinite(n) ? { value: n } : { error: "Enter a number, or leave it blank." };
}

export function OptionalNumber(props: {
  label: string;
  value: number | null;
  onChange: (v: number | null) => void;
  onValidity: (ok: boolean) => void;
}): React.JSX.Element {
  const shown = props.value === null ? "" : String(props.value);
  const [text, setText] = React.useState(shown);
  React.useEffect(() => setText(shown), [shown]);
  const read = readOptional(text);
  const error = "error" in read ? read.error : undefined;
  const { onValidity } = props;
  React.useEffect(() => {
    onValidity(error === undefined);
    return () => onValidity(true);
  }, [error, onValidity]);
  return (
    <Field label={props.label} validationMessage={error} validationState={error ? "error" : "none"}>
      <Input
        // Fluent's Input is 250 px at least: in two columns at 350 px it must shrink.
        style={{ minWidth: 0, width: "100%" }}
        value={text}
        inputMode="decimal"
        onChange={(_e, d) => {
          setText(d.value);
          const r = readOptional(d.value);
          if ("value" in r) props.onChange(r.value);
        }}
      />
    </Field>
  );
}

export function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { id: T; label: string }[];
  onChange: (v: T) => void;
}): React.JSX.Element {
  return (
    <Field label={props.label}>
      <Dropdown
        value={props.options.find((o) => o.id === props.value)?.label ?? ""}
        selectedOptions={[props.value]}
        onOptionSelect={(_e, d) =>
          d.optionValue !== undefined && props.onChange(d.optionValue as T)
        }
      >
        {props.options.map((o) => (
          <Option key={o.id} value={o.id}>
            {o.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

const INPUT_OPTIONS = (Object.keys(RANGE_INPUT_LABELS) as SroiRangeInput[]).map((id) => ({
  id,
  label: RANGE_INPUT_LABELS[id],
}));
const DISTRIBUTION_OPTIONS = (
  Object.keys(DISTRIBUTION_LABELS) as SroiRangeRow["distribution"][]
).map((id) => ({ id, label: DISTRIBUTION_LABELS[id] }));

/** Which number fields a distribution uses, with their labels. */
function fieldsOf(
  d: SroiRangeRow["distribution"]
): [keyof SroiRangeRow & ("low" | "mode" | "high" | "sd"), string][] {
  if (d === "uniform")
    return [
      ["low", "Low"],
      ["high", "High"],
    ];
  if (d === "normal" || d === "lognormal")
    return [
      ["mode", "Mean"],
      ["sd", "Standard deviation"],
      ["low", "or P10"],
      ["high", "and P90"],
    ];
  return [
    ["low", "Low"],
    ["mode", "Most likely"],
    ["high", "High"],
  ];
}

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
  const styles = useStyles();
  const ranges = value.ranges ?? [];
  const correlations = value.correlations ?? [];
  const bad = React.useRef(new Set<string>());
  const validity = React.useCallback(
    (key: string) => (ok: boolean) => {
      if (ok) bad.current.delete(key);
      else bad.current.add(key);
      onInvalid(bad.current.size > 0);
    },
    [onInvalid]
  );
  const handlers = React.useMemo(() => new Map<string, (ok: boolean) => void>(), []);
  const handler = (key: string) => {
    if (!handlers.has(key)) handlers.set(key, validity(key));
    return handlers.get(key)!;
  };
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
        <fieldset key={i} className={styles.row} aria-label={`Range ${i + 1}`}>
          <legend>{`Range ${i + 1}`}</legend>
          <Choice
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
            <Choice
              label="Outcome"
              value={r.outcome === null ? "all" : String(r.outcome)}
              options={outcomeOptions}
              onChange={(v) =>
                setRange(i, (x) => void (x.outcome = v === "all" ? null : Number(v)))
              }
            />
          )}
          <Choice
            label="Distribution"
            value={r.distribution}
            options={DISTRIBUTION_OPTIONS}
            onChange={(v) => setRange(i, (x) => void (x.distribution = v))}
          />
          <div className={styles.numbers}>
            {fieldsOf(r.distribution).map(([field, label]) => (
              <OptionalNumber
                key={field}
                label={label}
                value={r[field]}
                onChange={(v) => setRange(i, (x) => void (x[field] = v))}
                onValidity={handler(`range:${i}:${field}`)}
              />
            ))}
          </div>
          <Button
            onClick={() =>
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
              })
            }
          >
            {`Remove range ${i + 1}`}
          </Button>
        </fieldset>
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
            const rows = ranges.map((r, j) => ({
              id: String(j + 1),
              label: `Range ${j + 1}: ${RANGE_INPUT_LABELS[r.input]}`,
            }));
            return (
              <fieldset key={i} className={styles.row} aria-label={`Correlation ${i + 1}`}>
                <legend>{`Correlation ${i + 1}`}</legend>
                <Choice
                  label="Range"
                  value={String(k.first)}
                  options={rows}
                  onChange={(v) => setCorrelation(i, (x) => void (x.first = Number(v)))}
                />
                <Choice
                  label="With range"
                  value={String(k.second)}
                  options={rows}
                  onChange={(v) => setCorrelation(i, (x) => void (x.second = Number(v)))}
                />
                <OptionalNumber
                  label="Rank correlation (−1 to 1)"
                  value={k.correlation}
                  onChange={(v) => setCorrelation(i, (x) => void (x.correlation = v ?? 0))}
                  onValidity={handler(`correlation:${i}`)}
                />
                <Button
                  onClick={() => update((d) => void d.correlations!.splice(i, 1))}
                >{`Remove correlation ${i + 1}`}</Button>
              </fieldset>
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
        </>
      )}
    </div>
  );
}
