/**
 * A line's own fields in the pane's words (issue 14): realisation's actuals, evidence and
 * re-forecasts are scoped by the line's name and labelled by year, and an unplanned line's
 * by its place, so a problem with one reads "Step 2 · Line 'One board': enter the evidence
 * for year 3" and its link opens the step and focuses that very field (before, it read
 * "Step 2 · Line 4" by the draft's list order and the link only opened the step). Sharing's
 * units of use, whose label carries the unit ("Units of use (homes)"), likewise.
 */
import * as fs from "fs";
import * as path from "path";
import { fireEvent, render, screen, within } from "@testing-library/react";
import {
  RealisationReview,
  REALISATION_DRAFT_KEY,
} from "../../../../src/journeys/realisation/pane/RealisationReview";
import {
  placeRealisation,
  REALISATION_IN_PANE,
  REALISATION_TABLE,
} from "../../../../src/journeys/realisation/pane/fields";
import {
  SharingJourney,
  SHARING_DRAFT_KEY,
} from "../../../../src/journeys/sharing/pane/SharingJourney";
import { SHARING_IN_PANE, SHARING_TABLE } from "../../../../src/journeys/sharing/pane/fields";
import { placeProblem } from "../../../../src/taskpane/words";
import { fieldId, fieldKey } from "../../../../src/taskpane/components/fields";
import realisation from "../../../../src/journeys/realisation";
import type { Realisation } from "../../../../src/journeys/realisation/types";
import type { SharingAnalysis } from "../../../../src/journeys/sharing/types";

const load = (f: string) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../../../examples", f), "utf8"));
const example = (): Realisation =>
  realisation.parse(load("realisation-two-associations.json")) as Realisation;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
const goTo = (step: RegExp) => fireEvent.click(screen.getByRole("tab", { name: step }));
const placed = (r: unknown) =>
  REALISATION_IN_PANE.problems(r).map((p) => placeProblem(p, REALISATION_TABLE.words));

test("a figure's evidence is placed by the line's name and the figure's year, not its place in the list", () => {
  const r = example();
  // savings/3 is "One board"; its figures are kept in the order typed: put year 3 first.
  const board = r.actuals.find((a) => a.line === "savings/3")!;
  board.figures.reverse();
  board.figures[0].evidence = "";
  const k = r.actuals.indexOf(board);
  // The journey itself says where in the draft (unchanged for the command line and files).
  expect(realisation.problems(r)).toContain(
    `/actuals/${k}/figures/0/evidence must NOT have fewer than 1 characters`
  );
  const p = placed(r);
  expect(p).toEqual([
    {
      text: "Step 2 · Line 'One board': enter the evidence for year 3",
      step: 1,
      fieldId: fieldId(fieldKey(["Step 2", "Line 'One board'"], "Evidence for year 3")),
    },
  ]);
});

test("a re-forecast is placed on the review step; an unplanned line's description by its place", () => {
  const r = example();
  const it = r.actuals.find((a) => a.line === "oneOffCosts/2")!;
  it.reforecast = { amount: -5, year: 4 };
  r.unplanned[1].description = "";
  const name = placeRealisation(r, [
    "actuals",
    String(r.actuals.indexOf(it)),
    "reforecast",
    "amount",
  ])!.scope[0];
  expect(name).toMatch(/^Line '.+'$/);
  const found = placed(r).map((p) => [p.text, p.step, p.fieldId]);
  expect(found).toContainEqual([
    `Step 3 · ${name}: the still to spend must be £0 or more`,
    2,
    fieldId(fieldKey(["Step 3", name], "Still to spend")),
  ]);
  expect(found).toContainEqual([
    "Step 2 · Unplanned line 2: enter a description",
    1,
    fieldId(fieldKey(["Step 2", "Unplanned line 2"], "Description")),
  ]);
  // Ajv also reports each other alternative of the re-forecast's oneOf ("must be null"):
  // those are said on the same step and line, never by the draft's list order ("Line 7").
  expect(
    found.filter(
      (p) =>
        !String(p[0]).startsWith(`Step 3 · ${name}: `) &&
        !String(p[0]).startsWith("Step 2 · Unplanned line 2: ")
    )
  ).toEqual([]);
});

