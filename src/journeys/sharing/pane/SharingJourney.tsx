/**
 * Sharing costs and gains fairly, in four steps: the partners and what is shared; what each
 * group of them could do on its own (typed in, or generated from the simple shared-service
 * model), with the coalitions still missing listed; the five allocations side by side with
 * each partner's saving, VAT and the core check in words (which group would be better off on
 * its own, and by how much); and the workbook, built in Excel or downloaded.
 */
import * as React from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { ScrollRegion } from "../../../taskpane/components/ScrollRegion";
import { JourneyFrame } from "../../../taskpane/components/Stepper";
import { useJourney, type StepProps } from "../../../taskpane/use-journey";
import { ProblemList } from "../../../taskpane/components/ProblemList";
import {
  ChoiceField,
  GroupList,
  NumberField,
  OptionalAmountField,
  TextField,
} from "../../../taskpane/components/fields";
import { copyDraft } from "../../../taskpane/draft";
import { coalitionLabel, MAX_SHARING_PARTNERS, type GameKind } from "../../../model/sharing";
import { fileStem, money } from "../../common";
import { SUBJECT_KIND, type SharingAnalysis } from "../types";
import { coreSummary, type SharingEvaluation } from "../evaluate";
import { readingOrder } from "../inputs";
import { EXAMPLES, STARTING_EXAMPLE } from "../examples";
import { sharing } from "..";
import {
  allocationLabel,
  SHARING_FIELDS as F,
  SHARING_IN_PANE,
  SHARING_TABLE,
  SUBJECTS,
  unitsLabel,
} from "./fields";

export const SHARING_DRAFT_KEY = sharing.draftKey;

const acceptDraft = (v: unknown) => {
  const d = v as SharingAnalysis | null;
  return d?.schemaVersion === 1 && Array.isArray(d.partners) && d.coalitions ? d : null;
};

/** The analysis as the pane edits a copy of it (the types are read-only elsewhere). */
type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;
type Draft = Mutable<SharingAnalysis>;

/** The members of coalition `mask` by name. */
const membersOf = (mask: number, names: readonly string[]) =>
  names.filter((_, i) => mask & (1 << i));
const key = (name: string) => name.trim().toLowerCase();

/** The entered figure of coalition `mask`, or null. */
function enteredValue(a: SharingAnalysis, mask: number): number | null {
  if (a.coalitions.source !== "entered") return null;
  const names = a.partners.map((p) => key(p.name));
  const found = a.coalitions.coalitions.find(
    (c) =>
      c.members.reduce((m, name) => m | (1 << names.indexOf(key(name))), 0) === mask &&
      c.members.every((name) => names.includes(key(name)))
  );
  return found ? found.value : null;
}

