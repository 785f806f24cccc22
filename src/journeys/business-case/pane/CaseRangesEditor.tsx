/**
 * A business case option's ranges, edited in the pane: one row per uncertain line (a savings
 * line or one-off cost in £, forums and coordination, VAT and loan repricing as a multiple of
 * the estimate, the discount rate) with its distribution. They are the case's `ranges`, so
 * they are saved with the draft, written to the CaseRanges table and restored from it.
 *
 * With two ranges or more, rank correlations between the option's ranged lines (the case's
 * `correlations`, the CaseRangeCorrelations table): each a pair of lines, named in words
 * ("Savings line 2 (Full merger)"), and a value from −1 to 1; or every ranged savings line
 * with each other at once. Removing a range removes the correlations naming its line (they
 * could not apply); choosing another line for a range moves its correlations with it.
 */
import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import type { BusinessCase, CaseCorrelationRow, CaseRangeRow } from "../types";
import {
  caseCorrelationProblems,
  correlateLines,
  correlationWhere,
  defaultCaseRange,
  lineLabel,
  rangeLines,
} from "../ranges";
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

export { correlationError };

/**
 * The field scope of option `optionId`'s ranges and correlations: its name, as "Option to
 * simulate" shows it ("Full merger"), or "Option n" while it has none. Their fields are
 * "Step 6 · Full merger · Range 1 · Low".
 */
export function optionScope(c: BusinessCase, optionId: string): string {
  const at = c.options.findIndex((o) => o.id === optionId);
  return c.options[at]?.name.trim() || `Option ${at + 1}`;
}

/** The value the "correlate every ranged savings line" button gives each pair. */
const SAVINGS_CORRELATION = 0.5;

/** A draft's correlations without those naming `line` of `optionId` (its range is gone). */
function withoutLine(d: BusinessCase, optionId: string, line: string): void {
  if (!d.correlations) return;
  d.correlations = d.correlations.filter(
    (k) => k.option !== optionId || (k.line !== line && k.withLine !== line)
  );
}

export function CaseRangesEditor({
  value,
  optionId,
  update,
  onInvalid,
}: {
  value: BusinessCase;
  optionId: string;
  update: (change: (draft: BusinessCase) => void) => void;
  onInvalid: (invalid: boolean) => void;
}): React.JSX.Element {
  const styles = useRangeStyles();
  const all = value.ranges ?? [];
  const rows = all.map((r, at) => ({ r, at })).filter((x) => x.r.option === optionId);
  const lines = rangeLines(value, optionId).map((l) => ({ id: l, label: l }));
  const { handler, messages } = useValidity(onInvalid);
  const registry = useRowRegistry();
  const set = (at: number, change: (r: CaseRangeRow) => void) =>
    update((d) => change(d.ranges![at]));
  const free = lines.find((l) => !rows.some((x) => x.r.line === l.id));
  return (
    <div className={styles.stack}>
      <Caption1>
        Give a range to the lines you are unsure of (savings and one-off costs in £; forums, VAT and
        repricing as a multiple of the estimate, 1 = as estimated); every other line is held at its
        estimate.
      </Caption1>
      {rows.map(({ r, at }, i) => (
        <RangeRowFields
          key={at}
          index={i}
          row={r}
          onChange={(change) => set(at, change)}
          validity={(field) => handler(`${at}:${field}`)}
          onRemove={() => {
            // Rows after it move up one, and so do the correlations after the first one removed.
            registry.forget(rangeScope, i, rows.length);
            const own = (value.correlations ?? []).filter((k) => k.option === optionId);
            const gone = own.findIndex((k) => k.line === r.line || k.withLine === r.line);
            if (gone >= 0) registry.forget(correlationScope, gone, own.length);
            update((d) => {
              const [gone] = d.ranges!.splice(at, 1);
              // Another range of the same line (a duplicate, already a problem) keeps them.
              if (!d.ranges!.some((x) => x.option === optionId && x.line === gone.line))
                withoutLine(d, optionId, gone.line);
            });
          }}
        >
          <ChoiceField
            label="Line"
            value={r.line}
            options={lines}
            onChange={(v) =>
              update((d) => {
                const old = d.ranges![at].line;
                d.ranges![at] = defaultCaseRange(d, optionId, v);
                for (const k of d.correlations ?? [])
                  if (k.option === optionId) {
                    if (k.line === old) k.line = v;
                    if (k.withLine === old) k.withLine = v;
                  }
              })
            }
          />
        </RangeRowFields>
      ))}
      <Button
        disabled={!free || all.length >= 500}
        onClick={() =>
          update((d) => {
            d.ranges = [...(d.ranges ?? []), defaultCaseRange(d, optionId, free!.id)];
          })
        }
      >
        Add a range
      </Button>
      {rows.length >= 2 && (
        <CorrelationsEditor
          value={value}
          optionId={optionId}
          ranged={rows.map((x) => x.r.line)}
          update={update}
          validity={(key) => handler(`correlation:${key}`)}
          typed={(key) => messages[`correlation:${key}`]}
        />
      )}
    </div>
  );
}

