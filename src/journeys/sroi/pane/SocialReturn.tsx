/**
 * Social return (SROI): stakeholders, their inputs, and outcomes with indicator, quantity,
 * duration, financial proxy (with its source and price year) and the four adjustments. The
 * ratio, NPV and payback update as the evaluator types; the pane warns where an outcome
 * carries none of the four adjustments and where a proxy has no source (a survey of 383
 * SROI reports found 87% applied none). The value map builds in Excel or downloads as .xlsx.
 */
import * as React from "react";
import { useJourney, type StepProps } from "../../../taskpane/use-journey";
import { Body1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { SroiAnalysisCase, SroiOutcomeRow } from "../types";
import type { SroiResult } from "../evaluate";
import { ProblemList } from "../../../taskpane/components/ProblemList";
import {
  ChoiceField,
  DiscountField,
  NumberField,
  TextField,
  GroupList,
  YearField,
} from "../../../taskpane/components/fields";
import { DeflatorEditor } from "../../../taskpane/components/DeflatorEditor";
import { EXAMPLES, STARTING_EXAMPLE } from "../examples";
import { copyDraft } from "../../../taskpane/draft";
import { money } from "../../common";
import { sroi } from "..";
import { SROI_FIELDS, SROI_TABLE } from "./fields";
import { Uncertainty } from "./Uncertainty";
import { correlationProblems } from "../ranges";
import { sroiAnalysis } from "../evaluate";
import {
  CORRELATION_LABEL,
  correlationScope,
  runProblem,
} from "../../../taskpane/components/RangeFields";
import { JourneyFrame } from "../../../taskpane/components/Stepper";
import { ProxyChooser, ProxyConversion } from "./ProxyPicker";
import { defaultPriceBaseYear, sroiSeries } from "../prices";

export const SROI_DRAFT_KEY = sroi.draftKey;

const useStyles = makeStyles({
  results: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto auto",
    columnGap: tokens.spacingHorizontalM,
  },
});

/** A stored draft of the right shape, or null. */
const acceptSroi = (v: unknown) => {
  const d = v as SroiAnalysisCase | null;
  return d?.schemaVersion === 1 && Array.isArray(d.outcomes) && Array.isArray(d.inputs) ? d : null;
};

const blankOutcome = (stakeholder: string): SroiOutcomeRow => ({
  stakeholder,
  output: "",
  outcome: "New outcome",
  indicator: "",
  quantity: 0,
  duration: 1,
  proxyDescription: "",
  proxy: 0,
  source: "",
  priceYear: defaultPriceBaseYear(),
  deadweight: 0,
  displacement: 0,
  attribution: 0,
  dropOff: 0,
  start: 1,
});

type Step = StepProps<SroiAnalysisCase, SroiResult>;

/** The deflators the analysis converts with, or null for a bad table (the problems say why). */
function useSeries(value: SroiAnalysisCase) {
  return React.useMemo(() => {
    try {
      return sroiSeries(value);
    } catch {
      return null;
    }
  }, [value]);
}

/** The stakeholders as the choice fields list them. */
const stakeholderOptions = (value: SroiAnalysisCase) =>
  value.stakeholders.map((s) => ({ id: s, label: s }));

/** Outcomes with none of the four adjustments, proxies with no source: to check before reporting. */
function Warnings({ result }: { result: SroiResult | null }): React.JSX.Element | null {
  return result && result.warnings.length > 0 ? (
    <MessageBar intent="warning">
      <MessageBarBody>
        Check before you report:
        <ul>
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  ) : null;
}

