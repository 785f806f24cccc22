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

test("correlations between the option's ranged lines: added in words, checked, removed with their range, sent to the worker", () => {
  const posted: { type: string; job?: { kind: string; case?: BusinessCase } }[] = [];
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
  const option = example.options[0];
  const run = () => screen.getByRole("button", { name: "Run the simulation" });
  const addRange = () => fireEvent.click(screen.getByRole("button", { name: "Add a range" }));
  addRange();
  // One range: nothing to correlate it with.
  expect(screen.queryByRole("button", { name: "Add a correlation" })).toBeNull();
  addRange();
  fireEvent.click(screen.getByRole("button", { name: "Add a correlation" }));
  expect(latest.correlations).toEqual([
    { option: option.id, line: "Savings line 1", withLine: "Savings line 2", correlation: 0.5 },
  ]);
  const first = screen.getByRole("group", { name: "Correlation 1" });
  expect(first.textContent).toContain(`Savings line 1 (${option.name})`);
  expect(first.textContent).toContain(`Savings line 2 (${option.name})`);
  // A value outside −1 to 1 is said so, not taken, and stops the run.
  const rho = () => screen.getAllByRole("textbox", { name: "Rank correlation (−1 to 1)" });
  fireEvent.change(rho()[0], { target: { value: "1.5" } });
  expect(screen.getByText("Enter a rank correlation from −1 to 1.")).toBeTruthy();
  expect(latest.correlations![0].correlation).toBe(0.5);
  expect(run().hasAttribute("disabled")).toBe(true);
  expect((rho()[0] as HTMLInputElement).value).toBe("1.5"); // kept as typed
  // In the list under the correlations too, as a link to the field.
  const where = `Correlation 1 (Savings line 1 with Savings line 2, ${option.name})`;
  fireEvent.click(
    screen.getByRole("button", { name: `${where}: Enter a rank correlation from −1 to 1.` })
  );
  expect(document.activeElement).toBe(rho()[0]);
  fireEvent.change(rho()[0], { target: { value: "-0.9" } });
  expect(screen.queryByText(/Fix these correlations to run the simulation/)).toBeNull();
  expect(run().hasAttribute("disabled")).toBe(false);
  // A third line, correlated with both at 0.9: no three estimates can do that.
  addRange();
  expect(latest.ranges!.map((r) => r.line)).toEqual([
    "Savings line 1",
    "Savings line 2",
    "One-off cost 1",
  ]);
  fireEvent.click(screen.getByRole("button", { name: "Add a correlation" }));
  fireEvent.click(screen.getByRole("button", { name: "Add a correlation" }));
  expect(latest.correlations!.map((k) => [k.line, k.withLine])).toEqual([
    ["Savings line 1", "Savings line 2"],
    ["Savings line 1", "One-off cost 1"],
    ["Savings line 2", "One-off cost 1"],
  ]);
  // Every pair is taken: nothing more to add.
  expect(screen.getByRole("button", { name: "Add a correlation" }).hasAttribute("disabled")).toBe(
    true
  );
  fireEvent.change(rho()[1], { target: { value: "0.9" } });
  fireEvent.change(rho()[2], { target: { value: "0.9" } });
  expect(run().hasAttribute("disabled")).toBe(true);
  expect(
    screen.getByText(
      new RegExp(`The correlations of ${option.name}: these correlations cannot hold together`)
    )
  ).toBeTruthy();
  // On the fields: the two with One-off cost 1, where the matrix first fails, not the first.
  const marked = (n: number) =>
    screen
      .getByRole("group", { name: `Correlation ${n}` })
      .textContent!.includes("This correlation and the others marked cannot hold together");
  expect([1, 2, 3].map(marked)).toEqual([false, true, true]);
  expect((rho()[2] as HTMLInputElement).value).toBe("0.9");
  const third = screen.getByRole("button", {
    name: new RegExp(
      `^Correlation 3 \\(Savings line 2 with One-off cost 1, ${option.name}\\): This correlation and the others marked`
    ),
  });
  fireEvent.click(third);
  expect(document.activeElement).toBe(rho()[2]);
  // Every ranged savings line with each other: the pair of savings lines takes 0.5.
  fireEvent.click(
    screen.getByRole("button", {
      name: "Correlate every ranged savings line with each other (0.5)",
    })
  );
  expect(latest.correlations!.map((k) => k.correlation)).toEqual([0.5, 0.9, 0.9]);
  expect(run().hasAttribute("disabled")).toBe(true); // 0.5, 0.9, 0.9 still cannot hold
  // Removing the one-off cost's range removes the correlations naming it.
  fireEvent.click(screen.getByRole("button", { name: "Remove range 3" }));
  expect(latest.correlations).toEqual([
    { option: option.id, line: "Savings line 1", withLine: "Savings line 2", correlation: 0.5 },
  ]);
  expect(run().hasAttribute("disabled")).toBe(false);
  fireEvent.click(run());
  const job = posted.find((m) => m.type === "run")!.job!;
  expect(job.kind).toBe("case_ranges");
  expect(job.case!.correlations).toEqual(latest.correlations);
  fireEvent.click(screen.getByRole("button", { name: "Remove correlation 1" }));
  expect(latest.correlations).toEqual([]);
});
