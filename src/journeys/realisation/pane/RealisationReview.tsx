/**
 * Benefits realisation in the pane: did the partnership deliver what its business case
 * promised? Four steps: start from a business case (an example, a file, or the case built
 * in this workbook) and choose the option; the actuals by year with their evidence (blank =
 * not yet known) and any unplanned lines; the review (per line and source, the status bands,
 * re-forecasts, the NPV and payback then and now); then the workbook, built beside the
 * business case in Excel or downloaded. The figures are the model's (`evaluateRealisation`),
 * the same the workbook computes.
 */
/* global FileReader, File */
import * as React from "react";
import {
  Caption1,
  Dropdown,
  Field,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { money } from "../../common";
import { SAVINGS_SOURCES, type BusinessCase } from "../business-case";
import { EXAMPLES as CASE_EXAMPLES } from "../../business-case/examples";
import { BUSINESS_CASE_SHEETS } from "../../business-case/workbook";
import { CASE_READER } from "../../business-case/inputs";
import { plannedLines } from "../lines";
import { normaliseRealisation } from "../normalise";
import { REALISATION_SHEETS } from "../workbook";
import { STARTING_EXAMPLE } from "../examples";
import type { LineKind, Realisation, RealisationResult, ToDate } from "../types";
import {
  chooseOption,
  figureOf,
  reforecastFor,
  setFigure,
  setReforecast,
  startFromCase,
  startFromFile,
  type LineRef,
} from "./edit";
import { copyDraft } from "../../../taskpane/draft";
import type { Status } from "../../../taskpane/deliver";
import { JourneyFrame } from "../../../taskpane/components/Stepper";
import { useJourney, type StepProps } from "../../../taskpane/use-journey";
import { ProblemList } from "../../../taskpane/components/ProblemList";
import { ScrollRegion } from "../../../taskpane/components/ScrollRegion";
import {
  CheckField,
  ChoiceField,
  FieldGroup,
  FieldScope,
  GroupList,
  NumberField,
  OptionalAmountField,
  TextField,
} from "../../../taskpane/components/fields";
import {
  LINE_FIELDS,
  lineScope,
  REALISATION_FIELDS as F,
  REALISATION_IN_PANE,
  REALISATION_TABLE,
  unplannedScope,
} from "./fields";

export const REALISATION_DRAFT_KEY = REALISATION_IN_PANE.draftKey;

/** A stored draft of the right shape (it may be unfinished), or null. */
const acceptReview = (v: unknown): Realisation | null => {
  const d = v as Realisation | null;
  return d?.schemaVersion === 1 &&
    typeof d.businessCase === "object" &&
    Array.isArray(d.actuals) &&
    Array.isArray(d.unplanned)
    ? d
    : null;
};

const STATUS: Record<ToDate["status"], string> = {
  green: "Green",
  amber: "Amber",
  red: "Red",
  no_actuals: "No actuals",
  not_rated: "Not rated",
};
const KINDS: readonly { id: LineKind; label: string }[] = [
  { id: "saving", label: "Saving" },
  { id: "one_off_cost", label: "One-off cost" },
  { id: "recurring_cost", label: "Recurring cost" },
];
const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const years = (x: number | null) => (x === null ? "not within the horizon" : x.toFixed(2));

/** What an actual or re-forecast that is not an amount says (blank is "not yet known", never 0). */
const NOT_AN_AMOUNT = "Enter an amount, or leave it blank if not yet known.";

/** The lines of the draft as the pane lists them: the option's, then the unplanned ones. */
function linesOfDraft(r: Realisation) {
  const option = r.businessCase.options?.find((o) => o.id === r.optionId);
  const planned = option
    ? plannedLines(r.businessCase, option).map((l) => ({
        ref: { planned: true, id: l.id } as LineRef,
        key: l.id,
        kind: l.kind,
        description: l.description,
        plan: l.plan,
      }))
    : [];
  return planned;
}

type Step = StepProps<Realisation, RealisationResult>;
type Update = Step["update"];

/** The example review, as the pane first shows it. */
const exampleReview = () => normaliseRealisation(copyDraft(STARTING_EXAMPLE));

/**
 * The fields of one line: its actuals by year, and its re-forecast, each in the line's field
 * scope (`scope`: "Line 'One board'", "Unplanned line 2"), as {@link placeRealisation} places
 * their problems.
 */
function lineFields(value: Realisation, update: Update) {
  const yearsReported = Array.from({ length: value.asAtYear + 1 }, (_, t) => t);
  const figureFields = (ref: LineRef, plan?: readonly number[]) =>
    yearsReported.map((t) => {
      const f = figureOf(value, ref, t);
      return (
        <React.Fragment key={t}>
          <OptionalAmountField
            invalid={NOT_AN_AMOUNT}
            label={LINE_FIELDS.actual(t).label}
            hint={
              plan
                ? `Planned ${money(plan[t] ?? 0)}. Blank = not yet known.`
                : "Blank = not yet known."
            }
            value={f ? f.amount : null}
            onChange={(v) => update((d) => setFigure(d, ref, t, { amount: v }))}
          />
          <TextField
            label={LINE_FIELDS.evidence(t).label}
            hint="Where the figure comes from: management accounts, procurement records, payroll."
            value={f?.evidence ?? ""}
            onChange={(v) => update((d) => setFigure(d, ref, t, { evidence: v }))}
          />
        </React.Fragment>
      );
    });

  const reforecastFields = (ref: LineRef, kind: LineKind, name: string, scope: string) => {
    const a = ref.planned
      ? value.actuals.find((x) => x.line === ref.id)
      : value.unplanned[ref.index];
    const rf = a?.reforecast ?? null;
    const amount = rf === null ? null : "annual" in rf ? rf.annual : rf.amount;
    const oneOff = kind === "one_off_cost";
    const set = (v: number | null, year: number | null) =>
      update((d) =>
        setReforecast(
          d,
          ref,
          v === null
            ? null
            : oneOff
              ? { amount: v, year: year ?? value.asAtYear + 1 }
              : { annual: v, year: year ?? value.asAtYear + 1 }
        )
      );
    return (
      <FieldScope key={scope} name={scope}>
        <FieldGroup legend={`Re-forecast: ${name}`}>
          <OptionalAmountField
            invalid={NOT_AN_AMOUNT}
            label={(oneOff ? LINE_FIELDS.stillToSpend : LINE_FIELDS.expected).label}
            hint="Blank = the plan after the last year reported."
            value={amount}
            onChange={(v) => set(v, rf?.year ?? null)}
          />
          {rf && (
            <NumberField
              label={(oneOff ? LINE_FIELDS.spentIn : LINE_FIELDS.reachedIn).label}
              unit="year"
              whole
              // Kept here, not in the field table: a one-off cost still to spend falls after
              // the last year reported (the case's asAtYear), so its lower bound depends on the
              // draft; the schema's $ref'd reforecast (1 … 200) is the rest.
              min={oneOff ? value.asAtYear + 1 : 1}
              max={200}
              value={rf.year}
              onChange={(y) => set(amount, y)}
            />
          )}
        </FieldGroup>
      </FieldScope>
    );
  };

  return { figureFields, reforecastFields };
}

const toDateRow = (key: string, name: string, t: ToDate) => (
  <TableRow key={key}>
    <TableCell>{name}</TableCell>
    <TableCell>{money(t.plannedReported)}</TableCell>
    <TableCell>{money(t.actual)}</TableCell>
    <TableCell>{money(t.variance)}</TableCell>
    <TableCell>{pct(t.rate)}</TableCell>
    <TableCell>{STATUS[t.status]}</TableCell>
  </TableRow>
);
const toDateTable = (label: string, rows: React.ReactNode) => (
  <ScrollRegion label={label}>
    <Table aria-label={label} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Line</TableHeaderCell>
          <TableHeaderCell>Planned</TableHeaderCell>
          <TableHeaderCell>Actual</TableHeaderCell>
          <TableHeaderCell>Variance</TableHeaderCell>
          <TableHeaderCell>Rate</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>{rows}</TableBody>
    </Table>
  </ScrollRegion>
);

/** Step 1: where the review starts (an example, a business case, a file), the option and the year reported. */
function StartStep({ value, update, setValue, replace, host, inExcel }: Step): React.JSX.Element {
  const c = value.businessCase;
  const horizon = c.appraisal?.horizon ?? 0;
  const fileId = React.useId();
  const [startNote, setStartNote] = React.useState<Status | null>(null);
  const started = (r: Realisation, text: string) => {
    setStartNote(null);
    replace(r, text);
  };
  const startFrom = async (choice: string) => {
    try {
      if (choice === "example") {
        started(
          normaliseRealisation(copyDraft(STARTING_EXAMPLE)),
          "Started from the example review."
        );
      } else if (choice === "workbook") {
        const found = await host.readJourney<BusinessCase>(BUSINESS_CASE_SHEETS, CASE_READER);
        if (!found)
          return setStartNote({
            intent: "warning",
            text: `This workbook has no "${BUSINESS_CASE_SHEETS.inputs}" sheet: build the business case first, or open its file.`,
          });
        started(startFromCase(found), "Started from the business case built in this workbook.");
      } else {
        const ex = CASE_EXAMPLES.find((x) => x.id === choice);
        if (ex)
          started(
            startFromCase(copyDraft(ex.case)),
            `Started from the example case "${ex.label}".`
          );
      }
    } catch (e) {
      setStartNote({ intent: "error", text: `Could not start from it: ${(e as Error).message}` });
    }
  };
  const openFile = (file: File | undefined) => {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      try {
        started(startFromFile(String(reader.result)), `Opened ${file.name}.`);
      } catch (e) {
        setStartNote({ intent: "error", text: (e as Error).message });
      }
    };
    reader.onerror = () => setStartNote({ intent: "error", text: `Could not read ${file.name}.` });
    reader.readAsText(file);
  };

  return (
    <>
      <Field label="Start from">
        <Dropdown
          placeholder="Your draft"
          onOptionSelect={(_e, d) => d.optionValue && void startFrom(d.optionValue)}
        >
          <Option value="example">Example review: three years into the £5m merger</Option>
          {inExcel && <Option value="workbook">The business case built in this workbook</Option>}
          {CASE_EXAMPLES.map((x) => (
            <Option key={x.id} value={x.id}>
              {`Example case: ${x.label}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div>
        <label htmlFor={fileId} style={{ display: "block" }}>
          Or open a business case or review file (.json)
        </label>
        <Caption1 as="p">
          A case saved from the business-case journey, or a review saved before.
        </Caption1>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => openFile(e.target.files?.[0])}
        />
      </div>
      {startNote && <ProblemOrNote status={startNote} />}
      <Caption1>{`Business case: ${c.title ?? ""}`}</Caption1>
      <ChoiceField
        label={F.optionId.label}
        value={value.optionId}
        options={(c.options ?? []).map((o) => ({ id: o.id, label: o.name }))}
        onChange={(id) => setValue(chooseOption(value, id))}
      />
      <TextField
        label={F.title.label}
        required
        value={value.title}
        onChange={(v) => update((d) => void (d.title = v))}
      />
      <NumberField
        {...F.asAtYear}
        hint={`Year 0 is the year of the decision; the case runs to year ${horizon}.`}
        // The case's horizon, not the schema's 60: a year past it has nothing to compare
        // (the review's own rule, see ../rules).
        max={horizon}
        value={value.asAtYear}
        onChange={(v) => update((d) => void (d.asAtYear = v))}
      />
    </>
  );
}

/** Step 2: the actuals by line and year, with their evidence, and any unplanned lines. */
function ActualsStep({ value, update }: Step): React.JSX.Element {
  const lines = linesOfDraft(value);
  const { figureFields } = lineFields(value, update);
  return (
    <>
      <Caption1>
        For each line and year, what was delivered (a saving) or spent (a cost), and where the
        figure comes from. Leave a year blank while it is not known: the review then takes the plan
        for it. Enter 0 when nothing was delivered or spent.
      </Caption1>
      {lines.map((l) => (
        <FieldScope key={l.key} name={lineScope(l.description)}>
          <FieldGroup legend={l.description}>{figureFields(l.ref, l.plan)}</FieldGroup>
        </FieldScope>
      ))}
      <GroupList
        items={value.unplanned}
        legend={(u, i) => `Unplanned line ${i + 1}${u.description ? `: ${u.description}` : ""}`}
        scope={unplannedScope}
        alsoOn={[STEPS.findIndex((s) => s.id === "review")]}
        removeLabel={(i) => `Remove unplanned line ${i + 1}`}
        onRemove={(i) => update((d) => void d.unplanned.splice(i, 1))}
        addLabel="Add a line the business case did not plan"
        onAdd={() =>
          update(
            (d) =>
              void d.unplanned.push({
                kind: "saving",
                source: "other",
                description: "",
                figures: [],
                reforecast: null,
                note: "",
              })
          )
        }
      >
        {(u, i) => (
          <>
            <ChoiceField
              label={F.unplannedKind.label}
              value={u.kind}
              options={KINDS}
              onChange={(k) =>
                update((d) => {
                  d.unplanned[i].kind = k;
                  d.unplanned[i].reforecast = reforecastFor(k, d.unplanned[i].reforecast);
                  if (k === "saving") d.unplanned[i].source = d.unplanned[i].source ?? "other";
                  else delete d.unplanned[i].source;
                })
              }
            />
            {u.kind === "saving" && (
              <ChoiceField
                label={F.unplannedSource.label}
                value={u.source ?? "other"}
                options={SAVINGS_SOURCES}
                onChange={(s) => update((d) => void (d.unplanned[i].source = s))}
              />
            )}
            <TextField
              label={F.unplannedDescription.label}
              required
              value={u.description}
              onChange={(v) => update((d) => void (d.unplanned[i].description = v))}
            />
            {figureFields({ planned: false, index: i })}
          </>
        )}
      </GroupList>
    </>
  );
}

/** Step 3: the status bands, the review (or what to fix first) and the re-forecasts. */
function ReviewStep({ value, update, problems, result }: Step): React.JSX.Element {
  const lines = linesOfDraft(value);
  const { reforecastFields } = lineFields(value, update);
  return (
    <>
      <FieldGroup legend="Status bands (your inputs: no published figure exists)">
        <NumberField
          {...F.savingsGreen}
          value={value.thresholds.savings.green}
          onChange={(v) =>
            update((d) => void (d.thresholds.savings = { ...d.thresholds.savings, green: v }))
          }
        />
        <NumberField
          {...F.savingsAmber}
          value={value.thresholds.savings.amber}
          onChange={(v) =>
            update((d) => void (d.thresholds.savings = { ...d.thresholds.savings, amber: v }))
          }
        />
        <NumberField
          {...F.costsGreen}
          value={value.thresholds.costs.green}
          onChange={(v) =>
            update((d) => void (d.thresholds.costs = { ...d.thresholds.costs, green: v }))
          }
        />
        <NumberField
          {...F.costsAmber}
          value={value.thresholds.costs.amber}
          onChange={(v) =>
            update((d) => void (d.thresholds.costs = { ...d.thresholds.costs, amber: v }))
          }
        />
        <CheckField
          label={F.assumption.label}
          checked={value.thresholds.assumption}
          onChange={(v) => update((d) => void (d.thresholds.assumption = v))}
        />
      </FieldGroup>
      {problems.length > 0 || !result ? (
        <ProblemList lead="Fix these first:" problems={problems} />
      ) : (
        <>
          <ScrollRegion label="NPV and payback">
            <Table aria-label="NPV and payback, as approved and now" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Measure</TableHeaderCell>
                  <TableHeaderCell>As approved</TableHeaderCell>
                  <TableHeaderCell>Now</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                <TableRow>
                  <TableCell>NPV</TableCell>
                  <TableCell>{money(result.approved.npv)}</TableCell>
                  <TableCell>{money(result.outturn.npv)}</TableCell>
                </TableRow>
                <TableRow>
                  <TableCell>Discounted payback (years)</TableCell>
                  <TableCell>{years(result.approved.payback)}</TableCell>
                  <TableCell>{years(result.outturn.payback)}</TableCell>
                </TableRow>
                <TableRow>
                  <TableCell>Savings at maturity (a year)</TableCell>
                  <TableCell>{money(result.approved.savingsAtMaturity)}</TableCell>
                  <TableCell>{money(result.outturn.savingsAtMaturity)}</TableCell>
                </TableRow>
              </TableBody>
            </Table>
          </ScrollRegion>
          {toDateTable(
            "Planned against actual to date, by line",
            result.lines.map((l) => toDateRow(l.id, l.description, l.toDate))
          )}
          {toDateTable("Savings to date, by source and in total", [
            ...result.sources.map((s) =>
              toDateRow(s.source, SAVINGS_SOURCES.find((x) => x.id === s.source)!.label, s.toDate)
            ),
            toDateRow("savings", "All savings", result.savings),
            toDateRow("costs", "All costs", result.costs),
          ])}
        </>
      )}
      {lines.map((l) => reforecastFields(l.ref, l.kind, l.description, lineScope(l.description)))}
      {value.unplanned.map((u, i) =>
        reforecastFields(
          { planned: false, index: i },
          u.kind,
          u.description || unplannedScope(i),
          unplannedScope(i)
        )
      )}
    </>
  );
}

/** Step 4: what the build writes (or what to fix first). */
function BuildStep({ problems, inExcel }: Step): React.JSX.Element {
  return (
    <>
      {problems.length > 0 ? (
        <ProblemList lead="Fix these first:" problems={problems} />
      ) : (
        <Caption1>
          {inExcel
            ? `Builds the "${REALISATION_SHEETS.inputs}" inputs, "${REALISATION_SHEETS.calculations}" and "${REALISATION_SHEETS.summary}" sheets beside your business case (fresh names if they exist; nothing is overwritten).`
            : "Downloads a workbook with the Actuals inputs, the calculations and the Realisation sheet with its checks and charts."}
        </Caption1>
      )}
    </>
  );
}

const STEPS = [
  { id: "start", label: "Business case and option", Component: StartStep },
  { id: "actuals", label: "Actuals by year", Component: ActualsStep },
  { id: "review", label: "Review", Component: ReviewStep },
  { id: "build", label: "Build", Component: BuildStep },
] as const;

export function RealisationReview({ inExcel }: { inExcel: boolean }): React.JSX.Element {
  const { frame } = useJourney(REALISATION_IN_PANE, {
    inExcel,
    accept: acceptReview,
    initial: exampleReview,
    fileName: "benefits-realisation.xlsx",
    shows: "the review and its checks",
    what: "benefits realisation review",
    steps: STEPS,
    words: REALISATION_TABLE.words,
  });
  return <JourneyFrame id="realisation-title" title="Benefits realisation" frame={frame} />;
}

/** The outcome of choosing where to start. */
function ProblemOrNote({ status }: { status: Status }): React.JSX.Element {
  return status.intent === "error" ? (
    <ProblemList lead="Could not start from it:" problems={[status.text]} />
  ) : (
    <Caption1 role="status">{status.text}</Caption1>
  );
}
