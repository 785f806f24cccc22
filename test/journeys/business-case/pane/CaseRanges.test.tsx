/**
 * The business case's ranges editor in jsdom: a range added for the simulated option is
 * saved in the case, the run becomes a range run (Latin hypercube on offer), a typed
 * non-number or an impossible range disables Run, and the worker is sent the case's ranges.
 */
import * as React from "react";
import { render, screen, fireEvent } from "@testing-library/react";
import { CaseSensitivity } from "../../../../src/journeys/business-case/pane/CaseSensitivity";
import { EXAMPLES } from "../../../../src/journeys/business-case/examples";
import type { BusinessCase } from "../../../../src/journeys/business-case/types";

const example = EXAMPLES[0].case as BusinessCase;

test("a range added for the option is saved, blocks Run while invalid, and is what the worker runs", () => {
  const posted: { type: string; job?: { kind: string; case?: BusinessCase; options?: unknown } }[] =
    [];
  const worker = () =>
    ({
      onmessage: null,
      postMessage: (m: (typeof posted)[number]) => posted.push(m),
      terminate() {},
    }) as unknown as Worker;
  let latest: BusinessCase = example;
  function Host() {
    const [value, setValue] = React.useState<BusinessCase>(
      JSON.parse(JSON.stringify(example)) as BusinessCase
    );
    latest = value;
    const update = (change: (d: BusinessCase) => void) =>
      setValue((v) => {
        const d = JSON.parse(JSON.stringify(v)) as BusinessCase;
        change(d);
        return d;
      });
    return <CaseSensitivity value={value} update={update} makeWorker={worker} />;
  }
  render(<Host />);
  const run = () => screen.getByRole("button", { name: "Run the simulation" });
  expect(screen.getByRole("textbox", { name: "Uncertainty (± share of each value)" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Add a range" }));
  expect(latest.ranges).toHaveLength(1);
  expect(latest.ranges![0]).toMatchObject({
    option: example.options[0].id,
    line: "Savings line 1",
    distribution: "triangular",
    mode: example.options[0].savings[0].fullAnnual,
  });
  expect(screen.queryByRole("textbox", { name: "Uncertainty (± share of each value)" })).toBeNull();
  const low = screen.getByRole("textbox", { name: "Low" });
  fireEvent.change(low, { target: { value: "abc" } });
  expect(run().hasAttribute("disabled")).toBe(true);
  fireEvent.change(low, { target: { value: "999999999999" } });
  expect(run().hasAttribute("disabled")).toBe(true);
  expect(screen.getByText(/Range 1 \(Savings line 1\): needs low ≤ mode ≤ high/)).toBeTruthy();
  fireEvent.change(low, { target: { value: "1000" } });
  expect(run().hasAttribute("disabled")).toBe(false);
  fireEvent.click(run());
  const job = posted.find((m) => m.type === "run")!.job!;
  expect(job.kind).toBe("case_ranges");
  expect(job.case!.ranges![0].low).toBe(1000);
  expect(job.options).toEqual({ iterations: 10000, seed: 1, sampling: "random" });
});
