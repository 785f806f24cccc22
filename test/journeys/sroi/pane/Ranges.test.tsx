/**
 * The SROI ranges editor in jsdom: a range added in the pane is saved in the draft (and so
 * written to the SroiRanges table), the Monte Carlo switches from the ± share to the ranges
 * (with Latin hypercube on offer), a typed non-number or an impossible range disables Run
 * with a message naming the range, and the worker is sent the analysis's own ranges.
 */
import * as React from "react";
import { render, screen, fireEvent } from "@testing-library/react";
import { SocialReturn, SROI_DRAFT_KEY } from "../../../../src/journeys/sroi/pane/SocialReturn";
import { Uncertainty } from "../../../../src/journeys/sroi/pane/Uncertainty";
import { STARTING_EXAMPLE } from "../../../../src/journeys/sroi/examples";
import type { SroiAnalysisCase } from "../../../../src/journeys/sroi/types";

beforeEach(() => localStorage.clear());
const draft = () => JSON.parse(localStorage.getItem(SROI_DRAFT_KEY)!) as SroiAnalysisCase;
const runButton = () => screen.getByRole("button", { name: "Run the simulation" });
const disabled = (e: HTMLElement) => e.hasAttribute("disabled");

test("a range added in the pane is saved in the draft and replaces the ± share", () => {
  render(<SocialReturn inExcel={false} />);
  fireEvent.click(screen.getByRole("tab", { name: /Results/ }));
  expect(screen.getByRole("textbox", { name: "Uncertainty (± share of each value)" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Add a range" }));
  const saved = draft().ranges!;
  expect(saved).toHaveLength(1);
  const proxy = STARTING_EXAMPLE.outcomes[0].proxy;
  expect(saved[0]).toEqual({
    outcome: 1,
    input: "proxy",
    distribution: "triangular",
    low: Number((proxy * 0.8).toPrecision(6)),
    mode: proxy,
    high: Number((proxy * 1.2).toPrecision(6)),
    sd: null,
  });
  expect(screen.queryByRole("textbox", { name: "Uncertainty (± share of each value)" })).toBeNull();
  expect(screen.getByRole("combobox", { name: "Sampling" })).toBeTruthy();
  fireEvent.change(screen.getByRole("textbox", { name: "High" }), { target: { value: "2500" } });
  expect(draft().ranges![0].high).toBe(2500);
  fireEvent.click(screen.getByRole("button", { name: "Remove range 1" }));
  expect(draft().ranges).toEqual([]);
  expect(screen.getByRole("textbox", { name: "Uncertainty (± share of each value)" })).toBeTruthy();
});

test("a typed non-number or an impossible range disables Run and says which range", () => {
  render(<SocialReturn inExcel={false} />);
  fireEvent.click(screen.getByRole("tab", { name: /Results/ }));
  fireEvent.click(screen.getByRole("button", { name: "Add a range" }));
  expect(disabled(runButton())).toBe(false);
  const low = screen.getByRole("textbox", { name: "Low" });
  const before = draft().ranges![0].low;
  fireEvent.change(low, { target: { value: "abc" } });
  expect((low as HTMLInputElement).value).toBe("abc");
  expect(draft().ranges![0].low).toBe(before);
  expect(disabled(runButton())).toBe(true);
  expect(screen.getByText(/A range holds something that is not a number/)).toBeTruthy();
  fireEvent.change(low, { target: { value: "99999999" } });
  expect(disabled(runButton())).toBe(true);
  expect(
    screen.getByText(/Range 1 \(Financial proxy \(£\), outcome 1\): needs low ≤ mode ≤ high/)
  ).toBeTruthy();
  fireEvent.change(low, { target: { value: "10" } });
  expect(disabled(runButton())).toBe(false);
});

test("the worker is sent the analysis's own ranges with the sampling chosen", async () => {
  const posted: {
    type: string;
    job?: { kind: string; analysis: SroiAnalysisCase; options: unknown };
  }[] = [];
  const worker = () =>
    ({
      onmessage: null,
      postMessage: (m: (typeof posted)[number]) => posted.push(m),
      terminate() {},
    }) as unknown as Worker;
  function Host() {
    const [value, setValue] = React.useState<SroiAnalysisCase>(
      JSON.parse(JSON.stringify(STARTING_EXAMPLE)) as SroiAnalysisCase
    );
    const update = (change: (d: SroiAnalysisCase) => void) =>
      setValue((v) => {
        const d = JSON.parse(JSON.stringify(v)) as SroiAnalysisCase;
        change(d);
        return d;
      });
    return <Uncertainty value={value} update={update} makeWorker={worker} />;
  }
  render(<Host />);
  fireEvent.click(screen.getByRole("button", { name: "Add a range" }));
  fireEvent.click(screen.getByRole("button", { name: "Add a range" }));
  fireEvent.click(screen.getByRole("button", { name: "Add a correlation" }));
  fireEvent.click(screen.getByRole("combobox", { name: "Sampling" }));
  fireEvent.click(await screen.findByRole("option", { name: "Latin hypercube" }));
  fireEvent.click(runButton());
  const run = posted.find((m) => m.type === "run")!;
  expect(run.job!.kind).toBe("sroi_case_ranges");
  expect(run.job!.analysis.ranges).toHaveLength(2);
  expect(run.job!.analysis.correlations).toEqual([{ first: 1, second: 2, correlation: 0.5 }]);
  expect(run.job!.options).toEqual({ iterations: 10000, seed: 1, sampling: "lhs" });
});
