/** Step 5 of the business case: horizon, discounting, optimism bias, price base year. */
import * as React from "react";
import { ChoiceField, NumberField } from "../../../../taskpane/components/fields";
import { useStyles } from "./shared";
import type { StepProps } from "./shared";
import { CASE_FIELDS as F } from "../fields";

/** Step 5: horizon, discounting, optimism bias, price base year. */
export function SettingsStep({ value, update }: StepProps): React.JSX.Element {
  const styles = useStyles();
  const flat = typeof value.appraisal.discount === "number";
  return (
    <div className={styles.stack}>
      <NumberField
        {...F.horizon}
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
          {...F.discountRate}
          value={value.appraisal.discount as number}
          onChange={(v) => update((d) => void (d.appraisal.discount = v))}
        />
      )}
      <NumberField
        {...F.optimismBias}
        hint="Green Book Annex A5: set it for the project and reduce it as risks are mitigated."
        value={value.appraisal.optimismBias}
        onChange={(v) => update((d) => void (d.appraisal.optimismBias = v))}
      />
      <NumberField
        {...F.priceBaseYear}
        value={value.appraisal.priceBaseYear}
        onChange={(v) => update((d) => void (d.appraisal.priceBaseYear = v))}
      />
    </div>
  );
}
