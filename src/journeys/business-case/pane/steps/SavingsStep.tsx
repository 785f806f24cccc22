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
} from "../../../../taskpane/components/fields";
import { useStyles, onOption } from "./shared";
import type { StepProps } from "./shared";
import { PriceYearField } from "./PriceYearField";

/** Step 2: savings by source for each option. */
export function SavingsStep({ value, update }: StepProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <Body1>
        Full annual value once reached, years to reach it, how hard it is, and the share you expect
        to realise. No published odds exist for any source, so every line starts as an assumption to
        review.
      </Body1>
      {value.options.map((o) => (
        <div key={o.id} className={styles.stack}>
          <Subtitle2 as="h3">{o.name}</Subtitle2>
          <GroupList
            items={o.savings}
            legend={(_, i) => `${o.name}: saving ${i + 1}`}
            removeLabel={(i) => `Remove saving ${i + 1}`}
            onRemove={(i) => onOption(update, o.id, (x) => void x.savings.splice(i, 1))}
            addLabel={`Add a saving to ${o.name}`}
            stable={[o.id, update, styles.assumption, value.appraisal.priceBaseYear]}
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
                  label="Source"
                  value={s.source}
                  options={SAVINGS_SOURCES}
                  onChange={(v) => onOption(update, o.id, (x) => void (x.savings[i].source = v))}
                />
                <TextField
                  label="Description"
                  value={s.description}
                  onChange={(v) =>
                    onOption(update, o.id, (x) => void (x.savings[i].description = v))
                  }
                />
                <NumberField
                  label="Full annual saving"
                  unit="£"
                  value={s.fullAnnual}
                  onChange={(v) =>
                    onOption(update, o.id, (x) => void (x.savings[i].fullAnnual = v))
                  }
                />
                <PriceYearField
                  amount={s.fullAnnual}
                  priceYear={s.priceYear}
                  baseYear={value.appraisal.priceBaseYear}
                  onChange={(y) =>
                    onOption(update, o.id, (x) => {
                      if (y === undefined) delete x.savings[i].priceYear;
                      else x.savings[i].priceYear = y;
                    })
                  }
                />
                <NumberField
                  label="Years to reach it"
                  unit="years"
                  whole
                  min={0}
                  max={60}
                  value={s.yearsToFull}
                  onChange={(v) =>
                    onOption(update, o.id, (x) => void (x.savings[i].yearsToFull = v))
                  }
                />
                <ChoiceField
                  label="How hard"
                  value={s.difficulty}
                  options={[
                    { id: "easy", label: "Easy" },
                    { id: "moderate", label: "Moderate" },
                    { id: "hard", label: "Hard" },
                  ]}
                  onChange={(v) =>
                    onOption(update, o.id, (x) => void (x.savings[i].difficulty = v))
                  }
                />
                <NumberField
                  label="Confidence (share you expect to realise)"
                  unit="percent"
                  min={0}
                  max={1}
                  value={s.confidence}
                  onChange={(v) =>
                    onOption(update, o.id, (x) => void (x.savings[i].confidence = v))
                  }
                />
                <CheckField
                  label="Assumption to review"
                  checked={s.assumption}
                  onChange={(v) =>
                    onOption(update, o.id, (x) => void (x.savings[i].assumption = v))
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
      ))}
    </div>
  );
}
