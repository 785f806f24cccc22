/* global globalThis */
/**
 * Runs a long computation in time-boxed slices that hand the thread back between them, so
 * it never holds the event loop for more than about `budgetMs` (Excel restarts an add-in
 * that blocks for about 5 seconds, and in the shared runtime the task pane runs on the same
 * thread as the custom functions: issue 13, item 3).
 *
 * A computation is anything that advances by whole steps (`step(count)`), drawing its
 * random numbers in one fixed order from one seeded stream, so where the slices fall
 * changes nothing in the answer: the same seed gives the same result however it is sliced.
 */

/** A computation advanced in steps: the simulations in `src/model`. */
export interface Steppable {
  readonly finished: boolean;
  readonly completed: number;
  /** Advances by up to `count` iterations; returns how many are done in all. */
  step(count: number): number;
}

export interface SliceHooks {
  /** Longest time, in ms, to compute before yielding (default 50: half the ~100 ms goal). */
  readonly budgetMs?: number;
  /** Checked before every chunk of work; true stops the run. */
  readonly cancelled?: () => boolean;
  /** Called after each slice with the iterations done so far. */
  readonly onProgress?: (done: number) => void;
  /** How to hand the thread back (default {@link yieldToEventLoop}). */
  readonly yieldNow?: () => Promise<void>;
  /** A clock in ms (default `performance.now` where there is one, else `Date.now`). */
  readonly now?: () => number;
  /** A fixed number of iterations per slice instead of a time budget (tests, progress). */
  readonly slice?: number;
}

type Global = {
  setImmediate?: (f: () => void) => void;
  setTimeout?: (f: () => void, ms: number) => void;
  MessageChannel?: new () => {
    port1: { onmessage: (() => void) | null; close(): void };
    port2: { postMessage(m: unknown): void; close(): void };
  };
  performance?: { now(): number };
};

/**
 * A promise that resolves on a later turn of the event loop, letting pending events (the
 * pane's clicks, Excel's cancellation, a worker's messages) run first: `setImmediate`
 * where there is one (Node), else a `MessageChannel` message (browsers and workers; not
 * clamped to 4 ms as nested `setTimeout(0)` is), else `setTimeout(0)`, else (a bare
 * JavaScript runtime with no timers) a resolved promise.
 */
export function yieldToEventLoop(): Promise<void> {
  const g = globalThis as unknown as Global;
  if (typeof g.setImmediate === "function") {
    const immediate = g.setImmediate;
    return new Promise((resolve) => immediate(resolve));
  }
  if (typeof g.MessageChannel === "function") {
    const channel = new g.MessageChannel();
    return new Promise((resolve) => {
      channel.port1.onmessage = () => {
        channel.port1.close();
        channel.port2.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  if (typeof g.setTimeout === "function") {
    const timeout = g.setTimeout;
    return new Promise((resolve) => timeout(resolve, 0));
  }
  return Promise.resolve();
}

function defaultClock(): () => number {
  const g = globalThis as unknown as Global;
  const perf = g.performance;
  return perf && typeof perf.now === "function" ? () => perf.now() : () => Date.now();
}

/**
 * Advances `work` to the end in slices of at most about `budgetMs` each, yielding between
 * slices. Chunks start small (64 iterations) and grow to about a fifth of the budget, so
 * one chunk never overruns the budget by much whatever an iteration costs.
 *
 * @returns true when the work finished; false when `cancelled` stopped it.
 * @example await runInSlices(new SroiSimulation(a, options), { cancelled: () => stop })
 */
export async function runInSlices(work: Steppable, hooks: SliceHooks = {}): Promise<boolean> {
  const budget = hooks.budgetMs ?? 50;
  const now = hooks.now ?? defaultClock();
  const yieldNow = hooks.yieldNow ?? yieldToEventLoop;
  // Each chunk aims at a fifth of the budget, growing at most twofold at a time.
  const target = budget / 5;
  let chunk = 64;
  while (!work.finished) {
    if (hooks.cancelled?.()) return false;
    if (hooks.slice !== undefined) {
      work.step(hooks.slice);
    } else {
      const sliceStart = now();
      while (!work.finished) {
        const t0 = now();
        work.step(chunk);
        const spent = now() - t0;
        chunk =
          spent > 0
            ? Math.max(1, Math.min(chunk * 2, Math.floor((chunk * target) / spent)))
            : chunk * 2;
        // Stop while another chunk of about `target` still fits in the budget.
        if (now() - sliceStart + target > budget) break;
        if (hooks.cancelled?.()) return false;
      }
    }
    hooks.onProgress?.(work.completed);
    if (!work.finished) await yieldNow();
  }
  return !hooks.cancelled?.();
}