/** Step 1: the title, the discounting and the stakeholders. */
function StakeholdersStep({ value, update }: Step): React.JSX.Element {
  const series = useSeries(value);
  return (
    <>
      <TextField
        label="Title"
        value={value.title}
        required
        onChange={(v) => update((d) => void (d.title = v))}
      />
      <DiscountField
        value={value.discount}
        onChange={(v) => update((d) => void (d.discount = v))}
      />
      <YearField
        label="Price base year"
        optional
        hint={`Every proxy is restated in this year's prices with ${series?.name ?? "the deflators"} (e.g. ${defaultPriceBaseYear()}). Blank: proxies are added as they stand.`}
        value={value.priceBaseYear}
        onChange={(v) =>
          update((d) => {
            if (v === undefined) delete d.priceBaseYear;
            else d.priceBaseYear = v;
          })
        }
      />
      <DeflatorEditor value={value.deflators} update={update} />
      <GroupList
        items={value.stakeholders}
        legend={(_, i) => `Stakeholder ${i + 1}`}
        removeLabel={(i) => `Remove stakeholder ${i + 1}`}
        onRemove={(i) =>
          update((d) => {
            // Their outcomes and inputs go with them (a value map row needs its stakeholder).
            const gone = d.stakeholders.splice(i, 1)[0];
            d.outcomes = d.outcomes.filter((r) => r.stakeholder !== gone);
            d.inputs = d.inputs.filter((r) => r.stakeholder !== gone);
          })
        }
        addLabel="Add a stakeholder"
        onAdd={() =>
          update((d) => void d.stakeholders.push(`Stakeholder ${d.stakeholders.length + 1}`))
        }
      >
        {(s, i) => (
          <TextField
            label={`Stakeholder ${i + 1}`}
            value={s}
            required
            onChange={(v) =>
              update((d) => {
                const old = d.stakeholders[i];
                d.stakeholders[i] = v;
                for (const row of [...d.inputs, ...d.outcomes])
                  if (row.stakeholder === old) row.stakeholder = v;
              })
            }
          />
        )}
      </GroupList>
    </>
  );
}

/** Step 2: each outcome with its indicator, quantity, duration, proxy and the four adjustments. */
function OutcomesStep({ value, update, result }: Step): React.JSX.Element {
  const stakeholders = stakeholderOptions(value);
  const series = useSeries(value);
  return (
    <>
      <GroupList
        items={value.outcomes}
        legend={(o, i) => `Outcome ${i + 1}: ${o.outcome}`}
        scope={(i) => `Outcome ${i + 1}`}
        removeLabel={(i) => `Remove outcome ${i + 1}`}
        onRemove={(i) => update((d) => void d.outcomes.splice(i, 1))}
        addLabel="Add an outcome"
        onAdd={() => update((d) => void d.outcomes.push(blankOutcome(d.stakeholders[0] ?? "")))}
      >
        {(o, i) => {
          const set = (f: (row: SroiOutcomeRow) => void) => update((d) => f(d.outcomes[i]));
          return (
            <>
              <ChoiceField
                label="Stakeholder"
                value={o.stakeholder}
                options={stakeholders}
                onChange={(v) => set((r) => void (r.stakeholder = v))}
              />
              <TextField
                label="Output"
                value={o.output}
                onChange={(v) => set((r) => void (r.output = v))}
              />
              <TextField
                label={SROI_FIELDS.outcome.label}
                value={o.outcome}
                required
                onChange={(v) => set((r) => void (r.outcome = v))}
              />
              <TextField
                label="Indicator"
                value={o.indicator}
                onChange={(v) => set((r) => void (r.indicator = v))}
              />
              <NumberField
                {...SROI_FIELDS.quantity}
                value={o.quantity}
                onChange={(v) => set((r) => void (r.quantity = v))}
              />
              <NumberField
                {...SROI_FIELDS.duration}
                value={o.duration}
                onChange={(v) => set((r) => void (r.duration = v))}
              />
              <TextField
                label="Financial proxy"
                value={o.proxyDescription}
                onChange={(v) => set((r) => void (r.proxyDescription = v))}
              />
              <NumberField
                {...SROI_FIELDS.proxy}
                value={o.proxy}
                onChange={(v) => set((r) => void (r.proxy = v))}
              />
              {series && (
                <ProxyConversion
                  amount={o.proxy}
                  priceYear={o.priceYear}
                  baseYear={value.priceBaseYear}
                  series={series}
                />
              )}
              <ProxyChooser
                onPick={(p) =>
                  set((r) => {
                    r.proxy = p.value;
                    r.proxyDescription = p.unit ? `${p.description} (${p.unit})` : p.description;
                    r.source = p.source;
                    r.priceYear = p.priceYear;
                    if (p.code) r.proxyCode = p.code;
                    else delete r.proxyCode;
                    if (p.licence) r.licence = p.licence;
                    else delete r.licence;
                  })
                }
              />
              <TextField
                label="Source of the proxy"
                hint="Cite where the value comes from (the values library and imports fill it in)."
                value={o.source}
                onChange={(v) => set((r) => void (r.source = v))}
              />
              {(o.proxyCode || o.licence) && (
                <Body1>
                  {o.proxyCode ? `Code ${o.proxyCode}. ` : ""}
                  {o.licence ? `Licence: ${o.licence}.` : ""}
                </Body1>
              )}
              <TextField
                label="Price year of the proxy"
                hint="A year (2014) or a financial year (2010/11)."
                value={String(o.priceYear)}
                onChange={(v) =>
                  set((r) => void (r.priceYear = /^\s*\d{4}\s*$/.test(v) ? Number(v) : v.trim()))
                }
              />
              <NumberField
                {...SROI_FIELDS.deadweight}
                value={o.deadweight}
                onChange={(v) => set((r) => void (r.deadweight = v))}
              />
              <NumberField
                {...SROI_FIELDS.displacement}
                value={o.displacement}
                onChange={(v) => set((r) => void (r.displacement = v))}
              />
              <NumberField
                {...SROI_FIELDS.attribution}
                value={o.attribution}
                onChange={(v) => set((r) => void (r.attribution = v))}
              />
              <NumberField
                {...SROI_FIELDS.dropOff}
                value={o.dropOff}
                onChange={(v) => set((r) => void (r.dropOff = v))}
              />
              <NumberField
                {...SROI_FIELDS.start}
                value={o.start}
                onChange={(v) => set((r) => void (r.start = v))}
              />
            </>
          );
        }}
      </GroupList>
      <Warnings result={result} />
    </>
  );
}

