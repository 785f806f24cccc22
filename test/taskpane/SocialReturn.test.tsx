/** Social return in jsdom: the model's results as you type, and the guide's warnings. */
import { render, screen, fireEvent, within } from "@testing-library/react";
import { SocialReturn, SROI_DRAFT_KEY } from "../../src/taskpane/sroi/SocialReturn";
import { evaluateSroi } from "../../src/sroi/evaluate";
import type { SroiAnalysisCase } from "../../src/sroi/types";

beforeEach(() => localStorage.clear());
const draft = () => JSON.parse(localStorage.getItem(SROI_DRAFT_KEY)!) as SroiAnalysisCase;

test("shows the model's ratio, NPV and payback for the illustrative example", () => {
  render(<SocialReturn inExcel={false} />);
  const r = evaluateSroi(draft());
  const results = screen.getByLabelText("SROI results");
  expect(within(results).getByText(`£${r.ratio!.toFixed(2)} per £1`)).toBeTruthy();
  expect(within(results).getByText(`${r.paybackMonths!.toFixed(1)} months`)).toBeTruthy();
});

test("warns about an outcome with no adjustments and a proxy with no source, until they are fixed", () => {
  render(<SocialReturn inExcel={false} />);
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
  fireEvent.change(screen.getAllByRole("textbox", { name: "Deadweight" })[0], {
    target: { value: "2500" },
  });
  expect(screen.getByText("Enter at most 100%.")).toBeTruthy();
  expect(draft().outcomes[0].deadweight).toBe(0.25);
});
