/**
 * The business-case journey in jsdom: steps, validation, the review's figures (the model's,
 * as the workbook will show them), the draft kept across reopening, and the build action.
 */
import { render, screen, fireEvent, within } from "@testing-library/react";
import {
  BusinessCaseJourney,
  DRAFT_KEY,
} from "../../../../src/journeys/business-case/pane/BusinessCaseJourney";
import { EXAMPLES } from "../../../../src/journeys/business-case/examples";
import { evaluateCase } from "../../../../src/journeys/business-case/evaluate";
import { businessCasePlan } from "../../../../src/journeys/business-case/workbook";
import { fileName } from "../../../../src/journeys/business-case/pane/build";
import {
  DOWNLOAD_HOST,
  WorkbookHostProvider,
  type WorkbookHost,
} from "../../../../src/taskpane/workbook-host";

/** The standalone page's host, recording what it would download instead. */
const downloads: { plan: unknown; fileName: string }[] = [];
const fakeDownloadHost: WorkbookHost = {
  ...DOWNLOAD_HOST,
  applyPlan: (plan, name) => {
    downloads.push({ plan, fileName: name });
    return Promise.resolve();
  },
};

const next = () => fireEvent.click(screen.getByRole("button", { name: "Next" }));

beforeEach(() => localStorage.clear());

test("starts at step 1 of 6 and moves through the steps", () => {
  render(<BusinessCaseJourney inExcel={false} />);
  expect(screen.getByText("Step 1 of 6: Partners and purpose")).toBeTruthy();
  for (const label of ["Savings", "Costs", "Barriers", "Appraisal settings", "Review and build"]) {
    next();
    expect(screen.getByText(new RegExp(`Step \\d of 6: ${label}`))).toBeTruthy();
  }
  fireEvent.click(screen.getByRole("button", { name: "Back" }));
  expect(screen.getByText("Step 5 of 6: Appraisal settings")).toBeTruthy();
});

test("a blank case cannot be built: the review lists what to fix", () => {
  render(<BusinessCaseJourney inExcel={false} />);
  fireEvent.click(screen.getByRole("tab", { name: "6. Review and build" }));
  expect(screen.getByText(/Fix these before building/)).toBeTruthy();
  expect(screen.getByText(/choose at least one option/i)).toBeTruthy();
  expect(
    (screen.getByRole("button", { name: "Download the workbook (.xlsx)" }) as HTMLButtonElement)
      .disabled
  ).toBe(true);
});

test("choosing a form adds an option whose savings start flagged as assumptions", () => {
  render(<BusinessCaseJourney inExcel={false} />);
  fireEvent.click(screen.getByRole("checkbox", { name: /Full merger/ }));
  next();
  expect(screen.getByRole("heading", { name: "Full merger" })).toBeTruthy();
  const boxes = screen.getAllByRole("checkbox", {
    name: "Assumption to review",
  }) as HTMLInputElement[];
  expect(boxes.length).toBeGreaterThan(0);
  expect(boxes.every((b) => b.checked)).toBe(true);
});

test("percentages are typed as percentages and stored as decimals; bad numbers say so", () => {
  const example = EXAMPLES[1].case;
  localStorage.setItem(DRAFT_KEY, JSON.stringify(example));
  render(<BusinessCaseJourney inExcel={false} />);
  fireEvent.click(screen.getByRole("tab", { name: "4. Barriers" }));
  const rate = screen.getByRole("textbox", { name: "VAT rate" }) as HTMLInputElement;
  expect(rate.value).toBe("20");
  fireEvent.change(rate, { target: { value: "17.5" } });
  expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).vat.rate).toBe(0.175);
  fireEvent.change(rate, { target: { value: "abc" } });
  expect(screen.getByText("Enter a number.")).toBeTruthy();
  expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).vat.rate).toBe(0.175);
});

test("the review shows the model's figures for a saved draft, and the download builds that case", async () => {
  const example = EXAMPLES[2].case;
  localStorage.setItem(DRAFT_KEY, JSON.stringify(example));
  render(
    <WorkbookHostProvider value={fakeDownloadHost}>
      <BusinessCaseJourney inExcel={false} />
    </WorkbookHostProvider>
  );
  fireEvent.click(screen.getByRole("tab", { name: "6. Review and build" }));
  const table = screen.getByRole("table", { name: "Results by option" });
  const results = evaluateCase(example);
  const npvRow = within(table).getByText("NPV").closest("tr")!;
  for (const r of results) {
    expect(within(table).getByRole("columnheader", { name: r.name })).toBeTruthy();
    const npv = r.npv.toLocaleString("en-GB", {
      style: "currency",
      currency: "GBP",
      maximumFractionDigits: 0,
    });
    expect(within(npvRow).getByText(npv)).toBeTruthy();
  }
  for (const o of example.options) {
    expect(screen.getByRole("table", { name: `${o.name}: sensitivity of the NPV` })).toBeTruthy();
  }
  fireEvent.click(screen.getByRole("button", { name: "Download the workbook (.xlsx)" }));
  await screen.findByText(/has been downloaded/);
  expect(downloads).toEqual([{ plan: businessCasePlan(example), fileName: fileName(example) }]);
});