/** Step 3: what each stakeholder puts in. */
function InputsStep({ value, update }: Step): React.JSX.Element {
  const stakeholders = stakeholderOptions(value);
  return (
    <>
      <GroupList
        items={value.inputs}
        legend={(_, i) => `Input ${i + 1}`}
        removeLabel={(i) => `Remove input ${i + 1}`}
        onRemove={(i) => update((d) => void d.inputs.splice(i, 1))}
        addLabel={"Add an input"}
        onAdd={() =>
          update(
            (d) =>
              void d.inputs.push({
                stakeholder: d.stakeholders[0] ?? "",
                description: "",
                value: 0,
              })
          )
        }
        min={1}
      >
        {(input, i) => (
          <>
            <ChoiceField
              label="Stakeholder"
              value={input.stakeholder}
              options={stakeholders}
              onChange={(v) => update((d) => void (d.inputs[i].stakeholder = v))}
            />
            <TextField
              label="What they put in"
              value={input.description}
              onChange={(v) => update((d) => void (d.inputs[i].description = v))}
            />
            <NumberField
              {...SROI_FIELDS.inputValue}
              value={input.value}
              onChange={(v) => update((d) => void (d.inputs[i].value = v))}
            />
          </>
        )}
      </GroupList>
    </>
  );
}

