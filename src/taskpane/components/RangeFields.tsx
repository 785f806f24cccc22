/**
 * The pieces of a ranges editor that the SROI and business-case panes share: a number that
 * may be blank, the validity of the numbers typed, and one range row's fieldset (what it
 * ranges, supplied by the journey, then its distribution, the numbers that distribution
 * uses and a Remove button). A number field keeps what was typed; while one is not a number
 * the journey's Run button is disabled (`onInvalid`).
 */
import * as React from "react";
import { Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import {
  DISTRIBUTION_LABELS,
  DISTRIBUTIONS,
  type DistributionName,
} from "../../model/distributions";
import { ChoiceField, ErrorField, parseAmount } from "./fields";
import { ProblemList } from "./ProblemList";

/** The stack of rows, one row's fieldset and its grid of numbers. */
export const useRangeStyles = makeStyles({
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

/**
 * A number that may be blank: what was typed is kept; a blank is null. Commas separate
 * thousands only ({@link parseAmount}): "1,2" is refused, never read as 12.
 * @example readOptional("-20,000") // { value: -20000 }
 */
export function readOptional(raw: string): { value: number | null } | { error: string } {
  if (raw.trim() === "") return { value: null };
  const n = parseAmount(raw);
  return n !== null ? { value: n } : { error: "Enter a number, or leave it blank." };
}

/**
 * A number field that may be left blank (null); text that is not a number is shown as an
 * error. `check`, when given, says what is wrong with a number (or a blank) the field must
 * not take (a correlation outside −1 to 1): it is shown as the error and not passed on, so
 * the draft keeps its last good value while the typed text stays in the field. `problem`
 * is what is wrong with the value the draft holds, found beyond the field (correlations that
 * cannot hold together): shown on the field when the text itself is good, while the field
 * stays valid (the draft's check blocks the run). `onValidity` is given the field's own
 * error in words too, for a list of problems.
 */
export function OptionalNumber(props: {
  label: string;
  value: number | null;
  onChange: (v: number | null) => void;
  onValidity: (ok: boolean, error?: string) => void;
  check?: (v: number | null) => string | undefined;
  problem?: string;
  /** The input's id, so a problem list's link can focus it. */
  id?: string;
}): React.JSX.Element {
  const shown = props.value === null ? "" : String(props.value);
  const [text, setText] = React.useState(shown);
  React.useEffect(() => setText(shown), [shown]);
  const { check } = props;
  const readChecked = (raw: string): { value: number | null } | { error: string } => {
    const r = readOptional(raw);
    const wrong = "value" in r ? check?.(r.value) : undefined;
    return wrong === undefined ? r : { error: wrong };
  };
  const read = readChecked(text);
  const error = "error" in read ? read.error : undefined;
  const { onValidity } = props;
  React.useEffect(() => {
    onValidity(error === undefined, error);
    return () => onValidity(true);
  }, [error, onValidity]);
  return (
    <ErrorField label={props.label} error={error ?? props.problem}>
      <Input
        id={props.id}
        // Fluent's Input is 250 px at least: in two columns at 350 px it must shrink.
        style={{ minWidth: 0, width: "100%" }}
        value={text}
        inputMode="decimal"
        onChange={(_e, d) => {
          setText(d.value);
          const r = readChecked(d.value);
          if ("value" in r) props.onChange(r.value);
        }}
      />
    </ErrorField>
  );
}

/**
 * One validity handler per key ("range:2:low"), each the same function on every render (an
 * {@link OptionalNumber}'s effect depends on it), calling `onInvalid` with whether any key
 * is invalid; `messages` holds each invalid key's error in words (for a problem list).
 */
export function useValidity(onInvalid: (invalid: boolean) => void): {
  handler: (key: string) => (ok: boolean, error?: string) => void;
  messages: Readonly<Record<string, string>>;
} {
  const bad = React.useRef(new Set<string>());
  const [messages, setMessages] = React.useState<Record<string, string>>({});
  const handlers = React.useMemo(
    () => new Map<string, (ok: boolean, error?: string) => void>(),
    []
  );
  const handler = (key: string) => {
    if (!handlers.has(key))
      handlers.set(key, (ok: boolean, error?: string) => {
        if (ok) bad.current.delete(key);
        else bad.current.add(key);
        onInvalid(bad.current.size > 0);
        const text = ok ? undefined : (error ?? "Enter a number.");
        // Only a change sets state, so a field's effect never loops.
        setMessages((m) => {
          if (m[key] === text) return m;
          const next = { ...m };
          if (text === undefined) delete next[key];
          else next[key] = text;
          return next;
        });
      });
    return handlers.get(key)!;
  };
  return { handler, messages };
}

/** What a rank correlation field will not take: a blank, or a value outside −1 to 1. */
export function correlationError(v: number | null): string | undefined {
  return v === null || !(v >= -1 && v <= 1) ? "Enter a rank correlation from −1 to 1." : undefined;
}

/**
 * The problems that stop a run, one per correlation row that has one ("Correlation 2 (Range
 * 1 with Range 3): Enter a rank correlation from −1 to 1."), each a link that focuses its
 * field (by the id given to its {@link OptionalNumber}); nothing when there are none.
 */
export function CorrelationProblems(props: {
  items: readonly { where: string; text: string | undefined; fieldId: string }[];
}): React.JSX.Element | null {
  const problems = props.items
    .filter((x) => x.text !== undefined)
    .map((x) => ({
      text: `${x.where}: ${x.text}`,
      go: () => document.getElementById(x.fieldId)?.focus(),
    }));
  if (problems.length === 0) return null;
  return <ProblemList lead="Fix these correlations to run the simulation:" problems={problems} />;
}

/** The cells a range row is edited by: its distribution and the numbers it may use. */
export interface EditableRange {
  distribution: DistributionName;
  low: number | null;
  mode: number | null;
  high: number | null;
  sd: number | null;
}

/** The distributions as dropdown options ("PERT"). */
export const DISTRIBUTION_OPTIONS: readonly { id: DistributionName; label: string }[] =
  DISTRIBUTIONS.map((id) => ({ id, label: DISTRIBUTION_LABELS[id] }));

/**
 * Which number fields a distribution uses, with their labels: uniform low and high; normal
 * and lognormal mean and sd, or P10 and P90; triangular and PERT low, most likely and high.
 */
export function distributionFields(
  d: DistributionName
): ["low" | "mode" | "high" | "sd", string][] {
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

/**
 * Range row `index` (from 0) as a fieldset "Range n": `children` (what it ranges: the line,
 * the input and outcome), then its distribution, the numbers that distribution uses and
 * "Remove range n". `validity(field)` is the validity handler of its number `field`.
 */
export function RangeRowFields<R extends EditableRange>(props: {
  index: number;
  row: R;
  onChange: (change: (r: R) => void) => void;
  validity: (field: "low" | "mode" | "high" | "sd") => (ok: boolean) => void;
  onRemove: () => void;
  children?: React.ReactNode;
}): React.JSX.Element {
  const styles = useRangeStyles();
  const { index, row, onChange } = props;
  const name = `Range ${index + 1}`;
  return (
    <fieldset className={styles.row} aria-label={name}>
      <legend>{name}</legend>
      {props.children}
      <ChoiceField
        label="Distribution"
        value={row.distribution}
        options={DISTRIBUTION_OPTIONS}
        onChange={(v) => onChange((x) => void (x.distribution = v))}
      />
      <div className={styles.numbers}>
        {distributionFields(row.distribution).map(([field, label]) => (
          <OptionalNumber
            key={field}
            label={label}
            value={row[field]}
            onChange={(v) => onChange((x) => void (x[field] = v))}
            onValidity={props.validity(field)}
          />
        ))}
      </div>
      <Button onClick={props.onRemove}>{`Remove ${name.toLowerCase()}`}</Button>
    </fieldset>
  );
}
