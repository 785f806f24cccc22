/**
 * The Monte Carlo panel with a stand-in worker: the results sheet records the settings the
 * run used, not what the fields say after it; a change to the analysis hides old results.
 */
import { render, screen, fireEvent } from "@testing-library/react";
import { MonteCarlo } from "../../src/taskpane/components/MonteCarlo";
import { SROI_RATIO } from "../../src/journeys/sroi/measures";
import type { WorkbookPlan } from "../../src/workbook/types";
import type { SimulationOptions } from "../../src/model/uncertainty";

const downloaded: WorkbookPlan[] = [];
jest.mock("../../src/taskpane/download", () => ({
  downloadPlan: (plan: WorkbookPlan) => {
    downloaded.push(plan);
    return Promise.resolve();
  },
}));

/** A worker that answers a run at once with a fixed result. */
function fakeWorker() {
  const w = {
    onmessage: null as ((e: { data: unknown }) => void) | null,
    postMessage(m: { type: string }) {
      if (m.type !== "run") return;
      const summary = { p5: 1, p50: 2, p95: 3, probabilityAboveOne: 0.9, iterations: 10 };
      setTimeout(
        () =>
          w.onmessage?.({
            data: { type: "done", result: { summary, histogram: [{ from: 1, to: 3, count: 10 }] } },
          }),
        0
      );
    },
    terminate() {},
  };
  return w as unknown as Worker;
}

const props = (job: (o: SimulationOptions) => never) => ({
  job,
  measure: SROI_RATIO,
  title: "T",
  format: (x: number) => x.toFixed(2),
  fileName: "sim.xlsx",
  makeWorker: fakeWorker,
});

test("the results sheet records the seed and iterations of the run, not of the fields since", async () => {
  const job = (options: SimulationOptions) => ({ kind: "sroi", options }) as never;
  render(<MonteCarlo {...props(job)} />);
  fireEvent.change(screen.getByRole("textbox", { name: "Seed" }), { target: { value: "7" } });
  fireEvent.click(screen.getByRole("button", { name: "Run the simulation" }));
  await screen.findByLabelText("Simulation results");
  fireEvent.change(screen.getByRole("textbox", { name: "Seed" }), { target: { value: "99" } });
  fireEvent.change(screen.getByRole("textbox", { name: "Iterations" }), { target: { value: "5" } });
  fireEvent.click(
    screen.getByRole("button", { name: "Download the results with a histogram (.xlsx)" })
  );
  await screen.findByText("Downloaded as sim.xlsx.");
  const cells = downloaded[0].sheets[0].cells;
  expect(cells.find((c) => c.ref === "B6")!.value).toBe(7);
  expect(cells.find((c) => c.ref === "B5")!.value).toBe(10000);
});

test("a changed analysis hides the results of the old one", async () => {
  const first = (options: SimulationOptions) => ({ kind: "sroi", options }) as never;
  const { rerender } = render(<MonteCarlo {...props(first)} />);
  fireEvent.click(screen.getByRole("button", { name: "Run the simulation" }));
  await screen.findByLabelText("Simulation results");
  const second = (options: SimulationOptions) => ({ kind: "sroi", options }) as never;
  rerender(<MonteCarlo {...props(second)} />);
  expect(screen.queryByLabelText("Simulation results")).toBeNull();
});

/** A worker that records what it is sent and answers each run, with its id, at once. */
function recordingWorker() {
  const made: { posted: { type: string; id?: number; job?: unknown }[] }[] = [];
  const factory = () => {
    const w = {
      posted: [] as { type: string; id?: number; job?: unknown }[],
      onmessage: null as ((e: { data: unknown }) => void) | null,
      postMessage(m: { type: string; id?: number; job?: unknown }) {
        w.posted.push(m);
        if (m.type !== "run") return;
        const summary = { p5: 1, p50: 2, p95: 3, probabilityAboveOne: 0.9, iterations: 10 };
        setTimeout(() => {
          w.onmessage?.({ data: { type: "progress", id: m.id, done: 5, total: 10 } });
          w.onmessage?.({
            data: {
              type: "done",
              id: m.id,
              result: { summary, histogram: [{ from: 1, to: 3, count: 10 }], mean: 2.1 },
            },
          });
        }, 0);
      },
      terminate() {},
    };
    made.push(w);
    return w as unknown as Worker;
  };
  return { made, factory };
}

