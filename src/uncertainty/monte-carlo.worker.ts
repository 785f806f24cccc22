/**
 * The pane's Monte Carlo worker (dist/monte-carlo.js): runs the pane's jobs off the page's
 * thread, posting progress by message. One worker serves every run of a pane (a fresh
 * worker pays its start-up and the engine's warm-up again), so each run carries an id that
 * its messages echo, and a new run or a cancel stops the one under way.
 *
 * Messages in: { type: "run", id, job } (a `PaneJob`: an SROI analysis or a business case
 * option by the ± share; an SROI analysis with ranges) | { type: "cancel", id }.
 * Messages out: { type: "progress", id, done, total } | { type: "done", id, result } |
 * { type: "cancelled", id } | { type: "error", id, message }.
 *
 * Between slices the worker hands its thread back by a MessageChannel message (never a
 * setTimeout(0), which browsers clamp to 4 ms when nested), only so a cancel can arrive;
 * the slices are long (200 ms), since nothing else runs on this thread.
 */
/* global self, MessageEvent */
import { runPaneJob } from "./runner";

/** The run under way (a new run or a cancel for it replaces it). */
let current: number | null = null;

self.onmessage = async (event: MessageEvent) => {
  const message = event.data;
  if (message.type === "cancel") {
    if (message.id === undefined || message.id === current) current = null;
    return;
  }
  if (message.type !== "run") return;
  const id = message.id ?? 0;
  current = id;
  try {
    const result = await runPaneJob(message.job, {
      onProgress: (done: number, total: number) =>
        self.postMessage({ type: "progress", id, done, total }),
      cancelled: () => current !== id,
      budgetMs: 200,
    });
    self.postMessage(result ? { type: "done", id, result } : { type: "cancelled", id });
  } catch (e) {
    self.postMessage({ type: "error", id, message: (e as Error).message });
  } finally {
    if (current === id) current = null;
  }
};