/** Step 4: the ratio, NPV and payback (or what to fix first), and their uncertainty. */
function ResultsStep({
  value,
  update,
  problems,
  result,
  evaluated,
  stale,
  runProblems,
  inExcel,
}: Step): React.JSX.Element {
  const styles = useStyles();
  // While only typed text is wrong, the draft still evaluates: the ranges and Monte Carlo
  // settings stay on screen, so text typed into them can be fixed where it was typed.
  const drawn = result ?? (stale ? evaluated : null);
  return (
    <>
      {problems.length > 0 && <ProblemList lead="Fix these first:" problems={problems} />}
      {runProblems.length > 0 && (
        <ProblemList
          lead="These stop the simulation, not the value map (its simulation cell shows #VALUE! until they are fixed):"
          problems={runProblems}
        />
      )}
      <Warnings result={result} />
      {result && (
        <dl className={styles.results} aria-label="SROI results">
          <dt>SROI ratio</dt>
          <dd>{result.ratio === null ? "no inputs" : `£${result.ratio.toFixed(2)} per £1`}</dd>
          <dt>Present value of impact</dt>
          <dd>{money(result.pv)}</dd>
          <dt>Value of inputs</dt>
          <dd>{money(result.inputs)}</dd>
          <dt>Net present value</dt>
          <dd>{money(result.npv)}</dd>
          <dt>Payback</dt>
          <dd>
            {result.paybackMonths === null ? "never" : `${result.paybackMonths.toFixed(1)} months`}
          </dd>
        </dl>
      )}
      {drawn && drawn.ratio !== null && (
        <Uncertainty value={value} update={update} inExcel={inExcel} stale={stale} />
      )}
      <Body1>
        The value map follows the SROI guide&apos;s columns; every input stays editable in its Excel
        table.
      </Body1>
    </>
  );
}

/** The guide's order: who, what changes for them, what they put in, and the return. */
const STEPS = [
  { id: "stakeholders", label: "Stakeholders", Component: StakeholdersStep },
  { id: "outcomes", label: "Outcomes", Component: OutcomesStep },
  { id: "inputs", label: "Inputs", Component: InputsStep },
  { id: "results", label: "Results", Component: ResultsStep },
] as const;

/**
 * What stops the simulation but not the value map: each correlation row the model refuses
 * (cannot hold with the others, names a range that is not there, a pair given twice), for
 * the Results step's list, linked to the row's field (shown once there are two ranges).
 * Building stays allowed: the SroiRangeCorrelations table holds the rows as given and the
 * value map's SROI_SIMULATE_RANGES cell is #VALUE! with the model's message until fixed.
 */
function sroiRunProblems(c: SroiAnalysisCase) {
  if (!c.correlations?.length) return [];
  let found: (string | undefined)[];
  try {
    found = correlationProblems(c, sroiAnalysis(c));
  } catch {
    return []; // a case the model cannot evaluate is listed by its own problems
  }
  const step = STEPS.findIndex((s) => s.id === "results");
  const linked = (c.ranges ?? []).length >= 2;
  return found.flatMap((text, i) =>
    text === undefined
      ? []
      : [runProblem(step, [correlationScope(i)], CORRELATION_LABEL, text, linked)]
  );
}

/** A blank value map (no stakeholders, outcomes or inputs yet), then the shipped example. */
const START = [
  {
    id: "blank",
    label: "A blank value map",
    value: (): SroiAnalysisCase => ({
      ...copyDraft(STARTING_EXAMPLE),
      title: "",
      stakeholders: [],
      outcomes: [],
      inputs: [],
    }),
  },
  ...EXAMPLES.map((x) => ({
    id: x.id,
    label: `Example: ${x.label}`,
    value: () => copyDraft(x.analysis),
  })),
];

export function SocialReturn({ inExcel }: { inExcel: boolean }): React.JSX.Element {
  const { frame } = useJourney(sroi, {
    inExcel,
    accept: acceptSroi,
    initial: STARTING_EXAMPLE,
    fileName: "sroi-value-map.xlsx",
    shows: "the ratio and NPV",
    noun: "value map",
    what: "value map",
    steps: STEPS,
    words: SROI_TABLE.words,
    start: START,
    runProblems: sroiRunProblems,
  });
  return (
    <JourneyFrame
      id="sroi-title"
      title="Social return (SROI)"
      frame={frame}
      finish={{ excel: "Build the value map", download: "Download the value map (.xlsx)" }}
    />
  );
}
