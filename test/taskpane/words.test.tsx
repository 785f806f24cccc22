/**
 * A journey's field table (bounds read from its schema) and schema problems in the pane's
 * words, on the bids journey's real schema and validator.
 */
import { fieldTable } from "../../src/taskpane/field-table";
import { placeProblem } from "../../src/taskpane/words";
import { fieldId, fieldKey } from "../../src/taskpane/components/fields";
import { BIDS_TABLE, BID_FIELDS } from "../../src/journeys/bids/pane/fields";
import { bidProblems } from "../../src/journeys/bids/validate";
import { STARTING_EXAMPLE } from "../../src/journeys/bids/examples";
import { CASE_TABLE, CASE_FIELDS } from "../../src/journeys/business-case/pane/fields";
import { SHARING_FIELDS } from "../../src/journeys/sharing/pane/fields";
import { REALISATION_FIELDS, REALISATION_TABLE } from "../../src/journeys/realisation/pane/fields";

test("bounds come from the schema: a price more than £0, quality 0–100%, at most 500 bids", () => {
  expect(BID_FIELDS.price).toMatchObject({ label: "Price", unit: "£", above: 0 });
  expect(BID_FIELDS.quality).toMatchObject({ min: 0, max: 1, unit: "percent" });
  expect(BIDS_TABLE.maxItems("bids")).toBe(500);
});

test("a field the schema does not have is an error naming it", () => {
  expect(() =>
    fieldTable({ type: "object", properties: {} }, {}, { x: { path: "nope/*/x", label: "X" } })
  ).toThrow("The field table names nope/*/x, which the schema does not have.");
});

test("the validator's problems, placed: step and row 1-based, the field's label, money in £", () => {
  const c = JSON.parse(JSON.stringify(STARTING_EXAMPLE));
  c.bids[2].price = 0;
  c.bids[0].bidder = "";
  c.threshold = 2;
  const placed = bidProblems(c).map((p) => placeProblem(p, BIDS_TABLE.words));
  expect(placed.map((p) => p.text)).toEqual(
    expect.arrayContaining([
      "Step 1 · Bid 3: the price must be more than £0",
      "Step 1 · Bid 1: enter the bidder's name",
      "Step 2: the abnormally low: more than this below the other bids' mean must be 100% or less",
    ])
  );
  const price = placed.find((p) => p.text.includes("price"))!;
  expect(price.step).toBe(0);
  expect(price.fieldId).toBe(fieldId(fieldKey(["Step 1", "Bid 3"], "Price")));
});

test("a message that is already in words, or a journey without words, is left as it is", () => {
  expect(placeProblem("Choose at least one option (step 1).", BIDS_TABLE.words).text).toBe(
    "Choose at least one option (step 1)."
  );
  expect(placeProblem("/bids/2/price must be > 0; got 0", undefined).text).toBe(
    "/bids/2/price must be > 0; got 0"
  );
});

test("the business case: bounds from its schema, and a line in a list inside an option placed on its own step", () => {
  expect(CASE_FIELDS.yearsToFull).toMatchObject({ min: 0, max: 60, whole: true, unit: "years" });
  // The discount is "STPR" or a number: the number's bounds.
  expect(CASE_FIELDS.discountRate).toMatchObject({ min: 0, max: 0.2, unit: "percent" });
  expect(CASE_FIELDS.marketRate).toMatchObject({ min: 0.0001, max: 1 });
  const saving = placeProblem(
    "/options/1/savings/2/yearsToFull must be <= 60; got 61",
    CASE_TABLE.words
  );
  expect(saving.text).toBe(
    "Step 2 · Option 2 · Savings line 3: the years to reach it must be 60 or less"
  );
  expect(saving.step).toBe(1);
  expect(saving.fieldId).toBe(
    fieldId(fieldKey(["Step 2", "Option 2", "Savings line 3"], "Years to reach it"))
  );
  const vat = placeProblem("/options/0/vat/boughtInShare must be <= 1; got 2", CASE_TABLE.words);
  expect(vat.text).toBe(
    "Step 4 · Option 1: the bought-in share of the cost base must be 100% or less"
  );
  expect(vat.step).toBe(3);
  expect(
    placeProblem("/options/0/forums/3/hours must be >= 0; got -1", CASE_TABLE.words).fieldId
  ).toBe(fieldId(fieldKey(["Step 3", "Option 1", "Forum 4"], "Hours per meeting")));
});

test("a oneOf of objects: each field's bounds from the alternative that has it", () => {
  // Sharing's coalitions are entered (source, coalitions) or a model's (fixedCost, …).
  const schema = {
    type: "object",
    properties: {
      c: {
        oneOf: [
          { type: "object", properties: { list: { type: "array", maxItems: 3 } } },
          { type: "object", properties: { cost: { type: "number", minimum: 5 } } },
        ],
      },
    },
  };
  const t = fieldTable(schema, { c: { step: 1 } }, { cost: { path: "c/cost", label: "Cost" } });
  expect(t.fields.cost.min).toBe(5);
  expect(t.maxItems("c/list")).toBe(3);
  expect(SHARING_FIELDS.scaleSaving.min).toBe(0);
  expect(SHARING_FIELDS.vatRecovery).toMatchObject({ min: 0, max: 1, unit: "percent" });
  expect(REALISATION_FIELDS.savingsGreen).toMatchObject({ min: 0, max: 10, unit: "percent" });
  expect(REALISATION_FIELDS.asAtYear).toMatchObject({ min: 0, max: 60, whole: true });
});

test("a journey rule about a field the table lists is placed in its words, with the field's id", () => {
  const option = placeProblem(
    '/optionId "nope" is not an option of the case ("pool")',
    REALISATION_TABLE.words
  );
  expect(option).toEqual({
    text: 'Step 1: the option the partnership went ahead with "nope" is not an option of the case ("pool")',
    step: 0,
    fieldId: fieldId(fieldKey(["Step 1"], "Option the partnership went ahead with")),
  });
  expect(
    placeProblem("/unplanned/0/source is needed for an unplanned saving", REALISATION_TABLE.words)
      .text
  ).toBe("Step 2 · Unplanned line 1: the source is needed for an unplanned saving");
  // A rule about something the table does not list keeps its own words and has no link.
  const figure = "/actuals/0/figures/1/year 3 has another figure already";
  expect(placeProblem(figure, REALISATION_TABLE.words)).toEqual({ text: figure });
});
