/**
 * Every problem the review lists is a link that opens its step and focuses its field, in the
 * pane's words (issue 14). For each journey, each kind of problem its validator can give
 * (its schema's rules and its own) is made from a valid example by changing one thing; the
 * draft is opened in the journey's view, and every problem on the review step must be a link
 * whose words hold no JSON Pointer or schema wording, and which, followed, opens a step and
 * focuses a field of it.
 */
import * as fs from "fs";
import * as path from "path";
import { fireEvent, render, screen } from "@testing-library/react";
import { JOURNEY_VIEWS } from "../../src/taskpane/views";
import { isStructural } from "../../src/taskpane/draft";
import { reforecastFor } from "../../src/journeys/realisation/pane/edit";

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

type Draft = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const example = (file: string): Draft =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../examples", file), "utf8"));

interface Mutation {
  readonly name: string;
  readonly file: string;
  readonly change: (d: Draft) => void;
}

const CASE = "two-associations-merger.json";
const SROI = "sroi-community-navigators.json";
const BIDS = "bids-floating-support.json";
const PERSPECTIVES = "perspectives-community-navigators.json";
const REVIEW = "realisation-two-associations.json";
const BACK_OFFICE = "sharing-back-office.json";
const CONSORTIUM = "sharing-employment-consortium.json";

/** Per journey, each kind of problem its rules give, each made by one change to an example. */
const MUTATIONS: Record<string, Mutation[]> = {
  "business-case": [
    { name: "no option to compare", file: CASE, change: (d) => void (d.options = []) },
    { name: "a partner without a name", file: CASE, change: (d) => void (d.partners[1].name = "") },
    {
      name: "a one-off cost after the horizon",
      file: CASE,
      change: (d) => void (d.options[0].oneOffCosts[0].year = 11),
    },
    {
      name: "a price year outside the deflators",
      file: CASE,
      change: (d) => void (d.options[0].savings[0].priceYear = 1900),
    },
    { name: "a rate above its bound", file: CASE, change: (d) => void (d.vat.recoveryRate = 1.5) },
  ],
  sroi: [
    {
      name: "a proxy's price year outside the deflators",
      file: SROI,
      change: (d) => void (d.outcomes[0].priceYear = 1900),
    },
    {
      name: "a deadweight above 100%",
      file: SROI,
      change: (d) => void (d.outcomes[0].deadweight = 1.5),
    },
  ],
  perspectives: [
    {
      name: "a discount rate above its bound",
      file: PERSPECTIVES,
      change: (d) => void (d.discount = 3),
    },
  ],
  bids: [
    { name: "a price of nothing", file: BIDS, change: (d) => void (d.bids[2].price = 0) },
    { name: "a bidder without a name", file: BIDS, change: (d) => void (d.bids[0].bidder = "") },
  ],
  realisation: [
    {
      name: "a figure's year given twice",
      file: REVIEW,
      change: (d) => {
        d.actuals[0].figures[1].year = 1;
      },
    },
    {
      name: "a figure after the last year",
      file: REVIEW,
      change: (d) => {
        d.asAtYear = 2;
      },
    },
    {
      name: "unplanned figure twice",
      file: REVIEW,
      change: (d) => {
        d.unplanned[1].figures[1].year = 2;
      },
    },
    {
      name: "a saving's re-forecast as an amount still to spend",
      file: REVIEW,
      change: (d) => {
        d.actuals[0].reforecast = { amount: 5, year: 6 };
      },
    },
    {
      name: "a one-off re-forecast below nothing (a oneOf's alternative)",
      file: REVIEW,
      change: (d) => {
        d.actuals[6].reforecast.amount = -5;
      },
    },
    {
      name: "a one-off re-forecast not after the last year",
      file: REVIEW,
      change: (d) => {
        d.actuals[6].reforecast.year = 3;
      },
    },
    {
      name: "amber above green",
      file: REVIEW,
      change: (d) => {
        d.thresholds.savings.amber = 0.95;
      },
    },
    {
      name: "costs green above amber",
      file: REVIEW,
      change: (d) => {
        d.thresholds.costs.green = 1.3;
      },
    },
    {
      name: "asAtYear after horizon",
      file: REVIEW,
      change: (d) => {
        d.asAtYear = 11;
      },
    },
    {
      name: "line listed twice",
      file: REVIEW,
      change: (d) => {
        d.actuals[1].line = d.actuals[0].line;
      },
    },
    {
      name: "line not in option",
      file: REVIEW,
      change: (d) => {
        d.actuals[1].line = "savings/99";
      },
    },
    {
      name: "unplanned saving without source",
      file: REVIEW,
      change: (d) => {
        delete d.unplanned[0].source;
      },
    },
    {
      name: "unplanned cost with source",
      file: REVIEW,
      change: (d) => {
        d.unplanned[1].source = "other";
      },
    },
    {
      name: "evidence blank",
      file: REVIEW,
      change: (d) => {
        d.actuals[0].figures[0].evidence = "";
      },
    },
  ],
  sharing: [
    {
      name: "a coalition given twice",
      file: CONSORTIUM,
      change: (d) => {
        d.coalitions.coalitions[1] = { ...d.coalitions.coalitions[0] };
      },
    },
    {
      name: "kind does not fit subject",
      file: BACK_OFFICE,
      change: (d) => {
        d.subject = "savings";
      },
    },
    {
      name: "name twice",
      file: BACK_OFFICE,
      change: (d) => {
        d.partners[1].name = d.partners[0].name;
      },
    },
    {
      name: "reserved name",
      file: BACK_OFFICE,
      change: (d) => {
        d.partners[1].name = "Coalition";
      },
    },
    {
      name: "model without cost",
      file: BACK_OFFICE,
      change: (d) => {
        d.kind = "gain";
        d.subject = "other";
      },
    },
    {
      name: "units missing",
      file: BACK_OFFICE,
      change: (d) => {
        delete d.partners[1].units;
      },
    },
    {
      name: "standalone missing",
      file: BACK_OFFICE,
      change: (d) => {
        delete d.partners[1].standAloneCost;
      },
    },
    {
      name: "amounts count",
      file: BACK_OFFICE,
      change: (d) => {
        d.userAllocation.amounts.pop();
      },
    },
    {
      name: "member not a partner",
      file: CONSORTIUM,
      change: (d) => {
        d.coalitions.coalitions[0].members[0] = "Nobody";
      },
    },
  ],
};