test("Run is disabled while a setting is invalid; the field keeps what was typed and says why", () => {
  const job = (options: SimulationOptions) => ({ kind: "sroi", options }) as never;
  render(<MonteCarlo {...props(job)} />);
  const run = screen.getByRole("button", { name: "Run the simulation" });
  const iterations = screen.getByRole("textbox", { name: "Iterations" });
  fireEvent.change(iterations, { target: { value: "abc" } });
  expect(run.hasAttribute("disabled")).toBe(true);
  expect((iterations as HTMLInputElement).value).toBe("abc");
  expect(screen.getByText("Enter a number.")).toBeTruthy();
  fireEvent.change(iterations, { target: { value: "2000000" } });
  expect(screen.getByText("Enter at most 1,000,000.")).toBeTruthy();
  expect(run.hasAttribute("disabled")).toBe(true);
  fireEvent.change(iterations, { target: { value: "5000" } });
  expect(run.hasAttribute("disabled")).toBe(false);
  fireEvent.change(screen.getByRole("textbox", { name: "Uncertainty (± share of each value)" }), {
    target: { value: "150" },
  });
  expect(run.hasAttribute("disabled")).toBe(true);
});

test("one worker serves every run; results say which run they came from and explain the percentiles", async () => {
  const { made, factory } = recordingWorker();
  const job = (options: SimulationOptions) => ({ kind: "sroi", options }) as never;
  render(<MonteCarlo {...props(job)} makeWorker={factory} />);
  fireEvent.change(screen.getByRole("textbox", { name: "Seed" }), { target: { value: "7" } });
  fireEvent.click(screen.getByRole("button", { name: "Run the simulation" }));
  await screen.findByLabelText("Simulation results");
  expect(screen.getByText("From the run of 10 iterations, seed 7, every input ±20%.")).toBeTruthy();
  expect(screen.getByText(/5% of iterations gave less than P5/)).toBeTruthy();
  expect(screen.getByText("Mean ratio")).toBeTruthy();
  fireEvent.change(screen.getByRole("textbox", { name: "Seed" }), { target: { value: "8" } });
  fireEvent.click(screen.getByRole("button", { name: "Run the simulation" }));
  await screen.findByText("From the run of 10 iterations, seed 8, every input ±20%.");
  expect(made).toHaveLength(1);
  expect(made[0].posted.filter((m) => m.type === "run").map((m) => m.id)).toEqual([1, 2]);
});

test("messages of an earlier run are ignored once a new run has started", async () => {
  const { made, factory } = recordingWorker();
  const job = (options: SimulationOptions) => ({ kind: "sroi", options }) as never;
  render(<MonteCarlo {...props(job)} makeWorker={factory} />);
  fireEvent.click(screen.getByRole("button", { name: "Run the simulation" }));
  await screen.findByLabelText("Simulation results");
  fireEvent.click(screen.getByRole("button", { name: "Run the simulation" }));
  // A late error from run 1 must not end run 2.
  const w = made[0] as unknown as { onmessage: (e: { data: unknown }) => void };
  w.onmessage({ data: { type: "error", id: 1, message: "late" } });
  expect(screen.queryByText(/The simulation failed/)).toBeNull();
  await screen.findByLabelText("Simulation results");
});

