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
import {
  ChoiceField,
  ErrorField,
  fieldId,
  fieldKey,
  FieldScope,
  parseAmount,
  useFieldPlaceOf,
  useTypedText,
} from "./fields";
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
 *
 * Like every field of a journey (issue 14), text it cannot use is reported to the journey's
 * field registry under its scope and label ("Step 4 · Range 1 · Low"): the review lists it
 * with a link to this input (whose id is the registry's), it is kept beside the draft over a
 * reload, and "Start from" counts it. Outside a journey it stays in the field only.
 */
export function OptionalNumber(props: {
  label: string;
  value: number | null;
  onChange: (v: number | null) => void;
  onValidity: (ok: boolean, error?: string) => void;
  check?: (v: number | null) => string | undefined;
  problem?: string;
}): React.JSX.Element {
  const shown = props.value === null ? "" : String(props.value);
  const typed = useTypedText(props.label, shown);
  const { check } = props;
  const readChecked = (raw: string): { value: number | null } | { error: string } => {
    const r = readOptional(raw);
    const wrong = "value" in r ? check?.(r.value) : undefined;
    return wrong === undefined ? r : { error: wrong };
  };
  const read = readChecked(typed.text);
  const error = "error" in read ? read.error : undefined;
  const { onValidity } = props;
  React.useEffect(() => {
    onValidity(error === undefined, error);
    return () => onValidity(true);
  }, [error, onValidity]);
  return (
    <ErrorField label={props.label} error={error ?? props.problem ?? typed.error}>
      <Input
        id={typed.id}
        // Fluent's Input is 250 px at least: in two columns at 350 px it must shrink.
        style={{ minWidth: 0, width: "100%" }}
        value={typed.text}
        inputMode="decimal"
        onBlur={typed.settle}
        onChange={(_e, d) => {
          const r = readChecked(d.value);
          if ("error" in r) return typed.show(d.value, r.error);
          typed.show(d.value, undefined, r.value === null ? "" : String(r.value));
          props.onChange(r.value);
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

/** The field scope of range row `i` (from 0): "Range 1", as its legend says. */
export const rangeScope = (i: number): string => `Range ${i + 1}`;
/** The field scope of correlation row `i` (from 0): "Correlation 1", as its legend says. */
export const correlationScope = (i: number): string => `Correlation ${i + 1}`;
/** The label of a correlation row's value field. */
export const CORRELATION_LABEL = "Rank correlation (−1 to 1)";

/**
 * A problem that stops a simulation (not a build) about the field `label` of a row in
 * `scope` on step `step` (0-based), said as the review says a field's problems: "Step 4 ·
 * Correlation 2 · Rank correlation (−1 to 1): this correlation and the others marked cannot
 * hold together: …", with the field's id for its link (none when `linked` is false: the
 * field is not on screen, as correlations with fewer than two ranges are not).
 *
 * @example runProblem(3, ["Correlation 1"], "Rank correlation (−1 to 1)", "Range 4 is not there.")
 * // { text: "Step 4 · Correlation 1 · Rank correlation (−1 to 1): range 4 is not there", step: 3, fieldId: "pcba-field-step-4-correlation-1-rank-correlation-1-to-1-" }
 */
export function runProblem(
  step: number,
  scope: readonly string[],
  label: string,
  message: string,
  linked = true
): { text: string; step: number; fieldId?: string } {
  const key = fieldKey([`Step ${step + 1}`, ...scope], label);
  const said = message.replace(/\.$/, "").replace(/^./, (c) => c.toLowerCase());
  return { text: `${key}: ${said}`, step, fieldId: linked ? fieldId(key) : undefined };
}

/**
 * Forgetting what rows hold uncommitted, for the editors that remove rows: `forget(name,
 * from, count, within)` forgets the fields of rows `from` to `count − 1` named by `name`
 * (under the scopes `within`, inside this component's own), since when a row goes, the rows
 * after it move up one and what they held no longer matches their names (as
 * {@link GroupList} does). `id(within, label)` is the element id of a field below (for a
 * problem's link). Outside a journey there is nothing to forget.
 */
export function useRowRegistry(): {
  forget: (name: (i: number) => string, from: number, count: number, within?: string[]) => void;
  id: (within: readonly string[], label: string) => string;
} {
  const { registry, scope } = useFieldPlaceOf();
  return {
    forget: (name, from, count, within = []) => {
      const prefixes: string[] = [];
      for (let i = from; i < count; i++) prefixes.push(fieldKey([...scope, ...within], name(i)));
      if (prefixes.length) registry?.forget(prefixes);
    },
    id: (within, label) => fieldId(fieldKey([...scope, ...within], label)),
  };
}

/**
 * Range row `index` (from 0) as a fieldset "Range n": `children` (what it ranges: the line,
 * the input and outcome), then its distribution, the numbers that distribution uses and
 * "Remove range n". `validity(field)` is the validity handler of its number `field`. Its
 * fields are in the scope "Range n"; choosing another distribution forgets what the fields
 * it no longer shows held uncommitted (nothing could show or fix it).
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
  const { registry, scope } = useFieldPlaceOf();
  const { index, row, onChange } = props;
  const name = rangeScope(index);
  const choose = (d: DistributionName) => {
    const kept = new Set(distributionFields(d).map(([, label]) => label));
    for (const [, label] of distributionFields(row.distribution))
      if (!kept.has(label)) registry?.report(fieldKey([...scope, name], label), null);
    onChange((x) => void (x.distribution = d));
  };
  return (
    <FieldScope name={name}>
      <fieldset className={styles.row} aria-label={name}>
        <legend>{name}</legend>
        {props.children}
        <ChoiceField
          label="Distribution"
          value={row.distribution}
          options={DISTRIBUTION_OPTIONS}
          onChange={choose}
        />
        <div className={styles.numbers}>
          {distributionFields(row.distribution).map(([field, label]) => (
            // Keyed by label: "Low" and "or P10" are both `low` but different fields.
            <OptionalNumber
              key={label}
              label={label}
              value={row[field]}
              onChange={(v) => onChange((x) => void (x[field] = v))}
              onValidity={props.validity(field)}
            />
          ))}
        </div>
        <Button onClick={props.onRemove}>{`Remove ${name.toLowerCase()}`}</Button>
      </fieldset>
    </FieldScope>
  );
}
