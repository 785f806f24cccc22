/**
 * Benefits realisation in jsdom: the example's NPV then and now and its statuses as the model
 * computes them; an actual typed (and cleared: blank = not yet known) with its evidence; an
 * unplanned line added; starting from an example case, from a file and, in Excel, from the
 * business case built in the workbook (through a recording fake of Excel); the four steps.
 */
import * as fs from "fs";
import * as path from "path";
import { fireEvent, render, screen, within } from "@testing-library/react";
import {
  RealisationReview,
  REALISATION_DRAFT_KEY,
} from "../../../../src/journeys/realisation/pane/RealisationReview";
import { evaluateRealisation } from "../../../../src/journeys/realisation/evaluate";
import realisation from "../../../../src/journeys/realisation";
import type { Realisation } from "../../../../src/journeys/realisation/types";
import { realisationPlan } from "../../../../src/journeys/realisation/workbook";
import { businessCasePlan } from "../../../../src/journeys/business-case/workbook";
import { parseCase } from "../../../../src/journeys/business-case/validate";
import { money } from "../../../../src/journeys/common";
import { installExcelEnums } from "../../../support/office-recorder";
import { readingHost, workbookHolding } from "../../../support/workbook-holding";
import { WorkbookHostProvider } from "../../../../src/taskpane/workbook-host";

installExcelEnums();
const load = (f: string) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../../../examples", f), "utf8"));
const example = realisation.parse(load("realisation-two-associations.json")) as Realisation;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
const draft = () => JSON.parse(localStorage.getItem(REALISATION_DRAFT_KEY)!) as Realisation;
const goTo = (step: RegExp) => fireEvent.click(screen.getByRole("tab", { name: step }));
/** A line's own field, in its group ("One procurement function"), by its label. */
const lineBox = (group: string | RegExp, label: string) =>
  within(screen.getByRole("group", { name: group })).getByRole("textbox", { name: label });
const choose = (option: RegExp) => {
  fireEvent.click(screen.getByRole("combobox", { name: "Start from" }));
  fireEvent.click(screen.getByRole("option", { name: option }));
};

test("the example: NPV and payback as approved and now, and each line's status, as the model's", () => {
  render(<RealisationReview inExcel={false} />);
  goTo(/Review/);
  const e = evaluateRealisation(example);
  const npv = within(screen.getByRole("table", { name: /NPV and payback/ }))
    .getByText("NPV")
    .closest("tr")!;
  expect(within(npv).getByText(money(e.approved.npv))).toBeTruthy();
  expect(within(npv).getByText(money(e.outturn.npv))).toBeTruthy();
  const byLine = screen.getByRole("table", { name: "Planned against actual to date, by line" });
  const row = within(byLine).getByText("One board").closest("tr")!;
  expect(within(row).getByText("Amber")).toBeTruthy();
  const unplanned = within(byLine)
    .getByText(/Pay harmonisation/)
    .closest("tr")!;
  expect(within(unplanned).getByText("Not rated")).toBeTruthy();
});

test("an actual typed with its evidence is a figure; cleared, the year is not yet known again", () => {
  render(<RealisationReview inExcel={false} />);
  goTo(/Actuals by year/);
  const amount = lineBox("One procurement function", "Actual for year 0");
  fireEvent.change(amount, { target: { value: "20,000" } });
  fireEvent.change(lineBox("One procurement function", "Evidence for year 0"), {
    target: { value: "Savings register" },
  });
  expect(draft().actuals[0].figures[0]).toEqual({
    year: 0,
    amount: 20000,
    evidence: "Savings register",
  });
  fireEvent.change(amount, { target: { value: "" } });
  expect(draft().actuals[0].figures[0]).toEqual({
    year: 0,
    amount: null,
    evidence: "Savings register",
  });
  fireEvent.change(lineBox("One procurement function", "Evidence for year 0"), {
    target: { value: "" },
  });
  expect(draft().actuals[0].figures).toEqual(example.actuals[0].figures);
});

test("an actual with no evidence blocks the review and names the figure", () => {
  render(<RealisationReview inExcel={false} />);
  goTo(/Actuals by year/);
  fireEvent.change(lineBox("One procurement function", "Actual for year 0"), {
    target: { value: "5" },
  });
  goTo(/Review/);
  expect(screen.getByText(/Fix these first/)).toBeTruthy();
  // Was the validator's path (/actuals/0/figures/0/evidence), then "Step 2 · Line 1" by the
  // draft's list order: now the line's name and the figure's year, as its fields say.
  expect(
    screen.getByText("Step 2 · Line 'One procurement function': enter the evidence for year 0")
  ).toBeTruthy();
});

test("an unplanned saving added needs a description, then counts under its source", () => {
  render(<RealisationReview inExcel={false} />);
  goTo(/Actuals by year/);
  fireEvent.click(
    screen.getByRole("button", { name: "Add a line the business case did not plan" })
  );
  expect(draft().unplanned).toHaveLength(3);
  fireEvent.change(lineBox(/^Unplanned line 3/, "Description"), {
    target: { value: "Shared fleet" },
  });
  fireEvent.change(lineBox(/^Unplanned line 3/, "Actual for year 3"), {
    target: { value: "40000" },
  });
  fireEvent.change(lineBox(/^Unplanned line 3/, "Evidence for year 3"), {
    target: { value: "Fleet invoices" },
  });
  goTo(/Review/);
  const bySource = screen.getByRole("table", { name: "Savings to date, by source and in total" });
  const other = within(bySource).getByText("Other").closest("tr")!;
  const cells = within(other)
    .getAllByRole("cell")
    .map((x) => x.textContent);
  expect(cells.slice(1, 4)).toEqual(["£0", "£40,000", "£40,000"]);
  expect(cells[5]).toBe("Not rated");
});

