/**
 * One journey's skeleton in the pane: its draft (kept in the browser's storage under the
 * descriptor's draft key), the step shown, restoring from the workbook, the problems with the
 * draft and the model's result when there are none, and building its workbook through the
 * pane's host (fresh sheets beside an existing build in Excel, a download on the standalone
 * page). Each view adds its own steps.
 */
import * as React from "react";
import type { Journey } from "../journeys";
import { copyDraft, useDraft } from "./draft";
import { deliverWorkbook, type Status } from "./deliver";
import { useWorkbookRestore } from "./restore";
import { useWorkbookHost } from "./workbook-host";

export interface JourneyOptions<T> {
  readonly inExcel: boolean;
  /** A stored draft of the right shape, or null. */
  readonly accept: (stored: unknown) => T | null;
  /** The first draft (copied). */
  readonly initial: T;
  /** The download's file name, and what the message says the summary shows and was built. */
  readonly fileName: string;
  readonly shows: string;
  readonly noun?: string;
}

export function useJourney<T, R>(journey: Journey<T, R>, options: JourneyOptions<T>) {
  const { inExcel, accept, initial, fileName, shows, noun } = options;
  const host = useWorkbookHost(inExcel);
  const [value, setValue, update] = useDraft(journey.draftKey, accept, () => copyDraft(initial));
  const [status, setStatus] = React.useState<Status | null>(null);
  const [step, setStep] = React.useState(0);
  const restore = useWorkbookRestore(inExcel, journey.sheets, journey.reader, value, setValue);
  const problems = React.useMemo(() => journey.problems(value), [journey, value]);
  const result = React.useMemo(
    () => (problems.length ? null : journey.evaluate(value)),
    [journey, value, problems]
  );
  const build = async () =>
    setStatus(
      await deliverWorkbook({
        host,
        plan: (sheets) => journey.plan(value, sheets),
        sheets: journey.sheets,
        fileName,
        shows,
        noun,
      })
    );
  return {
    host,
    value,
    setValue,
    update,
    status,
    setStatus,
    step,
    setStep,
    restore,
    problems,
    result,
    build,
  };
}
