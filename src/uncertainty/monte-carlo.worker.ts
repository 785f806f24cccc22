/**
 * The pane's Monte Carlo worker (dist/monte-carlo.js): runs `runJob` off the page's
 * thread, posting progress, and stops when told to cancel.
 *
 * Messages in: { type: "run", job } (a `SimulationJob`: an SROI analysis or a business case
 * option; or a `RangeSimulationJob`: an SROI analysis with a range per input) |
 * { type: "cancel" }.
 * Messages out: { type: "progress", done, total } | { type: "done", result } |
 * { type: "cancelled" } | { type: "error", message }.
 */
/* global self, MessageEvent */
import { runJob, runRangeJob } from "./runner";

let cancelled = false;

self.onmessage = async (event: MessageEvent) => {
  const message = event.data;
  if (message.type === "cancel") {
    cancelled = true;
    return;
  }
  if (message.type !== "run") return;
  cancelled = false;
  try {
    const hooks = {
      onProgress: (done: number, total: number) =>
        self.postMessage({ type: "progress", done, total }),
      cancelled: () => cancelled,
    };
    const result =
      message.job.kind === "sroi_ranges"
        ? await runRangeJob(message.job, hooks)
        : await runJob(message.job, hooks);
    self.postMessage(result ? { type: "done", result } : { type: "cancelled" });
  } catch (e) {
    self.postMessage({ type: "error", message: (e as Error).message });
  }
};
