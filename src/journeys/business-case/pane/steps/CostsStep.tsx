/** Step 3 of the business case: one-off costs by year and the hidden recurring costs of partnership. */
import * as React from "react";
import { Subtitle2 } from "@fluentui/react-components";
import type { OneOffCategory } from "../../types";
import {
  ChoiceField,
  NumberField,
  TextField,
  GroupList,
  FieldScope,
} from "../../../../taskpane/components/fields";
import { useStyles, onOption } from "./shared";
import type { StepProps } from "./shared";
import { PriceYearField } from "./PriceYearField";
import { CASE_FIELDS as F } from "../fields";

const CATEGORIES: readonly { id: OneOffCategory; label: string }[] = [
  { id: "due_diligence", label: "Due diligence" },
  { id: "legal", label: "Legal" },
  { id: "it_integration", label: "IT integration" },
  { id: "redundancy", label: "Redundancy" },
  { id: "rebranding", label: "Rebranding" },
  { id: "advisers", label: "Advisers" },
  { id: "other", label: "Other" },
];

/** Step 3: one-off costs by year and the hidden recurring costs of partnership. */
export function CostsStep({ value, update }: StepProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      {value.options.map((o, n) => (
        // Scoped as the review names it (Step 2 · Option 1 · Savings line 3), so its link
        // focuses the field.
        <FieldScope key={o.id} name={`Option ${n + 1}`}>
          <div className={styles.stack}>
            <Subtitle2 as="h3">{o.name}</Subtitle2>
            <GroupList
              items={o.oneOffCosts}
              legend={(_, i) => `${o.name}: one-off cost ${i + 1}`}
              scope={(i) => `One-off cost ${i + 1}`}
              removeLabel={(i) => `Remove one-off cost ${i + 1}`}
              onRemove={(i) => onOption(update, o.id, (x) => void x.oneOffCosts.splice(i, 1))}
              addLabel={`Add a one-off cost to ${o.name}`}
              onAdd={() =>
                onOption(
                  update,
                  o.id,
                  (x) => void x.oneOffCosts.push({ category: "legal", year: 0, amount: 0 })
                )
              }
            >
              {(k, i) => (
                <>
                  <ChoiceField
                    label={F.costCategory.label}
                    value={k.category}
                    options={CATEGORIES}
                    onChange={(v) =>
                      onOption(update, o.id, (x) => void (x.oneOffCosts[i].category = v))
                    }
                  />
                  <NumberField
                    {...F.costYear}
                    // Tighter than the schema's 60 and the case's own: a cost after the
                    // horizon would fall outside the appraisal (validate.ts says so too).
                    max={Math.min(value.appraisal.horizon, F.costYear.max ?? Infinity)}
                    value={k.year}
                    onChange={(v) =>
                      onOption(update, o.id, (x) => void (x.oneOffCosts[i].year = v))
                    }
                  />
                  <NumberField
                    {...F.costAmount}
                    value={k.amount}
                    onChange={(v) =>
                      onOption(update, o.id, (x) => void (x.oneOffCosts[i].amount = v))
                    }
                  />
                  <PriceYearField
                    amount={k.amount}
                    priceYear={k.priceYear}
                    baseYear={value.appraisal.priceBaseYear}
                    deflators={value.deflators}
                    onChange={(y) =>
                      onOption(update, o.id, (x) => {
                        if (y === undefined) delete x.oneOffCosts[i].priceYear;
                        else x.oneOffCosts[i].priceYear = y;
                      })
                    }
                  />
                </>
              )}
            </GroupList>
            <GroupList
              items={o.forums}
              legend={(_, i) => `${o.name}: forum ${i + 1}`}
              scope={(i) => `Forum ${i + 1}`}
              removeLabel={(i) => `Remove forum ${i + 1}`}
              onRemove={(i) => onOption(update, o.id, (x) => void x.forums.splice(i, 1))}
              addLabel={`Add a forum to ${o.name}`}
              onAdd={() =>
                onOption(
                  update,
                  o.id,
                  (x) =>
                    void x.forums.push({
                      name: "Joint board",
                      meetingsPerYear: 6,
                      attendees: 8,
                      hours: 2,
                      hourlyRate: 0,
                      preparation: 0.5,
                    })
                )
              }
            >
              {(f, i) => (
                <>
                  <TextField
                    label={F.forumName.label}
                    value={f.name}
                    onChange={(v) => onOption(update, o.id, (x) => void (x.forums[i].name = v))}
                  />
                  <NumberField
                    {...F.meetingsPerYear}
                    value={f.meetingsPerYear}
                    onChange={(v) =>
                      onOption(update, o.id, (x) => void (x.forums[i].meetingsPerYear = v))
                    }
                  />
                  <NumberField
                    {...F.attendees}
                    value={f.attendees}
                    onChange={(v) =>
                      onOption(update, o.id, (x) => void (x.forums[i].attendees = v))
                    }
                  />
                  <NumberField
                    {...F.hours}
                    value={f.hours}
                    onChange={(v) => onOption(update, o.id, (x) => void (x.forums[i].hours = v))}
                  />
                  <NumberField
                    {...F.hourlyRate}
                    hint="Salary with on-costs over productive hours (LOADED_HOURLY_RATE)."
                    value={f.hourlyRate}
                    onChange={(v) =>
                      onOption(update, o.id, (x) => void (x.forums[i].hourlyRate = v))
                    }
                  />
                  <NumberField
                    {...F.preparation}
                    value={f.preparation}
                    onChange={(v) =>
                      onOption(update, o.id, (x) => void (x.forums[i].preparation = v))
                    }
                  />
                </>
              )}
            </GroupList>
            <NumberField
              {...F.coordinationCost}
              value={o.coordinationCost}
              onChange={(v) => onOption(update, o.id, (x) => void (x.coordinationCost = v))}
            />
          </div>
        </FieldScope>
      ))}
    </div>
  );
}
