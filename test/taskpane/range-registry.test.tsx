/**
 * Issue 14 for the range editors and the Monte Carlo settings, in both journeys that have
 * them (SROI and the business case): text a range's number, a correlation or a setting
 * cannot use is reported to the journey's registry like any field's. So it is listed in
 * the review with a link that focuses it (turning "Option to simulate" to its option), it
 * disables Download and Run, it is kept over a reload, and "Start from" asks before
 * replacing it (keeping keeps it, replacing clears it). Correlations that cannot hold
 * together are listed in the journey's review too, with links, without stopping Download.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { fieldId } from "../../src/taskpane/components/fields";
import { SocialReturn, SROI_DRAFT_KEY } from "../../src/journeys/sroi/pane/SocialReturn";
import { BusinessCaseJourney } from "../../src/journeys/business-case/pane/BusinessCaseJourney";
import { EXAMPLES } from "../../src/journeys/business-case/examples";
import businessCase from "../../src/journeys/business-case";
import { formLabel } from "../../src/journeys/business-case/continuum";
import { withThreeRanges } from "../support/sroi-ranges";

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

const stepTabs = () =>
  screen.getAllByRole("tab").filter((t) => /^\d+\. /.test(t.textContent ?? ""));
const openStep = (n: number) => fireEvent.click(stepTabs()[n - 1]);
const openLast = () => openStep(stepTabs().length);
const byId = (key: string) => document.getElementById(fieldId(key)) as HTMLInputElement | null;
const disabled = (name: string | RegExp) =>
  screen.getByRole("button", { name }).hasAttribute("disabled");
const RUN = "Run the simulation";

/** Chooses the first example in "Start from" and returns the question it asks, if any. */
async function startFromExample(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("combobox", { name: "Start from" }));
  fireEvent.click(screen.getAllByRole("option")[1]);
  return (await screen.findByText("Replace your draft?", {}, { timeout: 5000 })).closest(
    '[role="dialog"]'
  ) as HTMLElement;
}

/** The journeys' views and their fields given text they cannot use. */
const CASES = [
  {
    name: "SROI: a range's low value",
    View: SocialReturn,
    download: "Download the value map (.xlsx)",
    field: "Step 4 · Range 1 · Low",
    invalid: "abc",
    says: "enter a number, or leave it blank",
    setUp: () => fireEvent.click(screen.getByRole("button", { name: "Add a range" })),
  },
  {
    name: "SROI: the Monte Carlo seed",
    View: SocialReturn,
    download: "Download the value map (.xlsx)",
    field: "Step 4 · Monte Carlo · Seed",
    invalid: "1.5",
    says: "enter a whole number",
    setUp: () => undefined,
  },
  {
    name: "Business case: a range's low value, of the third option",
    View: BusinessCaseJourney,
    download: "Download the workbook (.xlsx)",
    field: "Step 6 · Full merger · Range 1 · Low",
    invalid: "12k",
    says: "enter a number, or leave it blank",
    setUp: () => {
      fireEvent.click(screen.getByRole("combobox", { name: "Option to simulate" }));
      fireEvent.click(screen.getByRole("option", { name: "Full merger" }));
      fireEvent.click(screen.getByRole("button", { name: "Add a range" }));
    },
  },
  {
    name: "Business case: the Monte Carlo iterations",
    View: BusinessCaseJourney,
    download: "Download the workbook (.xlsx)",
    field: "Step 6 · Monte Carlo · Iterations",
    invalid: "ten thousand",
    says: "enter a number",
    setUp: () => undefined,
  },
];