test("a draft without the shape to place a problem is left to the table's words, never a crash", () => {
  expect(placeRealisation({ actuals: "no" }, ["actuals", "0", "figures", "0", "evidence"])).toBe(
    undefined
  );
  expect(placeRealisation(null, ["actuals", "0", "figures", "0", "evidence"])).toBe(undefined);
  expect(placeRealisation(example(), ["thresholds", "savings", "green"])).toBe(undefined);
});

test("in the pane: the blank evidence is listed in words, and its link focuses the field", () => {
  const r = example();
  const board = r.actuals.find((a) => a.line === "savings/3")!;
  board.figures.find((f) => f.year === 3)!.evidence = "";
  localStorage.setItem(REALISATION_DRAFT_KEY, JSON.stringify(r));
  render(<RealisationReview inExcel={false} />);
  goTo(/Build/);
  const link = screen.getByRole("button", {
    name: "Step 2 · Line 'One board': enter the evidence for year 3",
  });
  expect((screen.getByRole("button", { name: /Download/ }) as HTMLButtonElement).disabled).toBe(
    true
  );
  fireEvent.click(link);
  expect(screen.getByText("Step 2 of 4: Actuals by year")).toBeTruthy();
  const field = within(screen.getByRole("group", { name: "One board" })).getByRole("textbox", {
    name: "Evidence for year 3",
  });
  expect(document.activeElement).toBe(field);
});

test("in the pane: an unplanned line's blank description and a negative still-to-spend, each link to its field", () => {
  render(<RealisationReview inExcel={false} />);
  goTo(/Actuals by year/);
  fireEvent.click(
    screen.getByRole("button", { name: "Add a line the business case did not plan" })
  );
  goTo(/Review/);
  const link = screen.getByRole("button", {
    name: "Step 2 · Unplanned line 3: enter a description",
  });
  fireEvent.click(link);
  const unplanned = screen.getByRole("group", { name: "Unplanned line 3" });
  expect(document.activeElement).toBe(
    within(unplanned).getByRole("textbox", { name: "Description" })
  );
  fireEvent.change(document.activeElement!, { target: { value: "Shared fleet" } });

  goTo(/Review/);
  const spend = screen.getAllByRole("textbox", { name: "Still to spend" })[0];
  fireEvent.change(spend, { target: { value: "-5" } });
  // Linked from the Build step (a link to a field on the step already open is not followed
  // by the skeleton: see the report of issue 14's keyboard work).
  goTo(/Build/);
  const problem = screen.getByRole("button", {
    name: /^Step 3 · Line '.+': the still to spend must be £0 or more$/,
  });
  fireEvent.click(problem);
  expect(screen.getByText("Step 3 of 4: Review")).toBeTruthy();
  // The step renders afresh: the field is found again, by its label, and has the focus.
  expect(document.activeElement).toBe(
    screen.getAllByRole("textbox", { name: "Still to spend" })[0]
  );
  expect((document.activeElement as HTMLInputElement).value).toBe("-5");
});

test("sharing: a partner's units of use are placed by the label that carries the unit of use", () => {
  const back = load("sharing-back-office.json") as SharingAnalysis;
  const s: SharingAnalysis = {
    ...back,
    useMeasure: "homes",
    partners: back.partners.map((p, i) => (i === 1 ? { ...p, units: -1 } : p)),
  };
  const p = SHARING_IN_PANE.problems(s).map((x) => placeProblem(x, SHARING_TABLE.words));
  expect(p).toContainEqual({
    text: "Step 1 · Partner 2: the units of use (homes) must be 0 or more",
    step: 0,
    fieldId: fieldId(fieldKey(["Step 1", "Partner 2"], "Units of use (homes)")),
  });
  localStorage.setItem(SHARING_DRAFT_KEY, JSON.stringify(s));
  render(<SharingJourney inExcel={false} />);
  goTo(/Build/);
  fireEvent.click(
    screen.getByRole("button", {
      name: "Step 1 · Partner 2: the units of use (homes) must be 0 or more",
    })
  );
  const partner = screen.getByRole("group", { name: /^Partner 2/ });
  expect(document.activeElement).toBe(
    within(partner).getByRole("textbox", { name: "Units of use (homes)" })
  );
});