/** The option's correlation rows, Add a correlation, and every savings line at once. */
function CorrelationsEditor({
  value,
  optionId,
  ranged,
  update,
  validity,
  typed,
}: {
  value: BusinessCase;
  optionId: string;
  /** The option's lines that have a range, in the ranges' order. */
  ranged: readonly string[];
  update: (change: (draft: BusinessCase) => void) => void;
  validity: (key: string) => (ok: boolean, error?: string) => void;
  /** The error of the text typed in a row's field (by the row's place in the case), if any. */
  typed: (key: string) => string | undefined;
}): React.JSX.Element {
  const styles = useRangeStyles();
  const registry = useRowRegistry();
  const fieldId = (i: number) => registry.id([correlationScope(i)], CORRELATION_LABEL);
  // What the draft's correlations cannot do (a matrix that cannot hold), row by row.
  const problems = React.useMemo(() => caseCorrelationProblems(value, optionId), [value, optionId]);
  const rows = (value.correlations ?? [])
    .map((k, at) => ({ k, at }))
    .filter((x) => x.k.option === optionId);
  const choices = (current: string) => {
    const out = [...new Set(ranged)].map((l) => ({
      id: l,
      label: lineLabel(value, optionId, l),
    }));
    // A line whose range has gone (edited in the sheet) still shows what the row names.
    if (!ranged.includes(current))
      out.push({ id: current, label: `${lineLabel(value, optionId, current)}: no range` });
    return out;
  };
  const set = (at: number, change: (k: CaseCorrelationRow) => void) =>
    update((d) => change(d.correlations![at]));
  const taken = (a: string, b: string) =>
    rows.some(({ k }) => (k.line === a && k.withLine === b) || (k.line === b && k.withLine === a));
  const free: [string, string] | undefined = ranged
    .flatMap((a, i) => ranged.slice(i + 1).map((b): [string, string] => [a, b]))
    .find(([a, b]) => a !== b && !taken(a, b));
  const savings = ranged.filter((l) => l.startsWith("Savings line"));
  return (
    <>
      <Caption1>
        Rank correlations between lines whose estimates move together (from −1 to 1; 0 is
        independent). Each line keeps its own distribution: only which draws go together changes.
      </Caption1>
      {rows.map(({ k, at }, i) => (
        <FieldScope key={at} name={correlationScope(i)}>
          <fieldset className={styles.row} aria-label={`Correlation ${i + 1}`}>
            <legend>{`Correlation ${i + 1}`}</legend>
            <ChoiceField
              label="Line"
              value={k.line}
              options={choices(k.line)}
              onChange={(v) => set(at, (x) => void (x.line = v))}
            />
            <ChoiceField
              label="With line"
              value={k.withLine}
              options={choices(k.withLine)}
              onChange={(v) => set(at, (x) => void (x.withLine = v))}
            />
            <OptionalNumber
              label={CORRELATION_LABEL}
              value={k.correlation}
              onChange={(v) => v !== null && set(at, (x) => void (x.correlation = v))}
              onValidity={validity(String(at))}
              check={correlationError}
              problem={problems[i]}
            />
            <Button
              onClick={() => {
                registry.forget(correlationScope, i, rows.length);
                update((d) => void d.correlations!.splice(at, 1));
              }}
            >
              {`Remove correlation ${i + 1}`}
            </Button>
          </fieldset>
        </FieldScope>
      ))}
      <Button
        disabled={!free || (value.correlations ?? []).length >= 500}
        onClick={() =>
          update((d) => {
            d.correlations = [
              ...(d.correlations ?? []),
              { option: optionId, line: free![0], withLine: free![1], correlation: 0.5 },
            ];
          })
        }
      >
        Add a correlation
      </Button>
      <CorrelationProblems
        items={rows.map(({ k, at }, i) => ({
          where: correlationWhere(value, k, i),
          text: typed(String(at)) ?? problems[i],
          fieldId: fieldId(i),
        }))}
      />
      {savings.length >= 2 && (
        <Button
          disabled={correlateLines(value, optionId, savings, SAVINGS_CORRELATION).length > 500}
          onClick={() => {
            // Every row of the option is replaced: what they held uncommitted goes with them.
            registry.forget(correlationScope, 0, rows.length);
            update(
              (d) =>
                void (d.correlations = correlateLines(d, optionId, savings, SAVINGS_CORRELATION))
            );
          }}
        >
          {`Correlate every ranged savings line with each other (${SAVINGS_CORRELATION})`}
        </Button>
      )}
    </>
  );
}