describe.each(CASES)("$name", ({ View, download, field, invalid, says, setUp }) => {
  test("listed with a link that focuses it, blocks Download and Run, kept over a reload, and Start from asks", async () => {
    // The business case starts from its first example (the blank case has no results).
    if (View === BusinessCaseJourney)
      localStorage.setItem(businessCase.draftKey, JSON.stringify(EXAMPLES[0].case));
    const first = render(<View inExcel={false} />);
    openLast();
    setUp();
    expect(disabled(RUN)).toBe(false);
    fireEvent.change(byId(field)!, { target: { value: invalid } });
    expect(byId(field)!.value).toBe(invalid);
    expect(disabled(download)).toBe(true);
    expect(disabled(RUN)).toBe(true);
    expect(screen.getByText(/Results are out of date/)).toBeTruthy();
    // No "Required." or other message on fields the user has not touched.
    expect(screen.queryByText("Required.")).toBeNull();

    if (View === BusinessCaseJourney && field.includes("Full merger")) {
      // Another option simulated: the field is not on screen, and the link turns back to it.
      fireEvent.click(screen.getByRole("combobox", { name: "Option to simulate" }));
      fireEvent.click(screen.getByRole("option", { name: "Shared back-office service" }));
      expect(byId(field)).toBeNull();
    }
    const problem = `${field}: ${says}`;
    for (let time = 1; time <= 2; time++) {
      openStep(1);
      openLast();
      fireEvent.click(screen.getByRole("button", { name: problem }));
      expect(document.activeElement?.id).toBe(fieldId(field));
      expect((document.activeElement as HTMLInputElement).value).toBe(invalid);
    }

    // A reload shows the text as typed, still listed and still blocking.
    first.unmount();
    render(<View inExcel={false} />);
    openLast();
    fireEvent.click(screen.getByRole("button", { name: problem }));
    expect(byId(field)!.value).toBe(invalid);
    expect(disabled(download)).toBe(true);
    expect(disabled(RUN)).toBe(true);

    // Start from asks (the text is typed work); keeping keeps it, replacing clears it.
    const dialog = await startFromExample();
    if (!field.includes("Range"))
      // The settings are not in the draft: the typed text alone is why it asks.
      expect(within(dialog).getByText(/text typed into a field/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Keep my draft", hidden: true }));
    openLast();
    expect(screen.getByRole("button", { name: problem })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: problem }));
    expect(byId(field)!.value).toBe(invalid);

    const again = await startFromExample();
    fireEvent.click(within(again).getByRole("button", { name: "Replace it", hidden: true }));
    openLast();
    expect(screen.queryByRole("button", { name: problem })).toBeNull();
    expect(byId(field)?.value ?? "").not.toBe(invalid);
    expect(disabled(download)).toBe(false);
    expect(disabled(RUN)).toBe(false);
  });
});

