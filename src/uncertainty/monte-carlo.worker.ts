/**
 * The pane's Monte Carlo worker (dist/monte-carlo.js): runs `runSimulation` off the page's
 * thread, posting progress, and stops when told to cancel.
 *
 * Messages in: { type: "run", analysis, options } | { type: "cancel" }.
 * Messages out: { type: "progress", done, total } | { type: "done", result } |
 * { type: "cancelled" } | { type: "error", message }.
 */
/* global self, MessageEvent */
import { runSimulation } from "./runner";

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
    const result = await runSimulation(message.analysis, message.options, {
      onProgress: (done, total) => self.postMessage({ type: "progress", done, total }),
      cancelled: () => cancelled,
    });
    self.postMessage(result ? { type: "done", result } : { type: "cancelled" });
  } catch (e) {
    self.postMessage({ type: "error", message: (e as Error).message });
  }
};
