/**
 * PCBA.SROI_SIMULATE as Excel calls it: asynchronous (a Promise), cancelable through the
 * CancelableInvocation Excel passes last, and the same answer as the model for a seed.
 */
import * as F from "../../src/functions/functions";
import { flatSchedule } from "../../src/model/discounting";
import { outcomeTable } from "../../src/model/sroi";
import { sroiSimulate } from "../../src/model/uncertainty";
import { col } from "../support/excel";

const args = [10000, col(10, 4), col(1000, 2500), col(2, 3), col(0, 0.2), null, col(0, 0.1), col(0.1, 0.2), 0.035, null] as const;
const analysis = {
  outcomes: outcomeTable([
    { quantity: 10, proxy: 1000, duration: 2, dropOff: 0.1 },
    { quantity: 4, proxy: 2500, duration: 3, deadweight: 0.2, attribution: 0.1, dropOff: 0.2 },
  ]),
  inputs: 10000,
  discount: flatSchedule(0.035),
};
const simulate = F.sroiSimulateFn as (...a: unknown[]) => Promise<unknown[][]>;

test("returns a promise of the model's percentiles for the seed", async () => {
  const pending = simulate(...args, 0.25, 30000, 8, { onCanceled: undefined });
  expect(pending).toBeInstanceOf(Promise);
  const m = sroiSimulate(analysis, { uncertainty: 0.25, iterations: 30000, seed: 8 });
  expect(await pending).toEqual([
    ["P5", "P50", "P95", "P(ratio>1)"],
    [m.p5, m.p50, m.p95, m.probabilityAboveOne],
  ]);
});

test("Excel's cancellation stops it: the promise rejects (Excel discards the result)", async () => {
  const invocation: { onCanceled?: () => void } = {};
  const pending = simulate(...args, 0.25, 1000000, 8, invocation);
  expect(typeof invocation.onCanceled).toBe("function");
  invocation.onCanceled!();
  await expect(pending).rejects.toMatchObject({ code: "#N/A", message: expect.stringMatching(/cancelled/) });
});

test("bad arguments reject with #VALUE! naming the argument; no invocation is needed", async () => {
  await expect(simulate(...args, 0.25, 0, 8)).rejects.toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/iterations/) });
  await expect(simulate(...args, 3, 100, 8, null)).rejects.toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/uncertainty/) });
});
