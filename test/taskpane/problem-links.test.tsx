/**
 * Nothing the user typed is lost, and every problem's link reaches its field (issue 14's
 * keyboard review), in every journey of the pane:
 * - "Start from" asks before replacing a draft whose only change is text a field could not
 *   use (so the draft does not hold it); keeping the draft keeps the text, replacing clears it;
 * - a field given text it cannot use is listed with a link, and the link focuses that field,
 *   each time it is followed, also when the field is on the step already open and when it is
 *   on another page of a long list on that step;
 * - a drop-down has the field's id, so a problem about its value is a link that focuses it.
 */
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { JOURNEY_VIEWS } from "../../src/taskpane/views";
import { fieldId, GroupList, NumberField } from "../../src/taskpane/components/fields";
import { ProblemList } from "../../src/taskpane/components/ProblemList";
import { JourneyFrame } from "../../src/taskpane/components/Stepper";
import { useJourney, type StepProps } from "../../src/taskpane/use-journey";
import type { Journey } from "../../src/journeys";
import { SharingJourney } from "../../src/journeys/sharing/pane/SharingJourney";
import { RealisationReview } from "../../src/journeys/realisation/pane/RealisationReview";
import realisation from "../../src/journeys/realisation";
import sharing from "../../src/journeys/sharing";
import { readOptional } from "../../src/taskpane/components/RangeFields";
import type { Realisation } from "../../src/journeys/realisation/types";

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/** Per journey: a field given text it cannot use (its key, its step, 1-based) and what is said. */
const CASES = [
  {
    id: "business-case",
    field: "Step 1 · Partner 1 · Annual turnover",
    step: 1,
    invalid: "12.5 million",
    says: "enter a number",
  },
  {
    id: "sroi",
    field: "Step 1 · Discount rate",
    step: 1,
    invalid: "3.5 percent",
    says: "enter a number",
  },
  {
    id: "perspectives",
    field: "Step 1 · Discount rate",
    step: 1,
    invalid: "350",
    says: "enter at most 20%",
  },
  {
    id: "bids",
    field: "Step 1 · Bid 1 · Price",
    step: 1,
    invalid: "1.24m",
    says: "enter a number",
  },
  {
    id: "realisation",
    field: "Step 2 · Line 'One board' · Actual for year 3",
    step: 2,
    invalid: "three hundred thousand",
    says: "enter an amount, or leave it blank if not yet known",
  },
  {
    id: "sharing",
    field: "Step 1 · Partner 2 · Units of use (homes managed)",
    step: 1,
    invalid: "7500 homes",
    says: "enter a number",
  },
];

const journeys = JOURNEY_VIEWS.map((v) => {
  const c = CASES.find((x) => x.id === v.journey.id);
  if (!c) throw new Error(`No case for the journey ${v.journey.id}: add one.`);
  return { name: v.journey.label, ...v, ...c };
});

test("every journey of the pane has its case here", () => {
  expect(journeys.map((j) => j.id).sort()).toEqual(CASES.map((c) => c.id).sort());
});

/** The steps' tabs ("1. Bids", …). */
const stepTabs = () =>
  screen.getAllByRole("tab").filter((t) => /^\d+\. /.test(t.textContent ?? ""));
const openStep = (n: number) => fireEvent.click(stepTabs()[n - 1]);
const openLast = () => {
  const tabs = stepTabs();
  fireEvent.click(tabs[tabs.length - 1]);
};
const byId = (key: string) => document.getElementById(fieldId(key)) as HTMLInputElement | null;
const heading = () => screen.getByText(/^Step \d+ of \d+:/).textContent;

