/**
 * The business-case journey: six steps, then the workbook. The case is a plain object
 * (src/case/types.ts); every change is validated against its schema and evaluated by the
 * model, so the review step shows the same figures the workbook will compute. A draft is
 * kept in the browser's storage so closing the pane loses nothing; once built, the workbook
 * is the source of truth and the pane restores itself from its Inputs sheet.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import type { BusinessCase } from "../../case/types";
import { caseProblems } from "../../case/validate";
import { evaluateCase, type OptionResult } from "../../case/evaluate";
import { DEFAULT_SHEETS, type SheetNames } from "../../plan/business-case";
import { CASE_READER } from "../../case/from-inputs";
import type { Status } from "../deliver";
import { useWorkbookRestore } from "../restore";
import {
  BarriersStep,
  CostsStep,
  PartnersStep,
  ReviewStep,
  SavingsStep,
  SettingsStep,
} from "./steps";
import { blankCase, EXAMPLES } from "./defaults";
import { copyDraft, useDraft } from "../draft";
import { CaseSensitivity } from "./CaseSensitivity";
import { Stepper } from "../components/Stepper";
import { buildInExcel, downloadXlsx, plannedSheets } from "./build";

const STEPS = [
  { id: "partners", label: "Partners and purpose", Component: PartnersStep },
  { id: "savings", label: "Savings", Component: SavingsStep },
  { id: "costs", label: "Costs", Component: CostsStep },
  { id: "barriers", label: "Barriers", Component: BarriersStep },
  { id: "settings", label: "Appraisal settings", Component: SettingsStep },
  { id: "review", label: "Review and build", Component: null },
] as const;

export const DRAFT_KEY = "pcba.businessCase.draft";

const useStyles = makeStyles({
  journey: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

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
  const styles = useStyles();
  const [value, setValue, update] = useDraft(DRAFT_KEY, acceptCase, blankCase);
  const [step, setStep] = React.useState(0);
  const [status, setStatus] = React.useState<Status | null>(null);
  const [confirm, setConfirm] = React.useState<SheetNames | null>(null);

  const restore = useWorkbookRestore(inExcel, DEFAULT_SHEETS, CASE_READER, value, setValue);

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
      if (!inExcel) {
        await downloadXlsx(value);
        setStatus({
          intent: "success",
          text: "The workbook has been downloaded. Open it in Excel: it calculates without the add-in.",
        });
        return;
      }
      const names = sheets ?? (await plannedSheets());
      if (!sheets && names.suffix !== "") {
        setConfirm(names);
        return;
      }
      await buildInExcel(value, names);
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
    <section className={styles.journey} aria-labelledby="journey-title">
      <Subtitle1 as="h2" id="journey-title">
        Partnership business case
      </Subtitle1>
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
      <Stepper
        steps={STEPS}
        step={step}
        onStep={go}
        footer={
          status && (
            <MessageBar intent={status.intent} role="status">
              <MessageBarBody>{status.text}</MessageBarBody>
            </MessageBar>
          )
        }
        finish={
          <Button appearance="primary" disabled={problems.length > 0} onClick={() => build()}>
            {inExcel ? "Build the workbook" : "Download the workbook (.xlsx)"}
          </Button>
        }
      >
        {Component ? (
          <Component value={value} update={update} />
        ) : (
          <>
            <ReviewStep problems={problems} results={results} />
            {results && <CaseSensitivity value={value} inExcel={inExcel} />}
          </>
        )}
      </Stepper>
      <Caption1>
        The workbook keeps every input in Excel tables on its Inputs sheet; its formulas use only
        Excel&apos;s own functions.
      </Caption1>
      <Dialog open={confirm !== null} onOpenChange={(_e, d) => !d.open && setConfirm(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Build alongside the existing business case?</DialogTitle>
            <DialogContent>
              <Body1>
                This workbook already has a business case. The new one goes into {confirm?.summary},{" "}
                {confirm?.inputs} and {confirm?.calculations}; nothing you have is overwritten.
              </Body1>
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirm(null)}>Cancel</Button>
              <Button appearance="primary" onClick={() => build(confirm!)}>
                Build
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
