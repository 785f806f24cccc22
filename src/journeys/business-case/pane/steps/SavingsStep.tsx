/** Step 2 of the business case: savings by source for each option. */
import * as React from "react";
import { Body1, Caption1, Subtitle2 } from "@fluentui/react-components";
import { SAVINGS_SOURCES } from "../../continuum";
import {
  CheckField,
  ChoiceField,
  NumberField,
  TextField,
  GroupList,
  FieldScope,
} from "../../../../taskpane/components/fields";
import { useStyles, onOption, onSaving } from "./shared";
import type { StepProps } from "./shared";
import { PriceYearField } from "./PriceYearField";
import { CASE_FIELDS as F } from "../fields";

/** Step 2: savings by source for each option. */
export function SavingsStep({ value, update, edit }: StepProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <Body1>
        Full annual value once reached, years to reach it, how hard it is, and the share you expect
        to realise. No published odds exist for any source, so every line starts as an assumption to
        review.
      </Body1>
      {/* A line's fields change it through `edit` (onSaving), which leaves every other line
          the same object, so their memoised rows (`stable`) skip rendering on a keystroke. */}
      {value.options.map((o, n) => (
        // Scoped as the review names it (Step 2 · Option 1 · Savings line 3), so its link
        // focuses the field.
        <FieldScope key={o.id} name={`Option ${n + 1}`}>
          <div className={styles.stack}>
            <Subtitle2 as="h3">{o.name}</Subtitle2>
            <GroupList
              items={o.savings}
              legend={(_, i) => `${o.name}: saving ${i + 1}`}
              scope={(i) => `Savings line ${i + 1}`}
              removeLabel={(i) => `Remove saving ${i + 1}`}
              onRemove={(i) => onOption(update, o.id, (x) => void x.savings.splice(i, 1))}
              addLabel={`Add a saving to ${o.name}`}
              stable={[
                o.id,
                update,
                edit,
                styles.assumption,
                value.appraisal.priceBaseYear,
                value.deflators,
              ]}
              onAdd={() =>
                onOption(
                  update,
                  o.id,
                  (x) =>
                    void x.savings.push({
                      source: "other",
                      description: "",
                      fullAnnual: 0,
                      yearsToFull: 1,
                      difficulty: "moderate",
                      confidence: 0.5,
                      assumption: true,
                    })
                )
              }
            >
              {(s, i) => (
                <>
                  <ChoiceField
                    label={F.savingSource.label}
                    value={s.source}
                    options={SAVINGS_SOURCES}
                    onChange={(v) => onSaving(edit, o.id, i, (x) => ({ ...x, source: v }))}
                  />
                  <TextField
                    label={F.savingDescription.label}
                    value={s.description}
                    onChange={(v) =>
                      onSaving(edit, o.id, i, (x) => ({ ...x, description: v }))
                    }
                  />
                  <NumberField
                    {...F.fullAnnual}
                    value={s.fullAnnual}
                    onChange={(v) =>
                      onSaving(edit, o.id, i, (x) => ({ ...x, fullAnnual: v }))
                    }
                  />
                  <PriceYearField
                    amount={s.fullAnnual}
                    priceYear={s.priceYear}
                    baseYear={value.appraisal.priceBaseYear}
                    deflators={value.deflators}
                    onChange={(y) =>
                      onSaving(edit, o.id, i, ({ priceYear: _, ...x }) =>
                        y === undefined ? x : { ...x, priceYear: y }
                      )
                    }
                  />
                  <NumberField
                    {...F.yearsToFull}
                    value={s.yearsToFull}
                    onChange={(v) =>
                      onSaving(edit, o.id, i, (x) => ({ ...x, yearsToFull: v }))
                    }
                  />
                  <ChoiceField
                    label={F.difficulty.label}
                    value={s.difficulty}
                    options={[
                      { id: "easy", label: "Easy" },
                      { id: "moderate", label: "Moderate" },
                      { id: "hard", label: "Hard" },
                    ]}
                    onChange={(v) =>
                      onSaving(edit, o.id, i, (x) => ({ ...x, difficulty: v }))
                    }
                  />
                  <NumberField
                    {...F.confidence}
                    value={s.confidence}
                    onChange={(v) =>
                      onSaving(edit, o.id, i, (x) => ({ ...x, confidence: v }))
                    }
                  />
                  <CheckField
                    label={F.savingAssumption.label}
                    checked={s.assumption}
                    onChange={(v) =>
                      onSaving(edit, o.id, i, (x) => ({ ...x, assumption: v }))
                    }
                  />
                  {s.assumption && (
                    <Caption1 className={styles.assumption}>
                      Flagged on the Inputs sheet until you clear it.
                    </Caption1>
                  )}
                </>
              )}
            </GroupList>
          </div>
        </FieldScope>
      ))}
    </div>
  );
}
