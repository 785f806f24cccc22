/**
 * "Run until converged" in the panes that gained it (issue 15): the SROI ratio by the ±
 * share, and a business case option's NPV by the ± share and with the case's ranges. The
 * tolerance typed is sent with the job, in the result's unit (£ per £1, £).
 */
import * as React from "react";
import { render, screen, fireEvent } from "@testing-library/react";
import { Uncertainty } from "../../src/journeys/sroi/pane/Uncertainty";
import { CaseSensitivity } from "../../src/journeys/business-case/pane/CaseSensitivity";
import { EXAMPLES as SROI_EXAMPLES } from "../../src/journeys/sroi/examples";
import { EXAMPLES as CASE_EXAMPLES } from "../../src/journeys/business-case/examples";
import type { BusinessCase } from "../../src/journeys/business-case/types";

type Posted = { type: string; job?: { kind: string; options?: { tolerance?: number } } };
const recording = (posted: Posted[]) => () =>
  ({
    onmessage: null,
    postMessage: (m: Posted) => posted.push(m),
    terminate() {},
  }) as unknown as Worker;
const tolerance = () => screen.getByRole("textbox", { name: /Run until converged/ });
const run = () => screen.getByRole("button", { name: "Run the simulation" });

test("SROI without ranges: the ± share run takes a tolerance in £ per £1 and sends it", () => {
  const posted: Posted[] = [];
  const value = { ...SROI_EXAMPLES[0].analysis, ranges: [] };
  render(<Uncertainty value={value} makeWorker={recording(posted)} />);
  expect(screen.getByText("£ per £1")).toBeTruthy();
  fireEvent.change(tolerance(), { target: { value: "0.005" } });
  fireEvent.click(run());
  const job = posted.find((m) => m.type === "run")!.job!;
  expect(job.kind).toBe("sroi");
  expect(job.options!.tolerance).toBe(0.005);
});

test("business case: the ± share run sends the tolerance in £ (typed with £ and separators)", () => {
  const posted: Posted[] = [];
  function Host() {
    const [value, setValue] = React.useState<BusinessCase>(
      JSON.parse(JSON.stringify(CASE_EXAMPLES[0].case)) as BusinessCase
    );
    const update = (change: (d: BusinessCase) => void) =>
      setValue((v) => {
        const d = JSON.parse(JSON.stringify(v)) as BusinessCase;
        change(d);
        return d;
      });
    return <CaseSensitivity value={value} update={update} makeWorker={recording(posted)} />;
  }
  render(<Host />);
  fireEvent.change(tolerance(), { target: { value: "£2,500" } });
  fireEvent.click(run());
  const shared = posted.filter((m) => m.type === "run").at(-1)!.job!;
  expect(shared.kind).toBe("case");
  expect(shared.options!.tolerance).toBe(2500);
});

test("business case with ranges: the range job carries the tolerance", () => {
  const posted: Posted[] = [];
  const example = CASE_EXAMPLES[0].case as BusinessCase;
  const o = example.options[0];
  const value: BusinessCase = {
    ...example,
    ranges: [
      {
        option: o.id,
        line: "Savings line 1",
        distribution: "triangular",
        low: o.savings[0].fullAnnual * 0.5,
        mode: o.savings[0].fullAnnual,
        high: o.savings[0].fullAnnual * 1.5,
        sd: null,
      },
    ],
  };
  render(<CaseSensitivity value={value} makeWorker={recording(posted)} />);
  fireEvent.change(tolerance(), { target: { value: "1000" } });
  fireEvent.click(run());
  const job = posted.filter((m) => m.type === "run").at(-1)!.job!;
  expect(job.kind).toBe("case_ranges");
  expect(job.options).toEqual({ iterations: 10000, seed: 1, sampling: "random", tolerance: 1000 });
});
