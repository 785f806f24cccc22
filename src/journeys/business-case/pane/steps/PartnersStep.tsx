/** Step 1 of the business case: partners and purpose, and the options to compare. */
import * as React from "react";
import { Caption1 } from "@fluentui/react-components";
import { FORMS, PURPOSES, SUGGESTED_FORMS, formLabel } from "../../continuum";
import {
  CheckField,
  ChoiceField,
  FieldGroup as Group,
  NumberField,
  TextField,
  GroupList,
} from "../../../../taskpane/components/fields";
import { newOption } from "../../examples";
import { useStyles } from "./shared";
import type { StepProps } from "./shared";
import { CASE_TABLE, CASE_FIELDS as F, formChoiceLabel } from "../fields";

/** Step 1: partners and purpose, and the options to compare. */
export function PartnersStep({ value, update }: StepProps): React.JSX.Element {
  const styles = useStyles();
  const suggested = SUGGESTED_FORMS[value.purpose];
  return (
    <div className={styles.stack}>
      <TextField
        label={F.title.label}
        value={value.title}
        required
        onChange={(v) => update((d) => void (d.title = v))}
      />
      <GroupList
        items={value.partners}
        legend={(_, i) => `Partner ${i + 1}`}
        removeLabel={(i) => `Remove partner ${i + 1}`}
        onRemove={(i) => update((d) => void d.partners.splice(i, 1))}
        addLabel={"Add a partner"}
        onAdd={() =>
          update((d) => void d.partners.push({ name: "", type: "", turnover: 0, homes: 0 }))
        }
        min={1}
        max={CASE_TABLE.maxItems("partners")}
      >
        {(p, i) => (
          <>
            <TextField
              label={F.partnerName.label}
              value={p.name}
              required
              onChange={(v) => update((d) => void (d.partners[i].name = v))}
            />
            <TextField
              label={F.partnerType.label}
              hint="e.g. housing association, charity"
              value={p.type}
              onChange={(v) => update((d) => void (d.partners[i].type = v))}
            />
            <NumberField
              {...F.turnover}
              value={p.turnover}
              onChange={(v) => update((d) => void (d.partners[i].turnover = v))}
            />
            <NumberField
              {...F.homes}
              value={p.homes}
              onChange={(v) => update((d) => void (d.partners[i].homes = v))}
            />
          </>
        )}
      </GroupList>
      <ChoiceField
        label={F.purpose.label}
        value={value.purpose}
        options={PURPOSES}
        onChange={(v) => update((d) => void (d.purpose = v))}
      />
      <Group legend="Options to compare with doing nothing">
        <Caption1>
          Form follows function: for{" "}
          {PURPOSES.find((p) => p.id === value.purpose)!.label.toLowerCase()}, partnerships tend
          towards {suggested.map(formLabel).join(" or ").toLowerCase()}. Doing nothing is always the
          baseline.
        </Caption1>
        {FORMS.map((f) => {
          const chosen = value.options.some((o) => o.form === f.id);
          return (
            <CheckField
              key={f.id}
              label={formChoiceLabel(f, value.purpose)}
              checked={chosen}
              onChange={(on) =>
                update((d) => {
                  if (on) d.options.push(newOption(f.id, d.options));
                  else d.options = d.options.filter((o) => o.form !== f.id);
                })
              }
            />
          );
        })}
      </Group>
    </div>
  );
}
