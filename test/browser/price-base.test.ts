/**
 * One price base on the standalone page in Debian's Chromium (issue 16): in the social
 * return view, the user's own deflators (a copy of HM Treasury's, extended by pasting two
 * columns with financial years and forecast years), a price base year of 2024/25, the WELLBY
 * picked from the values library, a CSV of the user's own values imported with its columns
 * mapped by hand (one value in 2010/11 prices), and an imported value used; then the value
 * map downloaded and recalculated by LibreOffice: every proxy in 2024/25 prices equals the
 * model's to the penny, and the codes, sources and licences are on the sheet.
 */
import * as fs from "fs";
import {
  artifact,
  chooseByKeyboard,
  describeInChromium,
  openJourney,
  press,
  seriousViolations,
  typeInto,
} from "../support/browser";
import { recalculateAllSheets } from "../support/libreoffice";
import { convertedProxies } from "../../src/journeys/sroi/prices";
import { evaluateSroi } from "../../src/journeys/sroi/evaluate";
import { SROI_SUMMARY_LABELS as L } from "../../src/journeys/sroi/workbook";
import { WELLBY } from "../../src/values/library";
import type { SroiAnalysisCase } from "../../src/journeys/sroi/types";

/** The user's list: headings the guesser cannot all place, so two columns are mapped by hand. */
const CSV = [
  "Ref,Item,Per,Unit cost,Year of costs,Where from,Terms",
  'FY1,Tenancy sustained for a year,per tenancy,"£1,250.50",2010/11,My unit costs (2026 download),CC BY 4.0',
  "CY1,GP appointment,per visit,42,2019,My unit costs (2026 download),CC BY 4.0",
].join("\n");

