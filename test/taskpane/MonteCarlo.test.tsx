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
