/**
 * A business case option's ranges, edited in the pane: one row per uncertain line (a savings
 * line or one-off cost in £, forums and coordination, VAT and loan repricing as a multiple of
 * the estimate, the discount rate) with its distribution. They are the case's `ranges`, so
 * they are saved with the draft, written to the CaseRanges table and restored from it.
 */
import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import type { BusinessCase, CaseRangeRow } from "../types";
import { defaultCaseRange, rangeLines } from "../ranges";
import { ChoiceField } from "../../../taskpane/components/fields";
import {
  RangeRowFields,
  useRangeStyles,
  useValidity,
} from "../../../taskpane/components/RangeFields";

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
  const handler = useValidity(onInvalid);
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
          onRemove={() => update((d) => void d.ranges!.splice(at, 1))}
        >
          <ChoiceField
            label="Line"
            value={r.line}
            options={lines}
            onChange={(v) => update((d) => void (d.ranges![at] = defaultCaseRange(d, optionId, v)))}
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
    </div>
  );
}
