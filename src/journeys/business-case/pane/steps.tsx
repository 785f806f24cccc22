/**
 * The six steps of the business-case journey. Each edits part of the case through
 * `update`, which hands it a copy to change (the journey keeps the case immutable).
 */
import { money } from "../../common";
import * as React from "react";
import {
  Body1,
  Caption1,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { ScrollRegion } from "../../../taskpane/components/ScrollRegion";
import { FORMS, PURPOSES, SAVINGS_SOURCES, SUGGESTED_FORMS, formLabel } from "../continuum";
import type { OptionResult } from "../evaluate";
import type { BusinessCase, BusinessOption, OneOffCategory } from "../types";
import {
  CheckField,
  ChoiceField,
  FieldGroup as Group,
  NumberField,
  TextField,
  GroupList,
} from "../../../taskpane/components/fields";
import { newOption } from "../examples";
import { ProblemList } from "../../../taskpane/components/ProblemList";

export type Update = (change: (draft: BusinessCase) => void) => void;
export interface StepProps {
  readonly value: BusinessCase;
  readonly update: Update;
}

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  assumption: { color: tokens.colorPaletteDarkOrangeForeground1 },
  results: { minWidth: "340px", tableLayout: "auto" },
});

const CATEGORIES: readonly { id: OneOffCategory; label: string }[] = [
  { id: "due_diligence", label: "Due diligence" },
  { id: "legal", label: "Legal" },
  { id: "it_integration", label: "IT integration" },
  { id: "redundancy", label: "Redundancy" },
  { id: "rebranding", label: "Rebranding" },
  { id: "advisers", label: "Advisers" },
  { id: "other", label: "Other" },
];

/** Step 1: partners and purpose, and the options to compare. */
export function PartnersStep({ value, update }: StepProps): React.JSX.Element {
  const styles = useStyles();
  const suggested = SUGGESTED_FORMS[value.purpose];
  return (
    <div className={styles.stack}>
      <TextField
        label="Title of the business case"
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
      >
        {(p, i) => (
          <>
            <TextField
              label="Name"
              value={p.name}
              required
              onChange={(v) => update((d) => void (d.partners[i].name = v))}
            />
            <TextField
              label="Type"
              hint="e.g. housing association, charity"
              value={p.type}
              onChange={(v) => update((d) => void (d.partners[i].type = v))}
            />
            <NumberField
              label="Annual turnover"
              unit="£"
              min={0}
              value={p.turnover}
              onChange={(v) => update((d) => void (d.partners[i].turnover = v))}
            />
            <NumberField
              label="Homes or beneficiaries"
              unit="count"
              whole
              min={0}
              value={p.homes}
              onChange={(v) => update((d) => void (d.partners[i].homes = v))}
            />
          </>
        )}
      </GroupList>
      <ChoiceField
        label="What is the partnership for?"
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
              label={`${f.label}${suggested.includes(f.id) ? " (suggested)" : ""}`}
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

/** Runs `f` on the draft's option with `id`. */
const onOption = (update: Update, id: string, f: (o: BusinessOption) => void) =>
  update((d) => {
    const o = d.options.find((x) => x.id === id);
    if (o) f(o);
  });

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

/** Step 3: one-off costs by year and the hidden recurring costs of partnership. */
export function CostsStep({ value, update }: StepProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      {value.options.map((o) => (
        <div key={o.id} className={styles.stack}>
          <Subtitle2 as="h3">{o.name}</Subtitle2>
          <GroupList
            items={o.oneOffCosts}
            legend={(_, i) => `${o.name}: one-off cost ${i + 1}`}
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
                  label="Category"
                  value={k.category}
                  options={CATEGORIES}
                  onChange={(v) =>
                    onOption(update, o.id, (x) => void (x.oneOffCosts[i].category = v))
                  }
                />
                <NumberField
                  label="Year (0 = now)"
                  unit="year"
                  whole
                  min={0}
                  max={value.appraisal.horizon}
                  value={k.year}
                  onChange={(v) => onOption(update, o.id, (x) => void (x.oneOffCosts[i].year = v))}
                />
                <NumberField
                  label="Amount"
                  unit="£"
                  min={0}
                  value={k.amount}
                  onChange={(v) =>
                    onOption(update, o.id, (x) => void (x.oneOffCosts[i].amount = v))
                  }
                />
              </>
            )}
          </GroupList>
          <GroupList
            items={o.forums}
            legend={(_, i) => `${o.name}: forum ${i + 1}`}
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
                  label="Forum"
                  value={f.name}
                  onChange={(v) => onOption(update, o.id, (x) => void (x.forums[i].name = v))}
                />
                <NumberField
                  label="Meetings a year"
                  unit="count"
                  min={0}
                  value={f.meetingsPerYear}
                  onChange={(v) =>
                    onOption(update, o.id, (x) => void (x.forums[i].meetingsPerYear = v))
                  }
                />
                <NumberField
                  label="Attendees"
                  unit="count"
                  min={0}
                  value={f.attendees}
                  onChange={(v) => onOption(update, o.id, (x) => void (x.forums[i].attendees = v))}
                />
                <NumberField
                  label="Hours per meeting"
                  unit="hours"
                  min={0}
                  value={f.hours}
                  onChange={(v) => onOption(update, o.id, (x) => void (x.forums[i].hours = v))}
                />
                <NumberField
                  label="Loaded hourly rate"
                  unit="£"
                  min={0}
                  hint="Salary with on-costs over productive hours (LOADED_HOURLY_RATE)."
                  value={f.hourlyRate}
                  onChange={(v) => onOption(update, o.id, (x) => void (x.forums[i].hourlyRate = v))}
                />
                <NumberField
                  label="Preparation and travel (share of meeting time)"
                  unit="percent"
                  min={0}
                  max={10}
                  value={f.preparation}
                  onChange={(v) =>
                    onOption(update, o.id, (x) => void (x.forums[i].preparation = v))
                  }
                />
              </>
            )}
          </GroupList>
          <NumberField
            label={`${o.name}: other coordination cost a year`}
            unit="£"
            min={0}
            value={o.coordinationCost}
            onChange={(v) => onOption(update, o.id, (x) => void (x.coordinationCost = v))}
          />
        </div>
      ))}
    </div>
  );
}

