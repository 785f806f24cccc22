/** Social return in jsdom: the model's results as you type, and the guide's warnings. */
import { render, screen, fireEvent, within } from "@testing-library/react";
import { SocialReturn, SROI_DRAFT_KEY } from "../../../../src/journeys/sroi/pane/SocialReturn";
import { evaluateSroi } from "../../../../src/journeys/sroi/evaluate";
import type { SroiAnalysisCase } from "../../../../src/journeys/sroi/types";

beforeEach(() => localStorage.clear());
const draft = () => JSON.parse(localStorage.getItem(SROI_DRAFT_KEY)!) as SroiAnalysisCase;
/** Opens a step of the journey by its tab. */
const goTo = (step: RegExp) => fireEvent.click(screen.getByRole("tab", { name: step }));

test("shows the model's ratio, NPV and payback for the illustrative example", () => {
  render(<SocialReturn inExcel={false} />);
  goTo(/Results/);
  const r = evaluateSroi(draft());
  const results = screen.getByLabelText("SROI results");
  expect(within(results).getByText(`£${r.ratio!.toFixed(2)} per £1`)).toBeTruthy();
  expect(within(results).getByText(`${r.paybackMonths!.toFixed(1)} months`)).toBeTruthy();
});

test("warns about an outcome with no adjustments and a proxy with no source, until they are fixed", () => {
  render(<SocialReturn inExcel={false} />);
  goTo(/Outcomes/);
  expect(
    screen.getByText(/Volunteers gain confidence and skills: none of deadweight/)
  ).toBeTruthy();
  expect(
    screen.getByText(/Volunteers gain confidence and skills: the financial proxy has no source/)
  ).toBeTruthy();
  const deadweight = screen.getAllByRole("textbox", { name: "Deadweight" })[3];
  fireEvent.change(deadweight, { target: { value: "10" } });
  expect(draft().outcomes[3].deadweight).toBe(0.1);
  expect(
    screen.queryByText(/Volunteers gain confidence and skills: none of deadweight/)
  ).toBeNull();
  fireEvent.change(screen.getAllByRole("textbox", { name: "Source of the proxy" })[3], {
    target: { value: "Our own survey, 2026" },
  });
  expect(screen.queryByText(/Check before you report/)).toBeNull();
});

test("a deadweight typed as 2500% is refused with a message, not rescaled", () => {
  render(<SocialReturn inExcel={false} />);
  goTo(/Outcomes/);
  fireEvent.change(screen.getAllByRole("textbox", { name: "Deadweight" })[0], {
    target: { value: "2500" },
  });
  expect(screen.getByText("Enter at most 100%.")).toBeTruthy();
  expect(draft().outcomes[0].deadweight).toBe(0.25);
});

test("the steps follow the guide: stakeholders, outcomes, inputs, results; Next takes focus to the step", () => {
  render(<SocialReturn inExcel={false} />);
  const tabs = ["1. Stakeholders", "2. Outcomes", "3. Inputs", "4. Results"].map((name) => screen.getByRole("tab", { name }));
  tabs.slice(1).forEach((t, i) => expect(tabs[i].compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy());
  for (const heading of ["Step 2 of 4: Outcomes", "Step 3 of 4: Inputs", "Step 4 of 4: Results"]) {
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(document.activeElement?.textContent).toBe(heading);
  }
  expect(screen.queryByRole("button", { name: "Next" })).toBeNull();
  expect(screen.getByRole("button", { name: "Download the value map (.xlsx)" })).toBeTruthy();
});