describeInChromium("one price base in Chromium", (env) => {
  test("my deflators, the WELLBY, an imported value in 2010/11 prices, and a value map that LibreOffice recalculates to the model", async () => {
    const { context, page, errors } = await openJourney(
      env,
      "Social return",
      "Step 1 of 4: Stakeholders"
    );
    const draft = async () =>
      (await page.evaluate(() =>
        JSON.parse(localStorage.getItem("pcba.sroi.draft")!)
      )) as SroiAnalysisCase;

    // Step 1: my own deflators, extended by a paste (tabs, a thousands comma), and the base year.
    await chooseByKeyboard(
      page,
      page.getByRole("combobox", { name: "Deflators" }),
      /Use my own series/
    );
    await typeInto(
      page,
      /^Name of the series/,
      "HMT GDP deflators, December 2025, with OBR forecasts"
    );
    await typeInto(page, /^Licence/, "Open Government Licence v3.0");
    await page
      .getByRole("textbox", { name: /Paste two columns/ })
      .fill("Year\tIndex\n2010/11\t61.25\n2024/25\t101.2\n2025\t1,003.1\n2026\t105.4");
    await press(page, "Add the pasted rows");
    await page.getByText("4 rows added or updated.").waitFor();
    await typeInto(page, "Price base year", "2024/25");
    await page.waitForFunction(
      () => JSON.parse(localStorage.getItem("pcba.sroi.draft")!).priceBaseYear === "2024/25"
    );
    await page.screenshot({ path: artifact("price-base-0-deflators.png"), fullPage: true });
    // The 2025 index pasted as "1,003.1" is one number, not split on its comma.
    const d1 = await draft();
    expect(d1.priceBaseYear).toBe("2024/25");
    expect(d1.deflators!.rows).toContainEqual([2025, 1003.1]);
    expect(d1.deflators!.rows).toContainEqual(["2010/11", 61.25]);

    // Step 2: the WELLBY for the first outcome, an imported value for the second.
    await press(page, /^Next$/);
    await page.getByText("Step 2 of 4: Outcomes").waitFor();
    await page
      .getByRole("button", { name: /Choose from the values library/ })
      .first()
      .focus();
    await page.keyboard.press("Enter");
    await press(page, "Use HMT-WELLBY");
    await page
      .getByRole("button", { name: /Choose from the values library/ })
      .nth(1)
      .focus();
    await page.keyboard.press("Enter");
    await page
      .getByLabel("Proxy list file")
      .setInputFiles({ name: "my-unit-costs.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
    await page.getByLabel("Column mapping").waitFor();
    await page
      .getByRole("combobox", { name: "Column for the source" })
      .selectOption({ label: "Where from" });
    await page
      .getByRole("combobox", { name: "Column for the licence" })
      .selectOption({ label: "Terms" });
    await page
      .getByRole("combobox", { name: "Column for the description" })
      .selectOption({ label: "Item" });
    await page
      .getByRole("combobox", { name: "Column for the unit" })
      .selectOption({ label: "Per" });
    await press(page, "Import the values");
    await page.getByRole("list", { name: "Imported values" }).waitFor();
    await page.screenshot({ path: artifact("price-base-1-imported.png"), fullPage: true });
    await press(page, "Use FY1");
    await page
      .getByText(/^£1,251 in 2010\/11 prices = £2,066 in 2024\/25 prices$/)
      .waitFor({ timeout: 10000 });
    // The draft is written once typing pauses (300 ms).
    await page.waitForFunction(
      () => JSON.parse(localStorage.getItem("pcba.sroi.draft")!).outcomes[1].proxyCode === "FY1"
    );
    const c = await draft();
    expect(c.outcomes[0]).toMatchObject({
      proxy: WELLBY.value,
      priceYear: 2019,
      proxyCode: "HMT-WELLBY",
      licence: WELLBY.licence,
    });
    expect(c.outcomes[1]).toMatchObject({
      proxy: 1250.5,
      priceYear: "2010/11",
      proxyCode: "FY1",
      source: "My unit costs (2026 download)",
      licence: "CC BY 4.0",
    });

    // The list imported is offered again by another outcome's picker.
    await page
      .getByRole("button", { name: /Choose from the values library/ })
      .nth(2)
      .focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Use CY1" }).waitFor();

    // Step 4: download the value map; LibreOffice recalculates it.
    for (const step of ["Step 3 of 4: Inputs", "Step 4 of 4: Results"]) {
      await press(page, /^Next$/);
      await page.getByText(step).waitFor();
    }
    const download = page.waitForEvent("download");
    await press(page, "Download the value map (.xlsx)");
    const file = artifact("price-base-value-map.xlsx");
    await (await download).saveAs(file);
    await page.getByText(/has been downloaded/).waitFor();
    await page.screenshot({ path: artifact("price-base-2-results.png"), fullPage: true });
    const after = await seriousViolations(page);

    const sheets = recalculateAllSheets(new Uint8Array(fs.readFileSync(file)));
    const map = sheets["SROI value map"];
    const head = map.findIndex((r) => r.includes("Value in 2024/25 prices (£)"));
    expect(head).toBeGreaterThanOrEqual(0);
    const col = (name: string) => map[head].indexOf(name);
    const ours = convertedProxies(c);
    // By hand: the WELLBY 13000 × 101.2 / 81.1085 (2019, shipped index kept in the copy);
    // FY1 1250.50 × 101.2 / 61.25.
    expect(ours[0]).toBeCloseTo((13000 * 101.2) / 81.1085, 6);
    expect(ours[1]).toBeCloseTo((1250.5 * 101.2) / 61.25, 6);
    c.outcomes.forEach((_, i) => {
      const row = map[head + 1 + i];
      expect(
        Math.abs(Number(row[col("Value in 2024/25 prices (£)")]) - ours[i])
      ).toBeLessThanOrEqual(0.005);
    });
    const first = map[head + 1];
    const second = map[head + 2];
    expect([first[col("Proxy code")], first[col("Licence")]]).toEqual([
      "HMT-WELLBY",
      WELLBY.licence,
    ]);
    expect(first[col("Source")]).toBe(WELLBY.source);
    expect([second[col("Proxy code")], second[col("Source")], second[col("Licence")]]).toEqual([
      "FY1",
      "My unit costs (2026 download)",
      "CC BY 4.0",
    ]);
    expect(second[col("Price year")]).toBe("2010/11");
    // The inputs sheet names the series used; the summary's present value is the model's.
    expect(sheets["SROI inputs"].flat()).toContain(
      "HMT GDP deflators, December 2025, with OBR forecasts"
    );
    const r = evaluateSroi(c);
    const pv = Number(sheets["SROI summary"].find((row) => row[0] === L.pv)![1]);
    expect(Math.abs(pv - r.pv)).toBeLessThanOrEqual(0.005);
    expect({ after, errors }).toEqual({ after: [], errors: [] });
    await context.close();
  });
});