test("a blank form says nothing is required until touched; the review names each problem in words", () => {
  render(<BusinessCaseJourney inExcel={false} />);
  expect(screen.queryByText("Required.")).toBeNull();
  fireEvent.click(screen.getByRole("tab", { name: "6. Review and build" }));
  const link = screen.getByRole("button", { name: "Step 1 · Partner 1: enter a name" });
  expect(screen.queryByText(/\/partners\/0\/name/)).toBeNull();
  fireEvent.click(link);
  const name = screen.getAllByRole("textbox", { name: /^Name/ })[0];
  expect(document.activeElement).toBe(name);
  fireEvent.blur(name);
  expect(screen.getAllByText("Enter a name.").length).toBeGreaterThan(0);
});

test("the schema's limit on partners is enforced when adding", () => {
  const c = JSON.parse(JSON.stringify(EXAMPLES[0].case));
  c.partners = Array.from({ length: 20 }, (_, i) => ({ ...c.partners[0], name: `P${i + 1}` }));
  localStorage.setItem(DRAFT_KEY, JSON.stringify(c));
  render(<BusinessCaseJourney inExcel={false} />);
  expect(
    (screen.getByRole("button", { name: "Add a partner" }) as HTMLButtonElement).disabled
  ).toBe(true);
  expect(screen.getByText("At most 20 here: remove one to add another.")).toBeTruthy();
});

test("a savings line in another year's prices: its price year converts it, in the review as in the model", () => {
  // The shipped series ends in 2024: a case in 2024 prices can take lines from earlier years.
  const example = {
    ...EXAMPLES[2].case,
    appraisal: { ...EXAMPLES[2].case.appraisal, priceBaseYear: 2024 },
  };
  localStorage.setItem(DRAFT_KEY, JSON.stringify(example));
  render(<BusinessCaseJourney inExcel={false} />);
  fireEvent.click(screen.getByRole("tab", { name: "2. Savings" }));
  const base = example.appraisal.priceBaseYear;
  const year = screen.getAllByRole("textbox", { name: /^Price year/ })[0];
  fireEvent.change(year, { target: { value: "2014" } });
  const stored = JSON.parse(localStorage.getItem(DRAFT_KEY)!);
  expect(stored.options[0].savings[0].priceYear).toBe(2014);
  // The conversion the model makes, said beside the line (HM Treasury's series: 2014 < base).
  expect(screen.getByText(new RegExp(`in 2014 prices = £[\\d,]+ in ${base} prices`))).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: "6. Review and build" }));
  const npvRow = within(screen.getByRole("table", { name: "Results by option" }))
    .getByText("NPV")
    .closest("tr")!;
  const npv = evaluateCase(stored)[0].npv.toLocaleString("en-GB", {
    style: "currency",
    currency: "GBP",
    maximumFractionDigits: 0,
  });
  expect(npv).not.toBe(
    evaluateCase(example)[0].npv.toLocaleString("en-GB", {
      style: "currency",
      currency: "GBP",
      maximumFractionDigits: 0,
    })
  );
  expect(within(npvRow).getAllByText(npv).length).toBeGreaterThan(0);
  // Blank again: the line is in the case's price base, as before.
  fireEvent.click(screen.getByRole("tab", { name: "2. Savings" }));
  fireEvent.change(screen.getAllByRole("textbox", { name: /^Price year/ })[0], {
    target: { value: "" },
  });
  expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).options[0].savings[0]).not.toHaveProperty(
    "priceYear"
  );
});

test("a bad value in a nested line is listed in words, and its link opens its step and focuses the field", () => {
  const c = JSON.parse(JSON.stringify(EXAMPLES[2].case));
  c.options[1].savings[1].yearsToFull = 61; // the schema's maximum is 60
  c.options[0].oneOffCosts[0].amount = -1; // the schema's minimum is 0
  localStorage.setItem(DRAFT_KEY, JSON.stringify(c));
  render(<BusinessCaseJourney inExcel={false} />);
  fireEvent.click(screen.getByRole("tab", { name: "6. Review and build" }));
  expect(screen.queryByText(/\/options\/1\/savings/)).toBeNull();
  fireEvent.click(
    screen.getByRole("button", {
      name: "Step 2 · Option 2 · Savings line 2: the years to reach it must be 60 or less",
    })
  );
  expect(screen.getByText(/^Step 2 of 6/)).toBeTruthy();
  const years = screen.getAllByRole("textbox", { name: /^Years to reach it/ });
  // Option 1's lines come first: option 2's second line is the one after them.
  expect(document.activeElement).toBe(years[c.options[0].savings.length + 1]);
  expect(screen.getByText("The years to reach it must be 60 or less.")).toBeTruthy();

  fireEvent.click(screen.getByRole("tab", { name: "6. Review and build" }));
  fireEvent.click(
    screen.getByRole("button", {
      name: "Step 3 · Option 1 · One-off cost 1: the amount must be £0 or more",
    })
  );
  expect(screen.getByText(/^Step 3 of 6/)).toBeTruthy();
  expect(document.activeElement).toBe(screen.getAllByRole("textbox", { name: /^Amount/ })[0]);
});
