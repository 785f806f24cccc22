/**
 * The business-case journey: six steps, then the workbook. The case is a plain object
 * (src/journeys/business-case/types.ts); every change is validated against its schema and evaluated by the
 * model, so the review step shows the same figures the workbook will compute. A draft is
 * kept in the browser's storage so closing the pane loses nothing; once built, the workbook
 * is the source of truth and the pane restores itself from its Inputs sheet.
 */
import { businessCase } from "..";
import * as React from "react";
import { Caption1, Dropdown, Field, Option } from "@fluentui/react-components";
import type { BusinessCase } from "../types";
import { caseProblems } from "../validate";
import { evaluateCase, type OptionResult } from "../evaluate";
import { BUSINESS_CASE_SHEETS } from "../workbook";
import type { SheetNames } from "../../../workbook/sheet-names";
import { CASE_READER } from "../inputs";
import type { Status } from "../../../taskpane/deliver";
import { useWorkbookRestore } from "../../../taskpane/restore";
import {
  BarriersStep,
  CostsStep,
  PartnersStep,
  ReviewStep,
  SavingsStep,
  SettingsStep,
} from "./steps";
import { blankCase, EXAMPLES } from "../examples";
import { copyDraft, useDraft } from "../../../taskpane/draft";
import { CaseSensitivity } from "./CaseSensitivity";
import { Journey } from "../../../taskpane/components/Stepper";
import { ConfirmDialog } from "../../../taskpane/components/ConfirmDialog";
import { buildCase, plannedSheets } from "./build";
import { useWorkbookHost } from "../../../taskpane/workbook-host";

const STEPS = [
  { id: "partners", label: "Partners and purpose", Component: PartnersStep },
  { id: "savings", label: "Savings", Component: SavingsStep },
  { id: "costs", label: "Costs", Component: CostsStep },
  { id: "barriers", label: "Barriers", Component: BarriersStep },
  { id: "settings", label: "Appraisal settings", Component: SettingsStep },
  { id: "review", label: "Review and build", Component: null },
] as const;

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
  const host = useWorkbookHost(inExcel);
  const [value, setValue, update] = useDraft(DRAFT_KEY, acceptCase, blankCase);
  const [step, setStep] = React.useState(0);
  const [status, setStatus] = React.useState<Status | null>(null);
  const [confirm, setConfirm] = React.useState<SheetNames | null>(null);

  const restore = useWorkbookRestore(inExcel, BUSINESS_CASE_SHEETS, CASE_READER, value, setValue);

  const problems = React.useMemo(() => {
    const list = caseProblems(value);
    if (value.options.length === 0)
      list.push("Choose at least one option to compare with doing nothing (step 1).");
    return list;
  }, [value]);
  const results: OptionResult[] | null = React.useMemo(() => {
    if (problems.length) return null;
    try {
      return evaluateCase(value);
    } catch (e) {
      return null;
    }
  }, [value, problems]);

  const go = (next: number) => {
    setStep(next);
    setStatus(null);
  };

  const build = async (sheets?: SheetNames) => {
    setConfirm(null);
    try {
      if (!host.inExcel) {
        await buildCase(host, value);
        setStatus({
          intent: "success",
          text: "The workbook has been downloaded. Open it in Excel: it calculates without the add-in.",
        });
        return;
      }
      const names = sheets ?? (await plannedSheets(host, value));
      if (!sheets && names.suffix !== "") {
        setConfirm(names);
        return;
      }
      await buildCase(host, value, names);
      setStatus({
        intent: "success",
        text: `Built into ${names.summary}, ${names.inputs} and ${names.calculations}.`,
      });
    } catch (e) {
      setStatus({
        intent: "error",
        text: `The workbook could not be built: ${(e as Error).message}`,
      });
    }
  };

  const current = STEPS[step];
  const Component = current.Component;
  return (
    <Journey
      id="journey-title"
      title="Partnership business case"
      before={
        <>
          {restore}
          <Field label="Start from">
            <Dropdown
              placeholder="Your draft"
              onOptionSelect={(_e, d) => {
                const ex = EXAMPLES.find((x) => x.id === d.optionValue);
                setValue(ex ? copyDraft(ex.case) : blankCase());
                go(0);
              }}
            >
              <Option value="blank">A blank case</Option>
              {EXAMPLES.map((x) => (
                <Option key={x.id} value={x.id}>
                  {`Example: ${x.label}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </>
      }
      after={
        <>
          <Caption1>
            The workbook keeps every input in Excel tables on its Inputs sheet; its formulas use
            only Excel&apos;s own functions.
          </Caption1>
          <ConfirmDialog
            open={confirm !== null}
            title="Build alongside the existing business case?"
            cancelLabel="Cancel"
            confirmLabel="Build"
            onCancel={() => setConfirm(null)}
            onConfirm={() => build(confirm!)}
          >
            This workbook already has a business case. The new one goes into {confirm?.summary},{" "}
            {confirm?.inputs} and {confirm?.calculations}; nothing you have is overwritten.
          </ConfirmDialog>
        </>
      }
      steps={STEPS}
      step={step}
      onStep={go}
      status={status}
      finish={{
        label: inExcel ? "Build the workbook" : "Download the workbook (.xlsx)",
        disabled: problems.length > 0,
        onClick: () => build(),
      }}
    >
      {Component ? (
        <Component value={value} update={update} />
      ) : (
        <>
          <ReviewStep problems={problems} results={results} />
          {results && <CaseSensitivity value={value} update={update} inExcel={inExcel} />}
        </>
      )}
    </Journey>
  );
}
