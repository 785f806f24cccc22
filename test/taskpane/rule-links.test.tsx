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
import * as React from "react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { JOURNEY_VIEWS } from "../../src/taskpane/views";

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

const MUTATIONS: Record<string, Mutation[]> = {
  realisation: [
    { name: "a figure's year given twice", file: "realisation-two-associations.json", change: (d) => { d.actuals[0].figures[1].year = 1; } },
    { name: "a figure after the last year", file: "realisation-two-associations.json", change: (d) => { d.asAtYear = 2; } },
    { name: "unplanned figure twice", file: "realisation-two-associations.json", change: (d) => { d.unplanned[1].figures[1].year = 2; } },
    { name: "reforecast of one-off wrong shape", file: "realisation-two-associations.json", change: (d) => { d.actuals[0].reforecast = { amount: 5, year: 6 }; } },
    { name: "reforecast negative", file: "realisation-two-associations.json", change: (d) => { d.actuals[0].reforecast.annual = -5; } },
    { name: "amber above green", file: "realisation-two-associations.json", change: (d) => { d.thresholds.savings.amber = 0.95; } },
    { name: "costs green above amber", file: "realisation-two-associations.json", change: (d) => { d.thresholds.costs.green = 1.3; } },
    { name: "asAtYear after horizon", file: "realisation-two-associations.json", change: (d) => { d.asAtYear = 11; } },
    { name: "line listed twice", file: "realisation-two-associations.json", change: (d) => { d.actuals[1].line = d.actuals[0].line; } },
    { name: "line not in option", file: "realisation-two-associations.json", change: (d) => { d.actuals[1].line = "savings/99"; } },
    { name: "unplanned saving without source", file: "realisation-two-associations.json", change: (d) => { delete d.unplanned[0].source; } },
    { name: "unplanned cost with source", file: "realisation-two-associations.json", change: (d) => { d.unplanned[1].source = "other"; } },
    { name: "evidence blank", file: "realisation-two-associations.json", change: (d) => { d.actuals[0].figures[0].evidence = ""; } },
  ],
  sharing: [
    { name: "kind does not fit subject", file: "sharing-back-office.json", change: (d) => { d.subject = "savings"; } },
    { name: "name twice", file: "sharing-back-office.json", change: (d) => { d.partners[1].name = d.partners[0].name; } },
    { name: "reserved name", file: "sharing-back-office.json", change: (d) => { d.partners[1].name = "Coalition"; } },
    { name: "model without cost", file: "sharing-back-office.json", change: (d) => { d.kind = "gain"; d.subject = "other"; } },
    { name: "units missing", file: "sharing-back-office.json", change: (d) => { delete d.partners[1].units; } },
    { name: "standalone missing", file: "sharing-back-office.json", change: (d) => { delete d.partners[1].standAloneCost; } },
    { name: "amounts count", file: "sharing-back-office.json", change: (d) => { d.userAllocation.amounts.pop(); } },
    { name: "member not a partner", file: "sharing-employment-consortium.json", change: (d) => { d.coalitions.coalitions[0].members[0] = "Nobody"; } },
  ],
};

const views = JOURNEY_VIEWS.filter((v) => MUTATIONS[v.journey.id]);

const stepTabs = () =>
  screen.getAllByRole("tab").filter((t) => /^\d+\. /.test(t.textContent ?? ""));

describe.each(views.map((v) => ({ id: v.journey.id, ...v })))("$id", ({ id, journey, View }) => {
  test.each(MUTATIONS[id])("$name", ({ file, change }) => {
    const draft = example(file);
    change(draft);
    const problems = journey.problems(draft);
    localStorage.setItem(journey.draftKey, JSON.stringify(draft));
    render(<View inExcel={false} />);
    const tabs = stepTabs();
    fireEvent.click(tabs[tabs.length - 1]);
    const lead = screen.queryAllByText(/^Fix these/)[0];
    const items = lead ? [...lead.closest("[class]")!.parentElement!.querySelectorAll("li")] : [];
    const out = items.map((li) => {
      const b = li.querySelector("button");
      let focus = "";
      if (b) { fireEvent.click(b); focus = document.activeElement?.id ?? ""; const t = stepTabs(); fireEvent.click(t[t.length - 1]); }
      return `${b ? "LINK" : "TEXT"} ${li.textContent} => ${focus}`;
    });
    fs.appendFileSync("/tmp/rl/out.txt", `\n## ${id}: ${file}\n${problems.join("\n")}\n--\n${out.join("\n")}\n${document.body.textContent?.includes("could not be opened") ? "SET ASIDE\n" : ""}`);
    cleanup();
  });
});
