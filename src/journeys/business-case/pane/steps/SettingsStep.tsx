/** Step 5 of the business case: horizon, discounting, optimism bias, price base year. */
import * as React from "react";
import { ChoiceField, NumberField } from "../../../../taskpane/components/fields";
import { useStyles } from "./shared";
import type { StepProps } from "./shared";

/** Step 5: horizon, discounting, optimism bias, price base year. */
export function SettingsStep({ value, update }: StepProps): React.JSX.Element {
  const styles = useStyles();
  const flat = typeof value.appraisal.discount === "number";
  return (
    <div className={styles.stack}>
      <NumberField
        label="Horizon"
        unit="years"
        whole
        min={1}
        max={60}
        value={value.appraisal.horizon}
        onChange={(v) => update((d) => void (d.appraisal.horizon = v))}
      />
      <ChoiceField
        label="Discounting"
        value={flat ? "flat" : "stpr"}
        options={[
          { id: "stpr", label: "Green Book STPR (3.5%, declining after 30 years)" },
          { id: "flat", label: "A flat real rate" },
        ]}
        onChange={(v) => update((d) => void (d.appraisal.discount = v === "flat" ? 0.035 : "STPR"))}
      />
      {flat && (
        <NumberField
          label="Discount rate"
          unit="percent"
          min={0}
          max={0.2}
          value={value.appraisal.discount as number}
          onChange={(v) => update((d) => void (d.appraisal.discount = v))}
        />
      )}
      <NumberField
        label="Optimism bias on one-off costs"
        unit="percent"
        min={0}
        max={2}
        hint="Green Book Annex A5: set it for the project and reduce it as risks are mitigated."
        value={value.appraisal.optimismBias}
        onChange={(v) => update((d) => void (d.appraisal.optimismBias = v))}
      />
      <NumberField
        label="Price base year"
        unit="year"
        whole
        min={1990}
        max={2100}
        value={value.appraisal.priceBaseYear}
        onChange={(v) => update((d) => void (d.appraisal.priceBaseYear = v))}
      />
    </div>
  );
}
