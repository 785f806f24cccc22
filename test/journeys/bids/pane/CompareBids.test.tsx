/** Compare bids in jsdom: scores as you type, the abnormally-low prompt, the 10% warning. */
import { render, screen, fireEvent, within } from "@testing-library/react";
import { CompareBids, BIDS_DRAFT_KEY } from "../../../../src/journeys/bids/pane/CompareBids";
import { evaluateBids } from "../../../../src/journeys/bids/evaluate";
import type { BidComparison } from "../../../../src/journeys/bids/types";
import { STARTING_EXAMPLE } from "../../../../src/journeys/bids/examples";

beforeEach(() => localStorage.clear());
const draft = () => JSON.parse(localStorage.getItem(BIDS_DRAFT_KEY)!) as BidComparison;
/** Opens a step of the journey by its tab. */
const goTo = (step: RegExp) => fireEvent.click(screen.getByRole("tab", { name: step }));

test("starts from the illustrative example, ranked, with the abnormally low bid prompting a question", () => {
  render(<CompareBids inExcel={false} />);
  goTo(/Scores and ranks/);
  const table = screen.getByRole("table", { name: "Scores by bid" });
  const rows = within(table).getAllByRole("row").slice(1);
  const ranked = [...evaluateBids(draft()).bids].sort((a, b) => a.rank - b.rank);
  rows.forEach((r, i) => {
    expect(within(r).getByText(ranked[i].bidder)).toBeTruthy();
    expect(within(r).getByText(ranked[i].total.toFixed(2))).toBeTruthy();
  });
  const low = within(table).getByText("Low Cost Services Ltd").closest("tr")!;
  expect(within(low).getByText(/ask the bidder to explain its price/)).toBeTruthy();
});

test("central-government rules with social value under 10% show a warning", () => {
  render(<CompareBids inExcel={false} />);
  goTo(/Weights and scoring/);
  expect(screen.queryByText(/central-government rules expect at least 10%/)).toBeNull();
  fireEvent.click(screen.getByRole("checkbox", { name: "Central-government rules apply" }));
  fireEvent.change(screen.getByRole("textbox", { name: "Points for social value" }), {
    target: { value: "5" },
  });
  expect(
    screen.getByText(
      /Social value weighs 5\.3% of the evaluation; central-government rules expect at least 10%/
    )
  ).toBeTruthy();
});

test("quality typed as a percentage is stored as a share; a bad value blocks the results, named in the pane's words", () => {
  render(<CompareBids inExcel={false} />);
  const quality = screen.getAllByRole("textbox", {
    name: "Quality (share of the marks)",
  })[0] as HTMLInputElement;
  expect(quality.value).toBe("78");
  fireEvent.change(quality, { target: { value: "72" } });
  expect(draft().bids[0].quality).toBe(0.72);
  fireEvent.change(screen.getAllByRole("textbox", { name: "Price" })[1], {
    target: { value: "0" },
  });
  goTo(/Scores and ranks/);
  expect(screen.getByText(/Fix these first/)).toBeTruthy();
  // Was the validator's path (/bids/1/price must be > 0): issue 14 item 2 puts it in words.
  expect(screen.getByText("Step 1 · Bid 2 · Price: enter more than £0")).toBeTruthy();
});

test("the steps: bids, weights and scoring, payment by results, then scores and ranks", () => {
  render(<CompareBids inExcel={false} />);
  expect(screen.getByText("Step 1 of 4: Bids")).toBeTruthy();
  for (const heading of [
    "Step 2 of 4: Weights and scoring",
    "Step 3 of 4: Payment by results",
    "Step 4 of 4: Scores and ranks",
  ]) {
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(document.activeElement?.textContent).toBe(heading);
  }
  expect(screen.getByRole("button", { name: "Download the workbook (.xlsx)" })).toBeTruthy();
});

test("a stored bid priced at £0: the review says so in words, 1-based, and the field shows it", () => {
  const stored = JSON.parse(JSON.stringify(STARTING_EXAMPLE)) as BidComparison;
  (stored.bids[2] as { price: number }).price = 0;
  localStorage.setItem(BIDS_DRAFT_KEY, JSON.stringify(stored));
  render(<CompareBids inExcel={false} />);
  expect(screen.getByText("The price must be more than £0.")).toBeTruthy();
  goTo(/Scores and ranks/);
  const link = screen.getByRole("button", {
    name: "Step 1 · Bid 3: the price must be more than £0",
  });
  fireEvent.click(link);
  expect(document.activeElement).toBe(screen.getAllByRole("textbox", { name: "Price" })[2]);
});

test("monthly cash flows are one amount per field: thousands commas are never split into more months", () => {
  render(<CompareBids inExcel={false} />);
  goTo(/Payment by results/);
  fireEvent.click(screen.getByRole("checkbox", { name: /Check payment by results/ }));
  expect(draft().pbr!.cashflows).toEqual([0]);
  // The entry: -20,000, -15,000, 5,000, 30,000 (once eight numbers, peak £35).
  fireEvent.change(screen.getByRole("textbox", { name: "Month 1" }), {
    target: { value: "-20,000" },
  });
  for (const amount of ["-15,000", "5,000", "30,000"]) {
    fireEvent.click(screen.getByRole("button", { name: /^Add month/ }));
    const fields = screen.getAllByRole("textbox", { name: /^Month \d+$/ });
    fireEvent.change(fields[fields.length - 1], { target: { value: amount } });
  }
  expect(draft().pbr!.cashflows).toEqual([-20000, -15000, 5000, 30000]);
  goTo(/Scores and ranks/);
  expect(screen.getByText(/peak working capital £35,000,/)).toBeTruthy();
  goTo(/Payment by results/);
  // Text a month cannot use stays as typed and blocks the results; it never keeps the old value.
  fireEvent.change(screen.getByRole("textbox", { name: "Month 2" }), {
    target: { value: "about 15k" },
  });
  expect((screen.getByRole("textbox", { name: "Month 2" }) as HTMLInputElement).value).toBe(
    "about 15k"
  );
  expect(screen.getByText("Enter a number.")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Remove month 4" }));
  expect(draft().pbr!.cashflows).toEqual([-20000, -15000, 5000]);
});
