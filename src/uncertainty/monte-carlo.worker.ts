/**
 * The pane's Monte Carlo worker (dist/monte-carlo.js): runs `runJob` off the page's
 * thread, posting progress, and stops when told to cancel.
 *
 * Messages in: { type: "run", job } (a `SimulationJob`: an SROI analysis or a business case
 * option) | { type: "cancel" }.
 * Messages out: { type: "progress", done, total } | { type: "done", result } |
 * { type: "cancelled" } | { type: "error", message }.
 */
/* global self, MessageEvent */
import { runJob } from "./runner";

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
    const result = await runJob(message.job, {
      onProgress: (done, total) => self.postMessage({ type: "progress", done, total }),
      cancelled: () => cancelled,
    });
    self.postMessage(result ? { type: "done", result } : { type: "cancelled" });
  } catch (e) {
    self.postMessage({ type: "error", message: (e as Error).message });
  }
};
