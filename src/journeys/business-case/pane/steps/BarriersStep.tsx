/** Step 4 of the business case: the VAT and loan-repricing barriers, per option. */
import * as React from "react";
import { Subtitle2 } from "@fluentui/react-components";
import {
  CheckField,
  ChoiceField,
  FieldGroup as Group,
  NumberField,
  TextField,
  GroupList,
  FieldScope,
} from "../../../../taskpane/components/fields";
import { useStyles, onOption } from "./shared";
import type { StepProps } from "./shared";
import { CASE_FIELDS as F } from "../fields";

/** Step 4: the VAT and loan-repricing barriers, per option, with the mitigation. */
export function BarriersStep({ value, update }: StepProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <Group legend="VAT on shared services">
        <NumberField
          {...F.vatRate}
          value={value.vat.rate}
          onChange={(v) => update((d) => void (d.vat.rate = v))}
        />
        <NumberField
          {...F.recoveryRate}
          hint="No published typical value: use your partial exemption recovery."
          value={value.vat.recoveryRate}
          onChange={(v) => update((d) => void (d.vat.recoveryRate = v))}
        />
      </Group>
      {value.options.map((o, n) => (
        // Scoped as the review names it (Step 4 · Option 1), so its link focuses the field.
        <FieldScope key={o.id} name={`Option ${n + 1}`}>
          <Group legend={`${o.name}: barriers`}>
            <CheckField
              label="Its shared service charges members (VAT applies)"
              checked={o.vat !== null}
              onChange={(on) =>
                onOption(
                  update,
                  o.id,
                  (x) =>
                    void (x.vat = on ? { route: "taxable", costBase: 0, boughtInShare: 0 } : null)
                )
              }
            />
            {o.vat && (
              <>
                <ChoiceField
                  label={F.vatRoute.label}
                  value={o.vat.route}
                  options={[
                    { id: "taxable", label: "Taxable: VAT charged" },
                    { id: "exempt", label: "Cost sharing exemption" },
                    { id: "vat_group", label: "VAT group" },
                  ]}
                  onChange={(v) => onOption(update, o.id, (x) => void (x.vat!.route = v))}
                />
                <NumberField
                  {...F.costBase}
                  value={o.vat.costBase}
                  onChange={(v) => onOption(update, o.id, (x) => void (x.vat!.costBase = v))}
                />
                <NumberField
                  {...F.boughtInShare}
                  value={o.vat.boughtInShare}
                  onChange={(v) => onOption(update, o.id, (x) => void (x.vat!.boughtInShare = v))}
                />
              </>
            )}
            <CheckField
              label={F.repricing.label}
              checked={o.loanRepricing.applies}
              onChange={(v) => onOption(update, o.id, (x) => void (x.loanRepricing.applies = v))}
            />
            {o.loanRepricing.applies && (
              <CheckField
                label={F.keepLoans.label}
                checked={o.loanRepricing.keepLoansInSubsidiaries}
                onChange={(v) =>
                  onOption(update, o.id, (x) => void (x.loanRepricing.keepLoansInSubsidiaries = v))
                }
              />
            )}
          </Group>
        </FieldScope>
      ))}
      <Subtitle2 as="h3">Loan book</Subtitle2>
      <GroupList
        items={value.loans}
        legend={(_, i) => `Loan ${i + 1}`}
        removeLabel={(i) => `Remove loan ${i + 1}`}
        onRemove={(i) => update((d) => void d.loans.splice(i, 1))}
        addLabel={"Add a loan"}
        onAdd={() =>
          update(
            (d) =>
              void d.loans.push({
                name: `Loan ${d.loans.length + 1}`,
                balance: 0,
                oldMargin: 0,
                newMargin: 0,
                years: 20,
                repayment: "annuity",
                interestRate: 0.05,
                repricingInYears: 20,
                consentFee: 0,
              })
          )
        }
      >
        {(l, i) => (
          <>
            <TextField
              label={F.loanName.label}
              value={l.name}
              onChange={(v) => update((d) => void (d.loans[i].name = v))}
            />
            <NumberField
              {...F.balance}
              value={l.balance}
              onChange={(v) => update((d) => void (d.loans[i].balance = v))}
            />
            <NumberField
              {...F.oldMargin}
              value={l.oldMargin}
              onChange={(v) => update((d) => void (d.loans[i].oldMargin = v))}
            />
            <NumberField
              {...F.newMargin}
              value={l.newMargin}
              onChange={(v) => update((d) => void (d.loans[i].newMargin = v))}
            />
            <NumberField
              {...F.loanYears}
              value={l.years}
              onChange={(v) => update((d) => void (d.loans[i].years = v))}
            />
            <ChoiceField
              label={F.loanRepayment.label}
              value={l.repayment}
              options={[
                { id: "annuity", label: "Annuity (level payments)" },
                { id: "straight", label: "Straight line" },
                { id: "bullet", label: "Bullet (repaid at the end)" },
              ]}
              onChange={(v) => update((d) => void (d.loans[i].repayment = v))}
            />
            <NumberField
              {...F.interestRate}
              value={l.interestRate}
              onChange={(v) => update((d) => void (d.loans[i].interestRate = v))}
            />
            <NumberField
              {...F.repricingInYears}
              value={l.repricingInYears}
              onChange={(v) => update((d) => void (d.loans[i].repricingInYears = v))}
            />
            <NumberField
              {...F.consentFee}
              hint="No published typical value."
              value={l.consentFee}
              onChange={(v) => update((d) => void (d.loans[i].consentFee = v))}
            />
          </>
        )}
      </GroupList>
      <Subtitle2 as="h3">Swaps to break if lenders reprice</Subtitle2>
      <GroupList
        items={value.swaps}
        legend={(_, i) => `Swap ${i + 1}`}
        removeLabel={(i) => `Remove swap ${i + 1}`}
        onRemove={(i) => update((d) => void d.swaps.splice(i, 1))}
        addLabel={"Add a swap"}
        onAdd={() =>
          update(
            (d) =>
              void d.swaps.push({
                name: `Swap ${d.swaps.length + 1}`,
                notional: 0,
                fixedRate: 0.05,
                marketRate: 0.04,
                years: 10,
                repayment: "bullet",
              })
          )
        }
      >
        {(w, i) => (
          <>
            <TextField
              label={F.swapName.label}
              value={w.name}
              onChange={(v) => update((d) => void (d.swaps[i].name = v))}
            />
            <NumberField
              {...F.notional}
              value={w.notional}
              onChange={(v) => update((d) => void (d.swaps[i].notional = v))}
            />
            <NumberField
              {...F.fixedRate}
              value={w.fixedRate}
              onChange={(v) => update((d) => void (d.swaps[i].fixedRate = v))}
            />
            <NumberField
              {...F.marketRate}
              value={w.marketRate}
              onChange={(v) => update((d) => void (d.swaps[i].marketRate = v))}
            />
            <NumberField
              {...F.swapYears}
              value={w.years}
              onChange={(v) => update((d) => void (d.swaps[i].years = v))}
            />
            <ChoiceField
              label={F.swapRepayment.label}
              value={w.repayment}
              options={[
                { id: "bullet", label: "Not at all (bullet)" },
                { id: "straight", label: "Straight line" },
                { id: "annuity", label: "As an annuity at the fixed rate" },
              ]}
              onChange={(v) => update((d) => void (d.swaps[i].repayment = v))}
            />
          </>
        )}
      </GroupList>
    </div>
  );
}