function Partners({
  value,
  update,
}: {
  value: SharingAnalysis;
  update: (change: (d: Draft) => void) => void;
}): React.JSX.Element {
  const fixedKind = SUBJECT_KIND[value.subject];
  return (
    <>
      <TextField
        label={F.title.label}
        value={value.title}
        required
        onChange={(v) => update((d) => void (d.title = v))}
      />
      <ChoiceField
        label={F.subject.label}
        value={value.subject}
        options={SUBJECTS}
        onChange={(v) =>
          update((d) => {
            d.subject = v;
            const kind = SUBJECT_KIND[v];
            if (kind) d.kind = kind;
            if (d.kind === "gain") {
              delete d.vat;
              if (d.coalitions.source === "model")
                d.coalitions = { source: "entered", coalitions: [] };
            }
          })
        }
      />
      {fixedKind === null && (
        <ChoiceField<GameKind>
          label={F.kind.label}
          value={value.kind}
          options={[
            { id: "cost", label: "A cost: partners pay their shares" },
            { id: "gain", label: "A gain: partners receive their shares" },
          ]}
          onChange={(v) => update((d) => void (d.kind = v))}
        />
      )}
      <TextField
        label={F.useMeasure.label}
        value={value.useMeasure ?? ""}
        onChange={(v) => update((d) => void (d.useMeasure = v))}
      />
      <GroupList
        items={value.partners}
        legend={(p, i) => `Partner ${i + 1}${p.name ? `: ${p.name}` : ""}`}
        // Scoped by place, not name, as the messages name it ("Step 1 · Partner 2"), so
        // their links find the field.
        scope={(i) => `Partner ${i + 1}`}
        removeLabel={(i) => `Remove partner ${i + 1}`}
        onRemove={(i) =>
          update((d) => {
            const gone = key(d.partners[i].name);
            d.partners.splice(i, 1);
            if (d.coalitions.source === "entered")
              d.coalitions.coalitions = d.coalitions.coalitions.filter(
                (c) => !c.members.some((m) => key(m) === gone)
              );
            d.userAllocation?.amounts.splice(i, 1);
          })
        }
        addLabel="Add a partner"
        onAdd={() =>
          update((d) => {
            if (d.partners.length >= MAX_SHARING_PARTNERS) return;
            d.partners.push({
              name: `Partner ${d.partners.length + 1}`,
              type: "",
              vatRecovery: 0,
              units: 0,
              standAloneCost: 0,
            });
            d.userAllocation?.amounts.push(0);
          })
        }
        min={1}
      >
        {(p, i) => (
          <>
            <TextField
              label={F.name.label}
              value={p.name}
              required
              onChange={(v) =>
                update((d) => {
                  const old = key(d.partners[i].name);
                  d.partners[i].name = v;
                  if (d.coalitions.source === "entered")
                    for (const c of d.coalitions.coalitions)
                      c.members = c.members.map((m) => (key(m) === old ? v : m));
                })
              }
            />
            <TextField
              label={F.type.label}
              value={p.type}
              onChange={(v) => update((d) => void (d.partners[i].type = v))}
            />
            <NumberField
              {...F.vatRecovery}
              value={p.vatRecovery}
              onChange={(v) => update((d) => void (d.partners[i].vatRecovery = v))}
            />
            <NumberField
              {...F.units}
              label={unitsLabel(value.useMeasure)}
              value={p.units ?? 0}
              onChange={(v) => update((d) => void (d.partners[i].units = v))}
            />
            {value.kind === "cost" && (
              <NumberField
                {...F.standAloneCost}
                value={p.standAloneCost ?? 0}
                onChange={(v) => update((d) => void (d.partners[i].standAloneCost = v))}
              />
            )}
          </>
        )}
      </GroupList>
      {value.kind === "cost" && (
        <>
          <ChoiceField
            label={F.vatRoute.label}
            value={value.vat?.route ?? "none"}
            options={[
              { id: "none", label: "Leave VAT out" },
              { id: "taxable", label: "Taxable: VAT on every charge" },
              { id: "exempt", label: "Cost sharing exemption" },
              { id: "vat_group", label: "A VAT group" },
            ]}
            onChange={(v) =>
              update((d) => {
                if (v === "none") delete d.vat;
                else d.vat = { rate: 0.2, purchasesShare: 0, ...d.vat, route: v };
              })
            }
          />
          {value.vat && (
            <>
              <NumberField
                {...F.vatRate}
                value={value.vat.rate}
                onChange={(v) => update((d) => void (d.vat!.rate = v))}
              />
              <NumberField
                {...F.purchasesShare}
                value={value.vat.purchasesShare}
                onChange={(v) => update((d) => void (d.vat!.purchasesShare = v))}
              />
            </>
          )}
        </>
      )}
    </>
  );
}