test("starting from an example business case lists its first option's lines with no figures", () => {
  render(<RealisationReview inExcel={false} />);
  choose(/Example case: Two associations/);
  const d = draft();
  const c = parseCase(load("two-associations-merger.json"));
  expect(d.businessCase).toEqual(c);
  expect(d.optionId).toBe(c.options[0].id);
  expect(d.asAtYear).toBe(0);
  expect(d.actuals.every((a) => a.figures.length === 0)).toBe(true);
  expect(d.thresholds.assumption).toBe(true);
  goTo(/Review/);
  expect(
    within(screen.getByRole("table", { name: /All savings|by source/ })).getAllByText("No actuals")
      .length
  ).toBeGreaterThan(0);
});

test("opening a business case file starts a review of it; a file that is neither is an error", async () => {
  render(<RealisationReview inExcel={false} />);
  const input = screen.getByLabelText(/Or open a business case or review file/) as HTMLInputElement;
  const c = load("merger-loan-repricing.json");
  fireEvent.change(input, {
    target: { files: [new File([JSON.stringify(c)], "loans.json", { type: "application/json" })] },
  });
  await screen.findByText("Opened loans.json.");
  expect(draft().businessCase.title).toBe(c.title);
  fireEvent.change(input, { target: { files: [new File(["{}"], "x.json")] } });
  await screen.findByText(/The business case is not valid/);
  expect(draft().businessCase.title).toBe(c.title);
});

test("in Excel: starts from the business case built in this workbook", async () => {
  const c = parseCase(load("shared-back-office-vat.json"));
  const plan = businessCasePlan(c);
  const rec = workbookHolding(plan);
  render(
    <WorkbookHostProvider value={readingHost(() => rec)}>
      <RealisationReview inExcel={true} />
    </WorkbookHostProvider>
  );
  choose(/The business case built in this workbook/);
  await screen.findByText("Started from the business case built in this workbook.");
  expect(draft().businessCase).toEqual(c);
  goTo(/Build/);
  expect(screen.getByRole("button", { name: "Build the workbook" })).toBeTruthy();
});

test("choosing another option lists its lines and keeps the year and bands", () => {
  render(<RealisationReview inExcel={false} />);
  fireEvent.click(screen.getByRole("combobox", { name: "Option the partnership went ahead with" }));
  fireEvent.click(screen.getByRole("option", { name: "Group structure" }));
  const d = draft();
  expect(d.optionId).toBe("group");
  expect(d.asAtYear).toBe(example.asAtYear);
  expect(d.actuals.every((a) => a.figures.length === 0)).toBe(true);
});

test("the steps: business case, actuals, review, build", () => {
  render(<RealisationReview inExcel={false} />);
  expect(screen.getByText("Step 1 of 4: Business case and option")).toBeTruthy();
  for (const heading of [
    "Step 2 of 4: Actuals by year",
    "Step 3 of 4: Review",
    "Step 4 of 4: Build",
  ]) {
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(document.activeElement?.textContent).toBe(heading);
  }
  expect(screen.getByRole("button", { name: "Download the workbook (.xlsx)" })).toBeTruthy();
});

test("in Excel: a figure typed into the Actuals sheet is offered on opening, and restores the review", async () => {
  const plan = realisationPlan(example);
  const rec = workbookHolding(plan, (tables) => {
    const figures = tables.ActualFigures;
    const row = figures.findIndex((x) => x[0] === "savings/3" && x[2] === 3);
    figures[row][3] = 320000;
  });
  render(
    <WorkbookHostProvider value={readingHost(() => rec)}>
      <RealisationReview inExcel={true} />
    </WorkbookHostProvider>
  );
  await screen.findByText(/"Actuals" sheet differs from the draft/);
  fireEvent.click(screen.getByRole("button", { name: "Use the workbook's" }));
  const board = draft().actuals.find((a) => a.line === "savings/3")!;
  expect(board.figures.find((f) => f.year === 3)!.amount).toBe(320000);
  expect({ ...draft(), actuals: [] }).toEqual({ ...example, actuals: [] });
});

test("a stored band above the schema's bound: listed in the pane's words, and its link focuses the field", () => {
  const stored = JSON.parse(JSON.stringify(example)) as Realisation;
  (stored.thresholds.savings as { green: number }).green = 20;
  localStorage.setItem(REALISATION_DRAFT_KEY, JSON.stringify(stored));
  render(<RealisationReview inExcel={false} />);
  goTo(/Build/);
  // The bound (1000%) is the schema's, through the field table (pane/fields.ts).
  const link = screen.getByRole("button", {
    name: "Step 3: the savings: green at or above must be 1000% or less",
  });
  fireEvent.click(link);
  expect(document.activeElement).toBe(
    screen.getByRole("textbox", { name: "Savings: green at or above" })
  );
});
