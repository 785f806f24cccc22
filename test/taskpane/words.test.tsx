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
