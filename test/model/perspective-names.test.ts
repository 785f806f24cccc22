/**
 * Party names are the user's own text: a party called "Government", or one whose name
 * starts with a space or a tab, is still that party, in the table and by name.
 */
import { flatSchedule } from "../../src/model/discounting";
import { perspectiveReturn, perspectiveTable, type Flow } from "../../src/model/perspectives";

const r0 = flatSchedule(0);
const flows: Flow[] = [
  { amounts: [10], kind: "cost", party: "Government", sector: "public" },
  { amounts: [25], kind: "benefit", party: "Government", sector: "public" },
  { amounts: [40], kind: "cost", party: "\t=1+1", sector: "public" },
  { amounts: [50], kind: "benefit", party: "\t=1+1", sector: "public" },
];

test("a party called Government keeps its own row; the government perspective is all public rows", () => {
  const table = perspectiveTable(flows, r0);
  expect(table.map((r) => [r.perspective, r.pvCosts, r.pvBenefits])).toEqual([
    ["Government", 10, 25],
    ["\t=1+1", 40, 50],
    ["government", 50, 75],
    ["societal", 50, 75],
  ]);
});

test("a party whose name starts with a tab is found by that name", () => {
  expect(perspectiveReturn(flows, "\t=1+1", r0).pvBenefits).toBe(50);
  expect(perspectiveReturn(flows, "=1+1", r0).pvBenefits).toBe(50);
});
