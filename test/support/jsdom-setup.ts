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
