import * as fs from "fs";
import { REALISATION_IN_PANE, REALISATION_TABLE, placeRealisation } from "../../src/journeys/realisation/pane/fields";
import { placeProblem } from "../../src/taskpane/words";
test("x", () => {
  const d = JSON.parse(fs.readFileSync("examples/realisation-two-associations.json", "utf8"));
  d.asAtYear = 11;
  console.log(d.actuals[6], placeRealisation(d, ["actuals","6","reforecast","year"]));
  console.log(REALISATION_IN_PANE.problems(d).map((p) => [p, placeProblem(p, REALISATION_TABLE.words)]));
});
