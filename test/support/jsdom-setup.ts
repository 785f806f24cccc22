import { DRAFT_WRITES } from "../../src/taskpane/draft";

/**
 * jsdom lacks layout, so it has no ResizeObserver; Fluent UI's MessageBar observes its own
 * size to decide whether to wrap. A no-op observer is the honest stand-in: jsdom never
 * resizes anything. Layout itself is checked in Chromium (test/browser).
 */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;

/**
 * The pane's tests read a journey's draft from storage straight after each edit, so drafts are
 * written after every change here; the pause the pane waits for before writing (300 ms) and
 * the writes on pagehide, on closing and before a build are tested with it restored
 * (test/taskpane/keystroke.test.tsx).
 */
DRAFT_WRITES.delay = 0;
