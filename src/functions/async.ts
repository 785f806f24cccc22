/* global CustomFunctions */
/**
 * Long-running custom functions: the promise Excel waits on, the cancellation Excel asks
 * for, and the model's errors turned into Excel errors.
 *
 * A function that returns a Promise is asynchronous to Excel; one tagged `@cancelable`
 * takes a `CustomFunctions.CancelableInvocation` as its last parameter, whose `onCanceled`
 * Excel calls when the user edits a referenced cell, recalculates, or the cell is deleted
 * (Microsoft Learn, "Custom functions: cancel a function" and
 * `CustomFunctions.CancelableInvocation`, CustomFunctionsRuntime 1.1).
 */
import { toExcelError } from "./excel-errors";
import { notAvailable } from "../model/errors";

/** Whether Excel has cancelled this call: checked between slices of the work. */
export type Cancelled = () => boolean;

/**
 * Runs an asynchronous adapter body: any failure rejects the promise with the
 * `CustomFunctions.Error` Excel shows, and Excel's cancellation sets the flag the body
 * checks between slices (a cancelled call rejects; Excel discards its result).
 */
export async function excelAsync<T>(
  functionName: string,
  invocation: CustomFunctions.CancelableInvocation | undefined | null,
  body: (cancelled: Cancelled) => Promise<T>
): Promise<T> {
  let stop = false;
  if (invocation) {
    invocation.onCanceled = () => {
      stop = true;
    };
  }
  const cancelled = () => stop;
  try {
    const result = await body(cancelled);
    if (stop) throw notAvailable(`PCBA.${functionName} was cancelled.`);
    return result;
  } catch (error) {
    throw toExcelError(error, functionName);
  }
}