describe.each(journeys)("$name", ({ View, field, step, invalid, says, id }) => {
  const problem = `${field}: ${says}`;

  test("a field given text it cannot use: its problem's link focuses it, each time", () => {
    render(<View inExcel={false} />);
    openStep(step);
    fireEvent.change(byId(field)!, { target: { value: invalid } });
    for (let time = 1; time <= 2; time++) {
      openLast();
      const link = screen.getByRole("button", { name: problem });
      link.focus();
      expect(document.activeElement).toBe(link);
      fireEvent.click(link);
      expect(heading()).toMatch(new RegExp(`^Step ${step} of `));
      expect(document.activeElement?.id).toBe(fieldId(field));
      expect((document.activeElement as HTMLInputElement).value).toBe(invalid);
    }
  });

  test("Start from asks when the only change is text typed into a field; keeping keeps it", async () => {
    render(<View inExcel={false} />);
    const stored = localStorage.getItem(
      JOURNEY_VIEWS.find((v) => v.View === View)!.journey.draftKey
    );
    openStep(step);
    fireEvent.change(byId(field)!, { target: { value: invalid } });
    // The draft itself is unchanged: the text is not a value it can hold.
    expect(localStorage.getItem(JOURNEY_VIEWS.find((v) => v.View === View)!.journey.draftKey)).toBe(
      stored
    );
    const choose = () => {
      // Realisation's "Start from" is on its first step; the others' above every step.
      if (id === "realisation") openStep(1);
      fireEvent.click(screen.getByRole("combobox", { name: "Start from" }));
      const options = screen.getAllByRole("option");
      fireEvent.click(id === "realisation" ? options[0] : options[1]);
    };
    choose();
    const title = await screen.findByText("Replace your draft?");
    const dialog = title.closest('[role="dialog"]') as HTMLElement;
    expect(within(dialog).getByText(/text typed into a field/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Keep my draft", hidden: true }));
    expect(screen.queryByText("Replace your draft?")).toBeNull();
    openStep(step);
    expect(byId(field)!.value).toBe(invalid);
    openLast();
    expect(screen.getByRole("button", { name: problem })).toBeTruthy();

    choose();
    const again = (await screen.findByText("Replace your draft?")).closest(
      '[role="dialog"]'
    ) as HTMLElement;
    fireEvent.click(within(again).getByRole("button", { name: "Replace it", hidden: true }));
    openLast();
    expect(screen.queryByRole("button", { name: problem })).toBeNull();
    openStep(step);
    expect(byId(field)?.value ?? "").not.toBe(invalid);
  });
});

test("a link to a field on the step already open focuses it, each time (text and rules)", () => {
  render(<SharingJourney inExcel={false} />);
  const units = "Step 1 · Partner 2 · Units of use (homes managed)";
  const name = "Step 1 · Partner 1 · Name";
  fireEvent.change(byId(units)!, { target: { value: "7500 homes" } });
  fireEvent.change(byId(name)!, { target: { value: "" } });
  // Step 1 lists what to fix below its own fields.
  for (const [key, says] of [
    [units, `${units}: enter a number`],
    [name, "Step 1 · Partner 1: enter a name"],
    [units, `${units}: enter a number`],
    [units, `${units}: enter a number`],
  ]) {
    const link = screen.getByRole("button", { name: says });
    link.focus();
    fireEvent.click(link);
    expect(heading()).toMatch(/^Step 1 of /);
    expect(document.activeElement?.id).toBe(fieldId(key));
  }
});

/**
 * A one-step toy journey: 45 rows of an amount on one step, paged 20 at a time, with its
 * problems listed above them, so a link and its field share the step.
 */
interface Rows {
  schemaVersion: 1;
  amounts: number[];
}
const toy = {
  id: "toy",
  label: "Toy",
  draftKey: "pcba.toy-links.draft",
  sheets: { inputs: "I", calculations: "C", summary: "S", suffix: "" },
  reader: null,
  problems: () => [],
  evaluate: (v: Rows) => v.amounts.length,
  plan: () => ({ sheets: [], names: [] }),
} as unknown as Journey<Rows, number>;

function RowsStep({ value, update, problems }: StepProps<Rows, number>): React.JSX.Element {
  return (
    <>
      {problems.length > 0 && <ProblemList lead="Fix these first:" problems={problems} />}
      <GroupList
        items={value.amounts}
        legend={(_, i) => `Row ${i + 1}`}
        removeLabel={(i) => `Remove row ${i + 1}`}
        onRemove={(i) => update((d) => void d.amounts.splice(i, 1))}
        addLabel="Add a row"
        onAdd={() => update((d) => void d.amounts.push(0))}
      >
        {(x, i) => (
          <NumberField
            label="Amount"
            unit="£"
            value={x}
            onChange={(v) => update((d) => void (d.amounts[i] = v))}
          />
        )}
      </GroupList>
    </>
  );
}

function Toy(): React.JSX.Element {
  const { frame } = useJourney(toy, {
    inExcel: false,
    accept: () => null,
    initial: { schemaVersion: 1, amounts: Array.from({ length: 45 }, (_, i) => i) },
    fileName: "toy.xlsx",
    shows: "the rows",
    what: "toy",
    steps: [{ id: "rows", label: "Rows", Component: RowsStep }],
  });
  return (
    <FluentProvider theme={webLightTheme}>
      <JourneyFrame id="toy" title="Toy" frame={frame} />
    </FluentProvider>
  );
}

test("a link on the same step to a row on another page of its list turns to it and focuses it, each time", () => {
  render(<Toy />);
  const row37 = "Step 1 · Row 37 · Amount";
  const next = () => fireEvent.click(screen.getAllByRole("button", { name: "Next rows" })[0]);
  const first = () => fireEvent.click(screen.getAllByRole("button", { name: "Previous rows" })[0]);
  next();
  fireEvent.change(byId(row37)!, { target: { value: "abc" } });
  for (let time = 1; time <= 2; time++) {
    first();
    first();
    expect(byId(row37)).toBeNull(); // on page 2, not shown
    const link = screen.getByRole("button", { name: `${row37}: enter a number` });
    link.focus();
    fireEvent.click(link);
    expect(document.activeElement?.id).toBe(fieldId(row37));
    expect((document.activeElement as HTMLInputElement).value).toBe("abc");
  }
});

test("a drop-down's value the rules refuse: listed with a link that focuses the drop-down", () => {
  const review = realisation.parse(
    JSON.parse(
      fs.readFileSync(
        path.resolve(__dirname, "../../examples/realisation-two-associations.json"),
        "utf8"
      )
    )
  ) as Realisation;
  localStorage.setItem(realisation.draftKey, JSON.stringify({ ...review, optionId: "nope" }));
  render(<RealisationReview inExcel={false} />);
  const key = "Step 1 · Option the partnership went ahead with";
  const dropdown = byId(key)!;
  expect(dropdown).toBeTruthy();
  expect(dropdown.getAttribute("role")).toBe("combobox");
  expect(dropdown.getAttribute("aria-invalid")).toBe("true");
  openLast();
  const link = screen.getByRole("button", {
    name: /^Step 1: the option the partnership went ahead with "nope" is not an option of the case/,
  });
  link.focus();
  fireEvent.click(link);
  expect(heading()).toMatch(/^Step 1 of /);
  expect(document.activeElement?.id).toBe(fieldId(key));
  expect(document.activeElement?.getAttribute("role")).toBe("combobox");
});

describe("sharing's coalition figures: one amount each, kept as typed, and linked when wrong", () => {
  const stored = () =>
    JSON.parse(localStorage.getItem(sharing.draftKey)!) as {
      coalitions: { coalitions: { members: string[]; value: number }[] };
    };
  const tyne = () =>
    stored().coalitions.coalitions.find(
      (c) => c.members.length === 1 && c.members[0] === "Tyne Works"
    )?.value;

  test("'£1,200' is 1,200; '1,2' is refused (never 12), listed, and its link focuses it", () => {
    localStorage.setItem(
      sharing.draftKey,
      fs.readFileSync(
        path.resolve(__dirname, "../../examples/sharing-employment-consortium.json"),
        "utf8"
      )
    );
    render(<SharingJourney inExcel={false} />);
    openStep(2);
    const box = () =>
      screen.getByRole("textbox", { name: /^Tyne Works: .* on its own$/ }) as HTMLInputElement;
    expect(box().value).toBe("180,000");
    fireEvent.change(box(), { target: { value: "£1,200" } });
    expect(tyne()).toBe(1200);
    fireEvent.change(box(), { target: { value: "1,2" } });
    expect(box().value).toBe("1,2");
    expect(tyne()).toBe(1200);
    expect(screen.getByText("Enter an amount, or leave it blank.")).toBeTruthy();
    openLast();
    const link = screen.getByRole("button", { name: /^Step 2 · Tyne Works: .* on its own: / });
    link.focus();
    fireEvent.click(link);
    expect(document.activeElement).toBe(box());
  });
});

test("a range's number reads thousands the same way: '1,2' is refused, '-20,000' is one number", () => {
  expect(readOptional("-20,000")).toEqual({ value: -20000 });
  expect(readOptional("£1,200.50")).toEqual({ value: 1200.5 });
  expect(readOptional("")).toEqual({ value: null });
  expect(readOptional("1,2")).toEqual({ error: "Enter a number, or leave it blank." });
});

describe("a journey rule the field table does not list: its link focuses the field named", () => {
  const read = (file: string) =>
    JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../examples", file), "utf8"));
  const follow = (name: RegExp, key: string, step: number) => {
    openLast();
    const link = screen.getByRole("button", { name });
    link.focus();
    fireEvent.click(link);
    expect(heading()).toMatch(new RegExp(`^Step ${step} of `));
    expect(document.activeElement?.id).toBe(fieldId(key));
  };

  test("realisation: a figure's year given twice, at that year's actual, naming both", () => {
    const review = read("realisation-two-associations.json");
    review.actuals[0].figures[1].year = 1; // year 1 twice: £150,000, then £600,000
    localStorage.setItem(realisation.draftKey, JSON.stringify(review));
    render(<RealisationReview inExcel={false} />);
    follow(
      /^Step 2 · Line 'One procurement function': year 1 has two figures \(£150,000, then £600,000\)/,
      "Step 2 · Line 'One procurement function' · Actual for year 1",
      2
    );
  });

  test("sharing: a kind that does not fit its subject, at the subject (which sets the kind)", () => {
    const analysis = read("sharing-back-office.json");
    analysis.subject = "savings"; // a gain, with the kind still "cost"
    localStorage.setItem(sharing.draftKey, JSON.stringify(analysis));
    render(<SharingJourney inExcel={false} />);
    follow(
      /^Step 1: "Savings made together" is a gain, but the analysis shares a cost/,
      "Step 1 · What is being shared",
      1
    );
  });
});

test("realisation: removing an unplanned line forgets what its re-forecast (on another step) held, and the next line's", () => {
  const review = JSON.parse(
    fs.readFileSync(
      path.resolve(__dirname, "../../examples/realisation-two-associations.json"),
      "utf8"
    )
  ) as Realisation;
  expect(review.unplanned.length).toBe(2);
  localStorage.setItem(realisation.draftKey, JSON.stringify(review));
  render(<RealisationReview inExcel={false} />);
  const key = (n: number) => `Step 3 · Unplanned line ${n} · Full annual value now expected`;
  openStep(3);
  fireEvent.change(document.getElementById(fieldId(key(2)))!, { target: { value: "abc" } });
  openLast();
  expect(screen.getByRole("button", { name: new RegExp(`^${key(2)}: `) })).toBeTruthy();
  // The first unplanned line goes: the second becomes line 1, and line 2 no longer exists,
  // so what was typed for it must not be listed (with no field to fix it) or shown on another line.
  openStep(2);
  fireEvent.click(screen.getByRole("button", { name: "Remove unplanned line 1" }));
  openLast();
  expect(screen.queryByRole("button", { name: /^Step 3 · Unplanned line \d · / })).toBeNull();
  openStep(3);
  expect((document.getElementById(fieldId(key(1))) as HTMLInputElement).value).not.toBe("abc");
});

test("sharing: text typed into a partner's own allocation amount follows a rename of the partner", () => {
  const analysis = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../../examples/sharing-back-office.json"), "utf8")
  );
  localStorage.setItem(sharing.draftKey, JSON.stringify(analysis));
  render(<SharingJourney inExcel={false} />);
  const amount = (name: string) => `Step 3 · ${name} pays under your allocation`;
  openStep(3);
  fireEvent.change(document.getElementById(fieldId(amount("Fenwick Homes")))!, {
    target: { value: "lots" },
  });
  openStep(1);
  fireEvent.change(document.getElementById(fieldId("Step 1 · Partner 1 · Name"))!, {
    target: { value: "Fenwick and Dale Homes" },
  });
  openLast();
  expect(screen.queryByRole("button", { name: /^Step 3 · Fenwick Homes pays/ })).toBeNull();
  fireEvent.click(
    screen.getByRole("button", {
      name: /^Step 3 · Fenwick and Dale Homes pays under your allocation: /,
    })
  );
  expect(document.activeElement?.id).toBe(fieldId(amount("Fenwick and Dale Homes")));
  expect((document.activeElement as HTMLInputElement).value).toBe("lots");
});