/** Step 4: the VAT and loan-repricing barriers, per option, with the mitigation. */
export function BarriersStep({ value, update }: StepProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <Group legend="VAT on shared services">
        <NumberField
          label="VAT rate"
          unit="percent"
          min={0}
          max={1}
          value={value.vat.rate}
          onChange={(v) => update((d) => void (d.vat.rate = v))}
        />
        <NumberField
          label="Members' VAT recovery rate"
          unit="percent"
          min={0}
          max={1}
          hint="No published typical value: use your partial exemption recovery."
          value={value.vat.recoveryRate}
          onChange={(v) => update((d) => void (d.vat.recoveryRate = v))}
        />
      </Group>
      {value.options.map((o) => (
        <Group key={o.id} legend={`${o.name}: barriers`}>
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
                label="VAT route"
                value={o.vat.route}
                options={[
                  { id: "taxable", label: "Taxable: VAT charged" },
                  { id: "exempt", label: "Cost sharing exemption" },
                  { id: "vat_group", label: "VAT group" },
                ]}
                onChange={(v) => onOption(update, o.id, (x) => void (x.vat!.route = v))}
              />
              <NumberField
                label="Shared service cost base a year (ex VAT)"
                unit="£"
                min={0}
                value={o.vat.costBase}
                onChange={(v) => onOption(update, o.id, (x) => void (x.vat!.costBase = v))}
              />
              <NumberField
                label="Bought-in share of the cost base"
                unit="percent"
                min={0}
                max={1}
                value={o.vat.boughtInShare}
                onChange={(v) => onOption(update, o.id, (x) => void (x.vat!.boughtInShare = v))}
              />
            </>
          )}
          <CheckField
            label="Lenders may reprice the loan book"
            checked={o.loanRepricing.applies}
            onChange={(v) => onOption(update, o.id, (x) => void (x.loanRepricing.applies = v))}
          />
          {o.loanRepricing.applies && (
            <CheckField
              label="Mitigate: keep loans and security in the existing subsidiaries"
              checked={o.loanRepricing.keepLoansInSubsidiaries}
              onChange={(v) =>
                onOption(update, o.id, (x) => void (x.loanRepricing.keepLoansInSubsidiaries = v))
              }
            />
          )}
        </Group>
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
              label="Loan"
              value={l.name}
              onChange={(v) => update((d) => void (d.loans[i].name = v))}
            />
            <NumberField
              label="Balance"
              unit="£"
              min={0}
              value={l.balance}
              onChange={(v) => update((d) => void (d.loans[i].balance = v))}
            />
            <NumberField
              label="Margin today"
              unit="percent"
              min={0}
              max={1}
              value={l.oldMargin}
              onChange={(v) => update((d) => void (d.loans[i].oldMargin = v))}
            />
            <NumberField
              label="Margin lenders would ask"
              unit="percent"
              min={0}
              max={1}
              value={l.newMargin}
              onChange={(v) => update((d) => void (d.loans[i].newMargin = v))}
            />
            <NumberField
              label="Years left"
              unit="years"
              whole
              min={1}
              max={100}
              value={l.years}
              onChange={(v) => update((d) => void (d.loans[i].years = v))}
            />
            <ChoiceField
              label="Repayment"
              value={l.repayment}
              options={[
                { id: "annuity", label: "Annuity (level payments)" },
                { id: "straight", label: "Straight line" },
                { id: "bullet", label: "Bullet (repaid at the end)" },
              ]}
              onChange={(v) => update((d) => void (d.loans[i].repayment = v))}
            />
            <NumberField
              label="Interest rate"
              unit="percent"
              min={0}
              max={1}
              value={l.interestRate}
              onChange={(v) => update((d) => void (d.loans[i].interestRate = v))}
            />
            <NumberField
              label="Years until the lender could reprice anyway"
              unit="years"
              whole
              min={0}
              max={100}
              value={l.repricingInYears}
              onChange={(v) => update((d) => void (d.loans[i].repricingInYears = v))}
            />
            <NumberField
              label="Consent fee (share of balance)"
              unit="percent"
              min={0}
              max={1}
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
              label="Swap"
              value={w.name}
              onChange={(v) => update((d) => void (d.swaps[i].name = v))}
            />
            <NumberField
              label="Notional"
              unit="£"
              min={0}
              value={w.notional}
              onChange={(v) => update((d) => void (d.swaps[i].notional = v))}
            />
            <NumberField
              label="Fixed rate paid"
              unit="percent"
              min={0}
              max={1}
              value={w.fixedRate}
              onChange={(v) => update((d) => void (d.swaps[i].fixedRate = v))}
            />
            <NumberField
              label="Market swap rate today"
              unit="percent"
              min={0.0001}
              max={1}
              value={w.marketRate}
              onChange={(v) => update((d) => void (d.swaps[i].marketRate = v))}
            />
            <NumberField
              label="Years left on the swap"
              unit="years"
              whole
              min={1}
              max={100}
              value={w.years}
              onChange={(v) => update((d) => void (d.swaps[i].years = v))}
            />
            <ChoiceField
              label="Notional amortises"
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

/** The review's measures: a row each, an option per column (narrow panes fit a few options). */
const MEASURES: readonly { label: string; show: (r: OptionResult) => string; baseline: string }[] =
  [
    { label: "NPV", show: (r) => money(r.npv), baseline: money(0) },
    {
      label: "Benefit–cost ratio",
      show: (r) => (r.bcr === null ? "no costs" : r.bcr.toFixed(2)),
      baseline: "–",
    },
    {
      label: "Discounted payback",
      show: (r) => (r.payback === null ? "never" : `${r.payback.toFixed(1)} years`),
      baseline: "–",
    },
    {
      label: "Savings at maturity (a year)",
      show: (r) => money(r.savingsAtMaturity),
      baseline: money(0),
    },
    { label: "VAT cost (PV)", show: (r) => money(r.pvVat), baseline: money(0) },
    { label: "Loan repricing cost (PV)", show: (r) => money(r.pvRepricing), baseline: money(0) },
    { label: "Autonomy kept", show: (r) => r.autonomy, baseline: "Full" },
  ];

/** Step 6: problems to fix, and the results the workbook will show. */
export function ReviewStep(props: {
  problems: readonly string[];
  results: readonly OptionResult[] | null;
}): React.JSX.Element {
  const styles = useStyles();
  if (props.problems.length) {
    return <ProblemList lead="Fix these before building:" problems={props.problems} />;
  }
  const results = props.results ?? [];
  return (
    <ScrollRegion label="Results">
      <Table aria-label="Results by option" size="small" className={styles.results}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Measure</TableHeaderCell>
            <TableHeaderCell>Do nothing (baseline)</TableHeaderCell>
            {results.map((r) => (
              <TableHeaderCell key={r.id}>{r.name}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {MEASURES.map((m) => (
            <TableRow key={m.label}>
              <TableCell>{m.label}</TableCell>
              <TableCell>{m.baseline}</TableCell>
              {results.map((r) => (
                <TableCell key={r.id}>{m.show(r)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
