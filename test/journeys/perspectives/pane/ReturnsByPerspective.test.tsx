/** Returns by perspective in jsdom: the example's 4.44 and 3.87, quality of life on request, the discount rate. */
import { render, screen, fireEvent, within } from "@testing-library/react";
import {
  ReturnsByPerspective,
  PERSPECTIVES_DRAFT_KEY,
} from "../../../../src/journeys/perspectives/pane/ReturnsByPerspective";

beforeEach(() => localStorage.clear());
const goTo = (step: RegExp) => fireEvent.click(screen.getByRole("tab", { name: step }));
const draft = () => JSON.parse(localStorage.getItem(PERSPECTIVES_DRAFT_KEY)!);
const row = (name: string) =>
  within(screen.getByRole("table", { name: "Returns by perspective" })).getByText(name).closest("tr")!;

test("government 4.44 and societal 3.87; counting quality of life raises the societal return", () => {
  render(<ReturnsByPerspective inExcel={false} />);
  goTo(/Who pays, who benefits/);
  expect(within(row("government")).getByText("4.44")).toBeTruthy();
  expect(within(row("societal")).getByText("3.87")).toBeTruthy();
  goTo(/Settings/);
  fireEvent.click(
    screen.getByRole("checkbox", { name: "Count quality of life in the societal return" })
  );
  expect(draft().includeQol).toBe(true);
  goTo(/Who pays, who benefits/);
  expect(within(row("societal")).queryByText("3.87")).toBeNull();
  expect(within(row("government")).getByText("4.44")).toBeTruthy();
});

test("the discount rate is the user's: a one-year flow's return does not depend on it, a longer one's does", () => {
  render(<ReturnsByPerspective inExcel={false} />);
  expect(draft().discount).toBe(0.035);
  fireEvent.change(screen.getByRole("textbox", { name: "Discount rate" }), { target: { value: "10" } });
  expect(draft().discount).toBe(0.1);
  goTo(/Who pays, who benefits/);
  // The example's flows all fall in year 1, so the ratio is unchanged by the rate.
  expect(within(row("government")).getByText("4.44")).toBeTruthy();
});

test("the steps: settings, flows, who pays and who benefits", () => {
  render(<ReturnsByPerspective inExcel={false} />);
  for (const heading of ["Step 2 of 3: Flows", "Step 3 of 3: Who pays, who benefits"]) {
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(document.activeElement?.textContent).toBe(heading);
  }
  expect(screen.getByRole("button", { name: "Download the workbook (.xlsx)" })).toBeTruthy();
});
