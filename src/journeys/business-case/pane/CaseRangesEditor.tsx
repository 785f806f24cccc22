/**
 * A business case option's ranges, edited in the pane: one row per uncertain line (a savings
 * line or one-off cost in £, forums and coordination, VAT and loan repricing as a multiple of
 * the estimate, the discount rate) with its distribution. They are the case's `ranges`, so
 * they are saved with the draft, written to the CaseRanges table and restored from it.
 */
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { BusinessCase, CaseRangeRow } from "../types";
import { defaultCaseRange, rangeLines } from "../ranges";
import { Choice, OptionalNumber } from "../../sroi/pane/RangesEditor";

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

const DISTRIBUTIONS: { id: CaseRangeRow["distribution"]; label: string }[] = [
  { id: "triangular", label: "Triangular" },
  { id: "pert", label: "PERT" },
  { id: "uniform", label: "Uniform" },
  { id: "normal", label: "Normal" },
  { id: "lognormal", label: "Lognormal" },
];

function fieldsOf(d: CaseRangeRow["distribution"]): ["low" | "mode" | "high" | "sd", string][] {
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
  const styles = useStyles();
  const all = value.ranges ?? [];
  const rows = all.map((r, at) => ({ r, at })).filter((x) => x.r.option === optionId);
  const lines = rangeLines(value, optionId).map((l) => ({ id: l, label: l }));
  const bad = React.useRef(new Set<string>());
  const handlers = React.useMemo(() => new Map<string, (ok: boolean) => void>(), []);
  const handler = (key: string) => {
    if (!handlers.has(key))
      handlers.set(key, (ok: boolean) => {
        if (ok) bad.current.delete(key);
        else bad.current.add(key);
        onInvalid(bad.current.size > 0);
      });
    return handlers.get(key)!;
  };
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
        <fieldset key={at} className={styles.row} aria-label={`Range ${i + 1}`}>
          <legend>{`Range ${i + 1}`}</legend>
          <Choice
            label="Line"
            value={r.line}
            options={lines}
            onChange={(v) => update((d) => void (d.ranges![at] = defaultCaseRange(d, optionId, v)))}
          />
          <Choice
            label="Distribution"
            value={r.distribution}
            options={DISTRIBUTIONS}
            onChange={(v) => set(at, (x) => void (x.distribution = v))}
          />
          <div className={styles.numbers}>
            {fieldsOf(r.distribution).map(([field, label]) => (
              <OptionalNumber
                key={field}
                label={label}
                value={r[field]}
                onChange={(v) => set(at, (x) => void (x[field] = v))}
                onValidity={handler(`${at}:${field}`)}
              />
            ))}
          </div>
          <Button onClick={() => update((d) => void d.ranges!.splice(at, 1))}>
            {`Remove range ${i + 1}`}
          </Button>
        </fieldset>
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
    </div>
  );
}
