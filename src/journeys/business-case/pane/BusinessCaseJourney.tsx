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
  inExcel,
}: StepProps<BusinessCase, OptionResult[]>): React.JSX.Element {
  return (
    <>
      <ReviewStep problems={problems} results={result} />
      {result && <CaseSensitivity value={value} update={update} inExcel={inExcel} />}
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
