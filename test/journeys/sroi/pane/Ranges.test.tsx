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
import { withThreeRanges } from "../../../support/sroi-ranges";

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
  expect(
    screen.getByText(/A range or correlation holds something the simulation cannot use/)
  ).toBeTruthy();
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

test("a correlation outside −1 to 1, or one that cannot hold with those above it, is said on its field and in the list, kept as typed, and stops Run", () => {
  let latest: SroiAnalysisCase = STARTING_EXAMPLE;
  const start = withThreeRanges([
    { first: 1, second: 2, correlation: 0.9 },
    { first: 2, second: 3, correlation: 0.9 },
    { first: 1, second: 3, correlation: 0.7 }, // 0.62 to 1 can hold with the two 0.9s
  ]);
  function Host() {
    const [value, setValue] = React.useState<SroiAnalysisCase>(start);
    latest = value;
    const update = (change: (d: SroiAnalysisCase) => void) =>
      setValue((v) => {
        const d = JSON.parse(JSON.stringify(v)) as SroiAnalysisCase;
        change(d);
        return d;
      });
    return <Uncertainty value={value} update={update} />;
  }
  render(<Host />);
  const rho = () =>
    screen.getAllByRole("textbox", { name: "Rank correlation (−1 to 1)" }) as HTMLInputElement[];
  const list = () => screen.queryByText(/Fix these correlations to run the simulation/);
  expect(disabled(runButton())).toBe(false);
  expect(list()).toBeNull();

  // Out of range: said on the field, kept as typed, not taken, listed as a link, Run disabled.
  fireEvent.change(rho()[0], { target: { value: "1.5" } });
  expect(rho()[0].value).toBe("1.5");
  expect(latest.correlations![0].correlation).toBe(0.9);
  const group = screen.getByRole("group", { name: "Correlation 1" });
  expect(group.textContent).toContain("Enter a rank correlation from −1 to 1.");
  expect(disabled(runButton())).toBe(true);
  expect(list()).toBeTruthy();
  const link = screen.getByRole("button", {
    name: "Correlation 1 (Range 1 with Range 2): Enter a rank correlation from −1 to 1.",
  });
  fireEvent.click(link);
  expect(document.activeElement).toBe(rho()[0]);
  fireEvent.change(rho()[0], { target: { value: "0.9" } });
  expect(disabled(runButton())).toBe(false);
  expect(list()).toBeNull();

  // 0.9, 0.9 and −0.9 cannot hold together: the two on Range 3 (where the matrix first
  // fails) are marked; the draft holds what was typed (each value is a correlation), and Run
  // stays disabled until one is weakened.
  fireEvent.change(rho()[2], { target: { value: "-0.9" } });
  expect(rho()[2].value).toBe("-0.9");
  expect(latest.correlations![2].correlation).toBe(-0.9);
  expect(screen.getByRole("group", { name: "Correlation 3" }).textContent).toContain(
    "This correlation and the others marked cannot hold together"
  );
  expect(screen.getByRole("group", { name: "Correlation 2" }).textContent).toContain(
    "cannot hold together"
  );
  expect(screen.getByRole("group", { name: "Correlation 1" }).textContent).not.toContain(
    "cannot hold"
  );
  expect(
    screen.getByRole("button", {
      name: /^Correlation 2 \(Range 2 with Range 3\): This correlation/,
    })
  ).toBeTruthy();
  const psd = screen.getByRole("button", {
    name: /^Correlation 3 \(Range 1 with Range 3\): This correlation and the others marked cannot hold together/,
  });
  fireEvent.click(psd);
  expect(document.activeElement).toBe(rho()[2]);
  expect(disabled(runButton())).toBe(true);
  fireEvent.change(rho()[2], { target: { value: "0.8" } });
  expect(disabled(runButton())).toBe(false);
  expect(list()).toBeNull();
});