const views = JOURNEY_VIEWS.map((v) => {
  if (!MUTATIONS[v.journey.id]) throw new Error(`No problems made for ${v.journey.id}: add some.`);
  return { id: v.journey.id, ...v };
});

const journeyOf = (id: string) => views.find((v) => v.id === id)!.journey;

const stepTabs = () =>
  screen.getAllByRole("tab").filter((t) => /^\d+\. /.test(t.textContent ?? ""));
const openLast = () => {
  const tabs = stepTabs();
  fireEvent.click(tabs[tabs.length - 1]);
};
const heading = () => screen.getByText(/^Step \d+ of \d+:/).textContent ?? "";

/** What the pane's words never hold: a JSON Pointer, Ajv's wording, a property's own name. */
const NOT_WORDS =
  /(^|[\s(])\/[a-z]|must NOT|must match|oneOf|schema|asAtYear|standAloneCost|\{ \w+, \w+ \}/;

describe.each(views)("$id", ({ id, journey, View }) => {
  test.each(MUTATIONS[id])(
    "$name: listed in words, its link focuses its field",
    ({ file, change }) => {
      const draft = example(file);
      change(draft);
      const found = journey.problems(draft);
      expect(found.length).toBeGreaterThan(0); // the change made a problem
      // A value to fix in the pane: a stored draft with it opens (is not set aside).
      expect(found.filter(isStructural)).toEqual([]);
      localStorage.setItem(journey.draftKey, JSON.stringify(draft));
      render(<View inExcel={false} />);
      openLast();
      const lead = screen.getAllByText(/^Fix these/)[0];
      const items = [...lead.parentElement!.querySelectorAll("li")];
      expect(items.length).toBeGreaterThan(0);
      for (const text of items.map((li) => li.textContent ?? "")) {
        expect(text).toMatch(/^Step \d+( · [^:]+)?: \S/);
        expect(text).not.toMatch(NOT_WORDS);
        openLast();
        const link = screen.getByRole("button", { name: text });
        fireEvent.click(link);
        const step = /^Step (\d+)/.exec(text)![1];
        expect(heading()).toMatch(new RegExp(`^Step ${step} of `));
        expect({ text, focus: document.activeElement?.id }).toEqual({
          text,
          focus: expect.stringMatching(/^pcba-field-/),
        });
      }
    }
  );
});

test("a failed oneOf is said once: the value to fix when one form fits, else the forms", () => {
  const review = example(REVIEW);
  const oneOff = (reforecast: unknown) =>
    journeyOf("realisation").problems({
      ...review,
      actuals: review.actuals.map((a: Draft, i: number) => (i === 6 ? { ...a, reforecast } : a)),
    });
  expect(oneOff({ amount: -5, year: 4 })).toEqual([
    "/actuals/6/reforecast/amount must be >= 0; got -5",
  ]);
  expect(oneOff({ annual: 5 })).toEqual([
    '/actuals/6/reforecast must be one of: null, { annual, year }, { amount, year }; got {"annual":5}',
  ]);
});

test("an unplanned line's new kind keeps its re-forecast's number and year, in its shape", () => {
  expect(reforecastFor("one_off_cost", { annual: 300000, year: 6 })).toEqual({
    amount: 300000,
    year: 6,
  });
  expect(reforecastFor("saving", { amount: 5, year: 4 })).toEqual({ annual: 5, year: 4 });
  expect(reforecastFor("recurring_cost", { annual: 7, year: 2 })).toEqual({ annual: 7, year: 2 });
  expect(reforecastFor("saving", null)).toBeNull();
});
