/** Step 5 of the business case: horizon, discounting, optimism bias, price base year and deflators. */
import * as React from "react";
import { ChoiceField, NumberField, YearField } from "../../../../taskpane/components/fields";
import { useStyles } from "./shared";
import { DeflatorEditor } from "../../../../taskpane/components/DeflatorEditor";
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
      <YearField
        label={F.priceBaseYear.label}
        hint="Every amount is in this year's prices; a line given in another year's prices is converted with the deflators below (a financial year such as 2024/25 needs a series that has it)."
        value={value.appraisal.priceBaseYear}
        onChange={(v) => v !== undefined && update((d) => void (d.appraisal.priceBaseYear = v))}
      />
      <DeflatorEditor value={value.deflators} update={update} />
    </div>
  );
}