test("run until converged: invalid tolerance text disables Run and says why; the job gets the tolerance; results say whether it converged", async () => {
  const jobs: { options: { tolerance?: number } }[] = [];
  const job = (options: SimulationOptions) => {
    const j = { kind: "sroi", options };
    jobs.push(j as unknown as { options: { tolerance?: number } });
    return j as never;
  };
  const converging = () => {
    const w = fakeWorker() as unknown as {
      onmessage: ((e: { data: unknown }) => void) | null;
      postMessage(m: { type: string }): void;
    };
    w.postMessage = (m) => {
      if (m.type !== "run") return;
      const summary = {
        p5: 1,
        p50: 2,
        p95: 3,
        mean: 2,
        iterations: 4200,
        converged: true,
        standardErrorMean: 0.0123,
        standardErrorP50: 0.00456,
      };
      setTimeout(
        () =>
          w.onmessage?.({
            data: {
              type: "done",
              result: { summary, histogram: [{ from: 1, to: 3, count: 4200 }] },
            },
          }),
        0
      );
    };
    return w as unknown as Worker;
  };
  render(
    <MonteCarlo
      {...props(job)}
      ranges={2}
      convergence={{ unit: "£ per £1" }}
      makeWorker={converging}
    />
  );
  const run = screen.getByRole("button", { name: "Run the simulation" });
  const field = screen.getByRole("textbox", { name: /Run until converged/ });
  fireEvent.change(field, { target: { value: "abc" } });
  expect(run.hasAttribute("disabled")).toBe(true);
  expect(
    screen.getByText("Enter a number, or leave it blank to run every iteration.")
  ).toBeTruthy();
  fireEvent.change(field, { target: { value: "0" } });
  expect(
    screen.getByText("Enter more than 0, or leave it blank to run every iteration.")
  ).toBeTruthy();
  fireEvent.change(field, { target: { value: "0.01" } });
  expect(run.hasAttribute("disabled")).toBe(false);
  fireEvent.click(run);
  expect(
    await screen.findByText(
      "Converged after 4,200 iterations: standard error of the mean 0.0123, of the P50 0.00456."
    )
  ).toBeTruthy();
  expect(jobs.at(-1)!.options.tolerance).toBe(0.01);
});

test("without the convergence option there is no tolerance field", () => {
  const job = (options: SimulationOptions) => ({ kind: "sroi", options }) as never;
  render(<MonteCarlo {...props(job)} />);
  expect(screen.queryByRole("textbox", { name: /Run until converged/ })).toBeNull();
});

test("a run with correlations says each one asked and reached, and the sheet lists them with the gap as a formula", async () => {
  const correlations = [
    {
      input: "Range 1 (Quantity)",
      withInput: "Range 2 (Drop-off)",
      target: -0.4,
      achieved: -0.3871,
    },
  ];
  const worker = () => {
    const w = {
      onmessage: null as ((e: { data: unknown }) => void) | null,
      postMessage(m: { type: string; id?: number }) {
        if (m.type !== "run") return;
        const summary = { p5: 1, p50: 2, p95: 3, probabilityAboveOne: 0.9, iterations: 10 };
        setTimeout(() =>
          w.onmessage?.({
            data: {
              type: "done",
              id: m.id,
              result: { summary, histogram: [{ from: 1, to: 3, count: 10 }], correlations },
            },
          })
        );
      },
      terminate() {},
    };
    return w as unknown as Worker;
  };
  const job = (options: SimulationOptions) => ({ kind: "sroi", options }) as never;
  render(<MonteCarlo {...props(job)} makeWorker={worker} />);
  fireEvent.click(screen.getByRole("button", { name: "Run the simulation" }));
  const shown = await screen.findByLabelText("Correlations used");
  expect(shown.textContent).toBe(
    "Correlations used (asked, then reached over the run): Range 1 (Quantity) with Range 2 (Drop-off): −0.40, −0.387."
  );
  fireEvent.click(
    screen.getByRole("button", { name: "Download the results with a histogram (.xlsx)" })
  );
  await screen.findByText("Downloaded as sim.xlsx.");
  const sheet = downloaded[downloaded.length - 1].sheets[0];
  const table = sheet.tables.find((t) => t.name.endsWith("Correlations"))!;
  expect(table.columns.map((c) => c.name)).toEqual([
    "Inputs correlated",
    "Rank correlation asked",
    "Rank correlation reached",
  ]);
  expect(table.rows).toEqual([["Range 1 (Quantity) with Range 2 (Drop-off)", -0.4, -0.3871]]);
  const row = Number(table.ref.slice(1)) + 1;
  const gap = sheet.cells.find((c) => c.ref === `D${row}`)!;
  expect(gap.formula).toBe(`C${row}-B${row}`);
  expect(gap.cached).toBeCloseTo(0.0129, 12);
});