function Coalitions({
  value,
  update,
  evaluation,
}: {
  value: SharingAnalysis;
  update: (change: (d: Draft) => void) => void;
  evaluation: SharingEvaluation | null;
}): React.JSX.Element {
  const names = value.partners.map((p) => p.name);
  const figure = value.kind === "cost" ? "cost" : "value";
  const setEntered = (mask: number, v: number | null) =>
    update((d) => {
      if (d.coalitions.source !== "entered") return;
      const members = membersOf(mask, names);
      const rest = d.coalitions.coalitions.filter(
        (c) =>
          !(
            c.members.length === members.length &&
            c.members.every((m) => members.some((x) => key(x) === key(m)))
          )
      );
      d.coalitions.coalitions = v === null ? rest : [...rest, { members, value: v }];
    });
  return (
    <>
      {value.kind === "cost" && (
        <ChoiceField
          label={F.source.label}
          value={value.coalitions.source}
          options={[
            { id: "entered", label: "I will enter each group's cost" },
            { id: "model", label: "Generate it from a simple shared-service model" },
          ]}
          onChange={(v) =>
            update((d) => {
              if (v === "model")
                d.coalitions = { source: "model", fixedCost: 0, costPerUnit: 0, scaleSaving: 0 };
              else {
                const table = evaluation?.table.values ?? [];
                d.coalitions = {
                  source: "entered",
                  coalitions: readingOrder(names.length)
                    .filter((m) => typeof table[m] === "number")
                    .map((m) => ({ members: membersOf(m, names), value: table[m] as number })),
                };
              }
            })
          }
        />
      )}
      {value.coalitions.source === "model" ? (
        <>
          <Text as="p">
            Each group uses the cheapest arrangement: some of its members share a service of their
            own (a fixed cost plus a cost per unit of use, dearer per unit at a lower volume) and
            the rest carry on alone at their stand-alone cost (step 1).
          </Text>
          <NumberField
            {...F.fixedCost}
            value={value.coalitions.fixedCost}
            onChange={(v) =>
              update((d) => void (d.coalitions.source === "model" && (d.coalitions.fixedCost = v)))
            }
          />
          <NumberField
            {...F.costPerUnit}
            value={value.coalitions.costPerUnit}
            onChange={(v) =>
              update(
                (d) => void (d.coalitions.source === "model" && (d.coalitions.costPerUnit = v))
              )
            }
          />
          <NumberField
            {...F.scaleSaving}
            // Below 0.5, the model's rule (requireScaleSaving in src/model/sharing.ts: at 0.5
            // or more a bigger service costs less in total); the schema says only 0 or more.
            max={0.49}
            value={value.coalitions.scaleSaving}
            onChange={(v) =>
              update(
                (d) => void (d.coalitions.source === "model" && (d.coalitions.scaleSaving = v))
              )
            }
          />
          {evaluation && evaluation.problems.length === 0 && (
            <ScrollRegion label="Each group's cost">
              <Table aria-label="Each group's cost on its own" size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Group</TableHeaderCell>
                    <TableHeaderCell>Cost on its own</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {readingOrder(names.length).map((m) => (
                    <TableRow key={m}>
                      <TableCell>{coalitionLabel(m, names)}</TableCell>
                      <TableCell>{money(evaluation.table.values[m] ?? 0)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollRegion>
          )}
        </>
      ) : (
        <>
          <Text as="p">
            {`For each group of partners, the ${figure} if its members went ahead on their own, without the others. Leave a group blank until you know it.`}
          </Text>
          {readingOrder(names.length).map((m) => (
            <OptionalAmountField
              key={`${m}-${names.join("|")}`}
              label={`${coalitionLabel(m, names)}: ${figure} on its own`}
              value={enteredValue(value, m)}
              invalid="Enter an amount, or leave it blank."
              onChange={(v) => setEntered(m, v)}
            />
          ))}
        </>
      )}
      {evaluation && evaluation.problems.length > 0 && (
        <ProblemList lead="Still to do before the allocations:" problems={evaluation.problems} />
      )}
    </>
  );
}

function Allocations({
  value,
  evaluation,
}: {
  value: SharingAnalysis;
  evaluation: SharingEvaluation;
}): React.JSX.Element {
  const names = value.partners.map((p) => p.name);
  const cost = value.kind === "cost";
  const rules = evaluation.allocations;
  const game = evaluation.game!;
  const grid = (
    label: string,
    cell: (rule: number, partner: number) => number | null,
    alone: boolean
  ) => (
    <>
      <Text as="h4" weight="semibold">
        {label}
      </Text>
      <ScrollRegion label={label}>
        {/* Wide enough to read each figure; the region scrolls sideways in a narrow pane. */}
        <Table
          aria-label={label}
          size="small"
          style={{ minWidth: `${(rules.length + 2) * 7.5}em` }}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Partner</TableHeaderCell>
              {alone && <TableHeaderCell>On its own</TableHeaderCell>}
              {rules.map((r) => (
                <TableHeaderCell key={r.rule}>{r.label}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {names.map((name, i) => (
              <TableRow key={i}>
                <TableCell>{name}</TableCell>
                {alone && <TableCell>{money(game.values[1 << i])}</TableCell>}
                {rules.map((r, k) => {
                  const x = cell(k, i);
                  return (
                    <TableCell key={r.rule}>{x === null ? "does not apply" : money(x)}</TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
    </>
  );
  const withVat = rules.some((r) => r.vat);
  return (
    <>
      {grid(
        cost ? "What each partner pays" : "What each partner receives",
        (k, i) => rules[k].amounts?.[i] ?? null,
        true
      )}
      {grid(
        "Saving against going alone",
        (k, i) => rules[k].members?.[i].savingAgainstAlone ?? null,
        false
      )}
      {withVat &&
        grid(
          "VAT each partner cannot recover",
          (k, i) => rules[k].vat?.[i].vatBorne ?? null,
          false
        )}
      {withVat &&
        grid("Saving after VAT", (k, i) => rules[k].vat?.[i].savingAfterVat ?? null, false)}
      <section aria-label="The core check">
        <Text as="h4" weight="semibold">
          Would any group be better off on its own?
        </Text>
        <ul>
          {rules.map((r) => {
            const c = r.core;
            let words: string;
            if (!c) words = `does not apply: ${r.problems.join(" ")}`;
            else if (c.inCore) words = "no group would be better off on its own.";
            else if (c.blocking.length) {
              const b = c.blocking[0];
              const others = c.blocking.length - 1;
              words = `${b.label} would be better off on its own by ${money(b.betterOffAloneBy)}${others ? ` (and ${others} other group${others > 1 ? "s" : ""} would be too)` : ""}.`;
            } else words = `it does not share exactly the amount: ${r.problems.join(" ")}`;
            return (
              <li key={r.rule}>
                <strong>{r.label}</strong>: {words}
              </li>
            );
          })}
        </ul>
        {evaluation.emptiness && <Text as="p">{coreSummary(game, evaluation.emptiness)}</Text>}
      </section>
    </>
  );
}

/**
 * The user's own allocation: its name and each partner's amount. Shown also while the review
 * has problems (the comparisons above it wait for a valid analysis), so a problem with it has
 * a field to go to.
 */
function UserAllocation({
  value,
  update,
}: {
  value: SharingAnalysis;
  update: (change: (d: Draft) => void) => void;
}): React.JSX.Element {
  const names = value.partners.map((p) => p.name);
  const user = value.userAllocation;
  return (
    <>
      <TextField
        label={F.allocationName.label}
        value={user?.label ?? ""}
        onChange={(v) =>
          update((d) => {
            if (v === "") delete d.userAllocation;
            else d.userAllocation = { amounts: names.map(() => 0), ...d.userAllocation, label: v };
          })
        }
      />
      {user &&
        names.map((name, i) => (
          <NumberField
            key={i}
            label={allocationLabel(name, value.kind)}
            unit="£"
            value={user.amounts[i] ?? 0}
            onChange={(v) =>
              update((d) => {
                const amounts = d.userAllocation!.amounts;
                while (amounts.length < i) amounts.push(0); // one amount per partner, no gaps
                amounts[i] = v;
              })
            }
          />
        ))}
    </>
  );
}

type Step = StepProps<SharingAnalysis, SharingEvaluation>;
/** The pane edits a mutable copy of the analysis (the types are read-only elsewhere). */
const editing = (update: Step["update"]) =>
  update as unknown as (change: (d: Draft) => void) => void;

/** The problems to fix first, and (once valid) what the coalition table still lacks. */
function FixFirst({
  problems,
  result,
  table = false,
}: Step & { table?: boolean }): React.JSX.Element | null {
  return (
    <>
      {problems.length > 0 && <ProblemList lead="Fix these first:" problems={problems} />}
      {table && result && result.problems.length > 0 && (
        <ProblemList lead="The coalition table is not complete:" problems={result.problems} />
      )}
    </>
  );
}

/** Step 1: the partners and what is shared. */
function PartnersStep(props: Step): React.JSX.Element {
  return (
    <>
      <Partners value={props.value} update={editing(props.update)} />
      <FixFirst {...props} />
    </>
  );
}

/** Step 2: what each group could do on its own. */
function CoalitionsStep(props: Step): React.JSX.Element {
  return (
    <>
      <FixFirst {...props} />
      <Coalitions value={props.value} update={editing(props.update)} evaluation={props.result} />
    </>
  );
}

/** Step 3: the five allocations side by side. */
function AllocationsStep(props: Step): React.JSX.Element {
  const { value, update, result } = props;
  return (
    <>
      <FixFirst {...props} table />
      {result && result.game && <Allocations value={value} evaluation={result} />}
      <UserAllocation value={value} update={editing(update)} />
    </>
  );
}

/** Step 4: what the workbook holds. */
function BuildStep(props: Step): React.JSX.Element {
  return (
    <>
      <FixFirst {...props} table />
      <Text as="p">
        The workbook holds the partners and the coalition table as input tables, computes the five
        allocations with Excel&apos;s own functions (the Shapley value as weights times the
        coalition table), checks every group against each allocation, and charts each partner&apos;s
        share. It calculates without the add-in, and reopening it restores this journey.
      </Text>
    </>
  );
}

const STEPS = [
  { id: "partners", label: "Partners and what is shared", Component: PartnersStep },
  { id: "coalitions", label: "What each group could do alone", Component: CoalitionsStep },
  { id: "allocations", label: "Allocations side by side", Component: AllocationsStep },
  { id: "build", label: "Build", Component: BuildStep },
] as const;

/**
 * The keys of the user's own allocation amounts on step 3, which carry the partner's name and
 * the kind ("Ash pays under your allocation"): typed text there moves with a rename or a
 * change of kind. A partner's place is its id only while the number of partners stays the
 * same: adding or removing one forgets what every amount held (removing a partner forgets
 * what the later partners' own fields held too, as every list does).
 */
function allocationKeys(a: SharingAnalysis): Record<string, readonly string[]> {
  const step = `Step ${STEPS.findIndex((s) => s.id === "allocations") + 1}`;
  const n = a.partners.length;
  return Object.fromEntries(
    a.partners.map((p, i) => [`${i}/${n}`, [`${step} · ${allocationLabel(p.name, a.kind)}`]])
  );
}

/** A blank analysis (no partners or coalitions yet), then every shipped example. */
const START = [
  {
    id: "blank",
    label: "A blank analysis",
    value: (): SharingAnalysis => {
      const blank = {
        ...copyDraft(STARTING_EXAMPLE),
        title: "",
        partners: [],
        coalitions: { source: "entered" as const, coalitions: [] },
      };
      delete (blank as { description?: string }).description;
      delete (blank as { userAllocation?: unknown }).userAllocation;
      return blank;
    },
  },
  ...EXAMPLES.map((x) => ({
    id: x.id,
    label: `Example: ${x.label}`,
    value: () => copyDraft(x.analysis),
  })),
];

export function SharingJourney({ inExcel }: { inExcel: boolean }): React.JSX.Element {
  const { frame } = useJourney(SHARING_IN_PANE, {
    inExcel,
    accept: acceptDraft,
    initial: STARTING_EXAMPLE,
    fileName: (value) => `${fileStem(value.title) || "sharing"}.xlsx`,
    shows: "the allocations",
    what: "sharing analysis",
    steps: STEPS,
    scopesOf: allocationKeys,
    words: SHARING_TABLE.words,
    start: START,
    blocks: (evaluation) => evaluation.problems.length > 0,
  });
  return <JourneyFrame id="sharing-title" title="Sharing costs and gains fairly" frame={frame} />;
}
