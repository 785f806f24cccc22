/**
 * The business-case journey: six steps, then the workbook. The case is a plain object
 * (src/journeys/business-case/types.ts); every change is validated against its schema and
 * evaluated by the model, so the review step shows the same figures the workbook will
 * compute. The pane's journey skeleton (`useJourney`) keeps the draft in the browser's
 * storage so closing the pane loses nothing, restores it from the Inputs sheet once built,
 * offers a blank case and every example, and asks before building beside an existing case.
 */
import { businessCase } from "..";
import * as React from "react";
import { Caption1 } from "@fluentui/react-components";
import type { BusinessCase } from "../types";
import type { OptionResult } from "../evaluate";
import {
  BarriersStep,
  CostsStep,
  PartnersStep,
  ReviewStep,
  SavingsStep,
  SettingsStep,
} from "./steps";
import { blankCase, EXAMPLES } from "../examples";
import { copyDraft } from "../../../taskpane/draft";
import { CaseSensitivity } from "./CaseSensitivity";
import { optionScope } from "./CaseRangesEditor";
import { caseCorrelationProblems } from "../ranges";
import { ProblemList } from "../../../taskpane/components/ProblemList";
import {
  CORRELATION_LABEL,
  correlationScope,
  runProblem,
} from "../../../taskpane/components/RangeFields";
import { JourneyFrame } from "../../../taskpane/components/Stepper";
import { useJourney, type StepProps } from "../../../taskpane/use-journey";
import { fileName } from "./build";
import { CASE_IN_PANE, CASE_TABLE } from "./fields";

/** Step 6: what to fix, or the results the workbook will show and their sensitivity. */
function ReviewAndBuild({
  value,
  update,
  problems,
  result,
  evaluated,
  stale,
  runProblems,
  inExcel,
}: StepProps<BusinessCase, OptionResult[]>): React.JSX.Element {
  // While only typed text is wrong, the case still evaluates: the ranges and Monte Carlo
  // settings stay on screen, so text typed into them can be fixed where it was typed.
  const drawn = result ?? (stale ? evaluated : null);
  return (
    <>
      <ReviewStep problems={problems} results={result} />
      {runProblems.length > 0 && (
        <ProblemList
          lead="These stop the simulation, not the workbook (its Monte Carlo needs them fixed; the CaseRangeCorrelations table keeps them as given):"
          problems={runProblems}
        />
      )}
      {drawn && <CaseSensitivity value={value} update={update} inExcel={inExcel} stale={stale} />}
    </>
  );
}

const STEPS = [
  { id: "partners", label: "Partners and purpose", Component: PartnersStep },
  { id: "savings", label: "Savings", Component: SavingsStep },
  { id: "costs", label: "Costs", Component: CostsStep },
  { id: "barriers", label: "Barriers", Component: BarriersStep },
  { id: "settings", label: "Appraisal settings", Component: SettingsStep },
  { id: "review", label: "Review and build", Component: ReviewAndBuild },
] as const;

/**
 * What stops the simulation but not the build: each option's correlation rows the model
 * refuses (cannot hold with the others, a line without a range, a pair given twice), for
 * the review's list, linked to the row's field (the link turns "Option to simulate" to its
 * option). Building stays allowed: the CaseRangeCorrelations table holds the rows as given.
 */
function caseRunProblems(c: BusinessCase) {
  if (!c.correlations?.length) return [];
  const step = STEPS.findIndex((s) => s.id === "review");
  return c.options.flatMap((o) => {
    let found: (string | undefined)[];
    try {
      found = caseCorrelationProblems(c, o.id);
    } catch {
      return []; // a case the model cannot evaluate is listed by its own problems
    }
    const linked = (c.ranges ?? []).filter((r) => r.option === o.id).length >= 2;
    return found.flatMap((text, i) =>
      text === undefined
        ? []
        : [
            runProblem(
              step,
              [optionScope(c, o.id), correlationScope(i)],
              CORRELATION_LABEL,
              text,
              linked
            ),
          ]
    );
  });
}

/**
 * The scopes each option's fields are under on other steps than the one that lists the
 * options: "Step 2 · Option 3" on the savings, costs and barriers steps (by place) and
 * "Step 6 · Full merger" for its ranges and correlations (by name). Typed text there moves
 * with a rename or an earlier option's removal, and is forgotten with its option.
 */
function optionScopes(c: BusinessCase): Record<string, readonly string[]> {
  const stepOf = (id: string) => `Step ${STEPS.findIndex((s) => s.id === id) + 1}`;
  return Object.fromEntries(
    c.options.map((o, n) => [
      o.id,
      [
        ...["savings", "costs", "barriers"].map((s) => `${stepOf(s)} · Option ${n + 1}`),
        `${stepOf("review")} · ${optionScope(c, o.id)}`,
      ],
    ])
  );
}

/** A blank case, then every shipped example. */
const START = [
  { id: "blank", label: "A blank case", value: blankCase },
  ...EXAMPLES.map((x) => ({
    id: x.id,
    label: `Example: ${x.label}`,
    value: () => copyDraft(x.case),
  })),
];

export const DRAFT_KEY = businessCase.draftKey;

/** A stored draft with the case's shape (it may be unfinished, and so fail the schema), or null. */
function acceptCase(stored: unknown): BusinessCase | null {
  const v = stored as Record<string, unknown> | null;
  const shaped =
    v?.schemaVersion === 1 &&
    [v.partners, v.options, v.loans].every(Array.isArray) &&
    typeof v.appraisal === "object" &&
    typeof v.vat === "object";
  if (!shaped) return null;
  return { ...v, swaps: Array.isArray(v.swaps) ? v.swaps : [] } as unknown as BusinessCase; // drafts from before swaps
}

export interface BusinessCaseJourneyProps {
  /** True inside Excel: build into the workbook; false on the standalone page: download. */
  readonly inExcel: boolean;
}

export function BusinessCaseJourney({ inExcel }: BusinessCaseJourneyProps): React.JSX.Element {
  const { frame } = useJourney(CASE_IN_PANE, {
    inExcel,
    accept: acceptCase,
    initial: blankCase,
    fileName,
    shows: "the results",
    what: "business case",
    steps: STEPS,
    runProblems: caseRunProblems,
    scopesOf: optionScopes,
    words: CASE_TABLE.words,
    start: START,
    built: (names) => `Built into ${names.summary}, ${names.inputs} and ${names.calculations}.`,
  });
  return (
    <JourneyFrame
      id="journey-title"
      title="Partnership business case"
      frame={frame}
      after={
        <Caption1>
          The workbook keeps every input in Excel tables on its Inputs sheet; its formulas use only
          Excel&apos;s own functions.
        </Caption1>
      }
    />
  );
}