test("removing a range forgets what its fields held; a blank range field is not an error", () => {
  render(<SocialReturn inExcel={false} />);
  openLast();
  fireEvent.click(screen.getByRole("button", { name: "Add a range" }));
  fireEvent.click(screen.getByRole("button", { name: "Add a range" }));
  fireEvent.change(byId("Step 4 · Range 2 · High")!, { target: { value: "lots" } });
  expect(screen.getByRole("button", { name: /^Step 4 · Range 2 · High: / })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Remove range 1" }));
  // Range 2 is now Range 1, with the draft's value: the text typed into the old row is gone.
  expect(screen.queryByRole("button", { name: /^Step 4 · Range \d · High: / })).toBeNull();
  expect(byId("Step 4 · Range 1 · High")!.value).not.toBe("lots");
  expect(screen.queryByText(/Results are out of date/)).toBeNull();
  expect(disabled("Download the value map (.xlsx)")).toBe(false);
});

test("correlations that cannot hold together: listed in the review with links, Run stopped, Download allowed", () => {
  const start = withThreeRanges([
    { first: 1, second: 2, correlation: 0.9 },
    { first: 2, second: 3, correlation: 0.9 },
    { first: 1, second: 3, correlation: -0.9 },
  ]);
  localStorage.setItem(SROI_DRAFT_KEY, JSON.stringify(start));
  render(<SocialReturn inExcel={false} />);
  openLast();
  expect(screen.getByText(/These stop the simulation, not the value map/)).toBeTruthy();
  const key = "Step 4 · Correlation 3 · Rank correlation (−1 to 1)";
  const link = screen.getByRole("button", {
    name: new RegExp(
      `^${key.replace(/[()]/g, "\\$&")}: this correlation and the others marked cannot hold together`
    ),
  });
  openStep(1);
  openLast();
  fireEvent.click(screen.getByRole("button", { name: link.textContent ?? "" }));
  expect(document.activeElement?.id).toBe(fieldId(key));
  expect((document.activeElement as HTMLInputElement).value).toBe("-0.9");
  expect(disabled(RUN)).toBe(true);
  expect(disabled("Download the value map (.xlsx)")).toBe(false);
  // Fixed: the list goes, Run is allowed.
  fireEvent.change(byId(key)!, { target: { value: "0.8" } });
  expect(screen.queryByText(/These stop the simulation/)).toBeNull();
  expect(disabled(RUN)).toBe(false);
});

test("business case: a correlation problem of another option's ranges links to it, turning the option", () => {
  const c = JSON.parse(JSON.stringify(EXAMPLES[0].case));
  const range = (line: string) => ({
    option: "merger",
    line,
    distribution: "uniform",
    low: 0.8,
    mode: null,
    high: 1.2,
    sd: null,
  });
  c.ranges = [range("Forums and coordination"), range("VAT")];
  // The same pair twice, with another value: the second row is refused.
  c.correlations = [
    { option: "merger", line: "Forums and coordination", withLine: "VAT", correlation: 0.5 },
    { option: "merger", line: "VAT", withLine: "Forums and coordination", correlation: 0.6 },
  ];
  localStorage.setItem(businessCase.draftKey, JSON.stringify(c));
  render(<BusinessCaseJourney inExcel={false} />);
  openLast();
  expect(screen.getByText(/These stop the simulation, not the workbook/)).toBeTruthy();
  expect(disabled("Download the workbook (.xlsx)")).toBe(false);
  const key = "Step 6 · Full merger · Correlation 2 · Rank correlation (−1 to 1)";
  const link = screen.getByRole("button", {
    name: /^Step 6 · Full merger · Correlation 2 · Rank correlation \(−1 to 1\): /,
  });
  // The first option is simulated: the field is not on screen until the link turns to it.
  expect(byId(key)).toBeNull();
  fireEvent.click(link);
  expect(document.activeElement?.id).toBe(fieldId(key));
  expect((document.activeElement as HTMLInputElement).value).toBe("0.6");
  expect(disabled(RUN)).toBe(true);
});

test("business case: typed text moves with its option when an earlier one is removed, and goes with its own", () => {
  localStorage.setItem(businessCase.draftKey, JSON.stringify(EXAMPLES[0].case));
  render(<BusinessCaseJourney inExcel={false} />);
  const names = EXAMPLES[0].case.options.map((o) => o.name);
  const forms = EXAMPLES[0].case.options.map((o) => formLabel(o.form));
  expect(names.length).toBeGreaterThanOrEqual(3);
  // Text typed into the second option's first savings line, and into the third's range.
  openStep(2);
  const saving = (n: number) => `Step 2 · Option ${n} · Savings line 1 · Full annual saving`;
  fireEvent.change(byId(saving(2))!, { target: { value: "lots" } });
  openLast();
  fireEvent.click(screen.getByRole("combobox", { name: "Option to simulate" }));
  fireEvent.click(screen.getByRole("option", { name: names[2] }));
  fireEvent.click(screen.getByRole("button", { name: "Add a range" }));
  const range = `Step 6 · ${names[2]} · Range 1 · Low`;
  fireEvent.change(byId(range)!, { target: { value: "12k" } });
  expect(screen.getByRole("button", { name: new RegExp(`^${saving(2)}: `) })).toBeTruthy();
  expect(screen.getByRole("button", { name: new RegExp(`^${range}: `) })).toBeTruthy();

  // The first option is dropped: the second is now "Option 1", and its text goes with it,
  // not left on whatever option is second now.
  openStep(1);
  fireEvent.click(screen.getByRole("checkbox", { name: new RegExp(`^${forms[0]}`) }));
  openLast();
  expect(screen.queryByRole("button", { name: new RegExp(`^${saving(2)}: `) })).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: new RegExp(`^${saving(1)}: `) }));
  expect(document.activeElement?.id).toBe(fieldId(saving(1)));
  expect((document.activeElement as HTMLInputElement).value).toBe("lots");
  openStep(2);
  expect(byId(saving(2))?.value ?? "").not.toBe("lots");

  // The third option is dropped: what its range held goes with it, so nothing is left
  // listed that no field shows.
  openStep(1);
  fireEvent.click(screen.getByRole("checkbox", { name: new RegExp(`^${forms[2]}`) }));
  openLast();
  expect(screen.queryByRole("button", { name: new RegExp(`^${range}: `) })).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: new RegExp(`^${saving(1)}: `) }));
  fireEvent.change(document.activeElement as HTMLInputElement, { target: { value: "250,000" } });
  openLast();
  expect(screen.queryByText(/Results are out of date/)).toBeNull();
  expect(disabled("Download the workbook (.xlsx)")).toBe(false);
});
