/**
 * An SROI analysis in one price base: each proxy converted from its price year to the
 * analysis's base year in the model, against values worked by hand from HM Treasury's GDP
 * deflators (December 2025: 2014 = 74.6524, 2019 = 81.1085, 2024 = 100); a file without a price base keeps its results and its plan exactly; the
 * value map's Deflators table and price base read back from the workbook's tables.
 */
import * as fs from "fs";
import * as path from "path";
import { evaluateSroi, sroiAnalysis } from "../../../src/journeys/sroi/evaluate";
import { parseSroi, sroiProblems } from "../../../src/journeys/sroi/validate";
import { sroiPlan, SROI_SHEETS } from "../../../src/journeys/sroi/workbook";
import { SROI_READER, VALUE_MAP } from "../../../src/journeys/sroi/inputs";
import { defaultPriceBaseYear, sroiConversions } from "../../../src/journeys/sroi/prices";
import { outcomeTable, sroiRatio, sroiPv } from "../../../src/model/sroi";
import { discountSchedule } from "../../../src/model/discounting";
import { shippedDeflators } from "../../../src/model/price-base";
import type { SroiAnalysisCase } from "../../../src/journeys/sroi/types";
import { planTables } from "../../support/plan-tables";
import { businessCasePlan } from "../../../src/journeys/business-case/workbook";
import { parseCase } from "../../../src/journeys/business-case/validate";
import type { BusinessCase } from "../../../src/journeys/business-case/types";
import { EXAMPLES } from "../../support/examples";
import { FINANCIAL_PRICE_YEARS, FINANCIAL_YEAR_INDICES, loadSroiExample } from "../../support/sroi";

const load = loadSroiExample;
const old = load("sroi-community-navigators.json");
const priced = load("sroi-wellbeing-price-base.json");
const index = (y: number) => shippedDeflators().byLabel.get(String(y))!;

/** One outcome, one input, a flat rate: the ratio is worked by hand below. */
const single = (
  proxy: number,
  priceYear: number | string,
  base?: number | string
): SroiAnalysisCase => ({
  schemaVersion: 1,
  title: "One proxy",
  discount: 0,
  stakeholders: ["People"],
  inputs: [{ stakeholder: "People", description: "Grant", value: 1000 }],
  outcomes: [
    {
      stakeholder: "People",
      output: "",
      outcome: "Better off",
      indicator: "",
      quantity: 1,
      duration: 1,
      proxyDescription: "",
      proxy,
      source: "Test",
      priceYear,
      deadweight: 0,
      displacement: 0,
      attribution: 0,
      dropOff: 0,
      start: 1,
    },
  ],
  ...(base === undefined ? {} : { priceBaseYear: base }),
});

describe("the model converts each proxy to the price base year", () => {
  test("£1,200 in 2014 prices is £1,607.45 in 2024 prices (1,200 × 100 / 74.6524)", () => {
    expect(index(2014)).toBe(74.6524);
    const r = evaluateSroi(single(1200, 2014, 2024));
    // By hand: 1200 × 100 / 74.6524 = 120000 / 74.6524 = 1607.44999...; no discounting,
    // inputs £1,000.
    expect(r.pv).toBeCloseTo(1607.45, 3);
    expect(r.ratio).toBeCloseTo(1.60745, 5);
  });

  test("the WELLBY, £13,000 in 2019 prices, is £16,028 in 2024 prices (13,000 × 100 / 81.1085)", () => {
    expect(index(2019)).toBe(81.1085);
    expect(evaluateSroi(single(13000, 2019, 2024)).pv).toBeCloseTo(16027.91, 1);
  });

  test("to an earlier base year the value falls: £100 in 2024 prices is £74.65 in 2014 prices", () => {
    expect(evaluateSroi(single(100, 2024, 2014)).pv).toBeCloseTo(74.6524, 9);
  });

  test("the example's mixed price years: every proxy's factor is index(2024) / index(its year)", () => {
    const { rows, problems } = sroiConversions(priced);
    expect(problems).toEqual([]);
    priced.outcomes.forEach((o, i) => {
      expect(rows[i].factor).toBeCloseTo(100 / index(o.priceYear as number), 12);
      expect(rows[i].value).toBeCloseTo((o.proxy * 100) / index(o.priceYear as number), 9);
    });
    // The 2024 proxy is unchanged, exactly.
    expect(rows[3].value).toBe(300);
    // The ratio is the model's on the converted proxies, not on the proxies as they stand.
    const a = sroiAnalysis(priced);
    const asTheyStand = outcomeTable(priced.outcomes);
    expect(a.outcomes.proxy[1]).not.toBe(asTheyStand.proxy[1]);
    expect(evaluateSroi(priced).pv).toBeGreaterThan(sroiPv(asTheyStand, a.discount));
  });

  test("a financial year converts with a series that has financial years", () => {
    const c: SroiAnalysisCase = {
      ...single(1000, "2010/11", "2024/25"),
      deflators: {
        name: "my deflators",
        source: "test",
        licence: "",
        rows: [
          ["2010/11", 69.5],
          ["2024/25", 100.7],
        ],
      },
    };
    expect(sroiProblems(c)).toEqual([]);
    expect(evaluateSroi(c).pv).toBeCloseTo((1000 * 100.7) / 69.5, 9);
  });

  test("the default price base year is the latest year of the shipped series", () => {
    expect(defaultPriceBaseYear()).toBe(2024);
  });
});

describe("a proxy that cannot be converted is a problem the pane lists", () => {
  test("a price year outside the series names the outcome and the years covered", () => {
    const problems = sroiProblems(single(100, 2026, 2024));
    expect(problems).toEqual([
      expect.stringMatching(
        /^Outcome 1 \(Better off\): .*2026 is not in HM Treasury's GDP deflators .*calendar years 1990 to 2024/
      ),
    ]);
    expect(() => parseSroi(single(100, 2026, 2024))).toThrow(/2026 is not in/);
  });

  test("a base year outside the series is one problem, not one per proxy", () => {
    const c = single(100, 2014, 2030);
    expect(sroiProblems(c)).toEqual([expect.stringMatching(/price base year 2030 is not in/)]);
  });

  test("a financial year on the calendar-year series says to give financial-year deflators", () => {
    expect(sroiProblems(single(100, "2010/11", 2024)).join(" ")).toMatch(
      /series with financial years/
    );
  });

  test("a deflator table with a repeated year is a problem, not a crash", () => {
    const c: SroiAnalysisCase = {
      ...single(100, 2014, 2024),
      deflators: {
        name: "mine",
        source: "",
        licence: "",
        rows: [
          [2014, 70],
          [2014, 71],
          [2024, 100],
        ],
      },
    };
    expect(sroiProblems(c).join(" ")).toMatch(/The deflators: .*2014 appears twice/);
  });
});

describe("a file without a price base keeps its results and its plan", () => {
  test("the old example's ratio is the model's on the proxies as they stand", () => {
    expect(old.priceBaseYear).toBeUndefined();
    const t = outcomeTable(old.outcomes);
    const a = { outcomes: t, inputs: 114000, discount: discountSchedule(old.discount) };
    expect(evaluateSroi(old).ratio).toBe(sroiRatio(a));
    // Its 2026 price years are outside the series, and that is no problem without a price base.
    expect(sroiProblems(old)).toEqual([]);
  });

  test("the old example's plan has the plain value map and no price base tables", () => {
    const plan = sroiPlan(old);
    const tables = plan.sheets.flatMap((s) => s.tables);
    expect(tables.map((t) => t.name)).toEqual([
      "ValueMap",
      "SroiDiscountBands",
      "SroiStakeholders",
      "SroiInputs",
    ]);
    const map = tables.find((t) => t.name === "ValueMap")!;
    expect(map.columns.map((c) => c.name)).toEqual(
      Object.values(VALUE_MAP.columns).map((c) => c.header)
    );
    expect(plan.names.map((n) => n.name)).not.toContain("SroiPriceBaseYear");
  });

  test("opting in with a base year equal to every price year gives the same ratio exactly", () => {
    const same: SroiAnalysisCase = {
      ...priced,
      outcomes: priced.outcomes.map((o) => ({ ...o, priceYear: 2024 })),
    };
    const none: SroiAnalysisCase = { ...same, priceBaseYear: undefined };
    delete none.priceBaseYear;
    expect(evaluateSroi(same).ratio).toBe(evaluateSroi(none).ratio);
  });
});

describe("the workbook holds the price base and reads it back", () => {
  const plan = sroiPlan(priced);
  const tables = planTables(plan, "");

  test("the inputs sheet has the price base and a Deflators table of the whole series", () => {
    expect(tables.SroiPriceBase).toEqual([
      ["Price base year", "Deflator series", "Source", "Licence"],
      [2024, shippedDeflators().name, shippedDeflators().source, shippedDeflators().licence],
    ]);
    expect(tables.SroiDeflators.length - 1).toBe(shippedDeflators().points.length);
    expect(tables.SroiDeflators[1]).toEqual([1990, 42.7537]);
  });

  test("the value map keeps each proxy's code and licence beside its value and source", () => {
    const [header, wellby] = tables.ValueMap;
    const at = (h: string) => wellby[header.indexOf(h)];
    expect(at("Proxy code")).toBe("HMT-WELLBY");
    expect(at("Licence")).toBe("Open Government Licence v3.0 (Crown copyright)");
    expect(at("Source")).toMatch(/^HM Treasury, "Wellbeing guidance/);
    expect(at("Price year")).toBe(2019);
  });

  test("each proxy's converted value is an INDEX/MATCH on the Deflators table, and impact uses it", () => {
    const map = plan.sheets.find((s) => s.name === SROI_SHEETS.calculations)!;
    const header = map.cells.find((c) => c.value === "Value in 2024 prices (£)")!;
    const col = header.ref.replace(/\d+/g, "");
    const conv = map.cells.find((c) => c.ref === `${col}5`)!;
    expect(conv.formula).toMatch(
      /INDEX\(SroiDeflatorIndex,MATCH\(SroiPriceBaseYear,SroiDeflatorYears,0\)\)/
    );
    expect(conv.formula).toMatch(/MATCH\(\$[A-Z]+5,SroiDeflatorYears,0\)/);
    const impact = map.cells.find(
      (c) =>
        c.formula?.startsWith("$E5*") &&
        c.ref.startsWith(String.fromCharCode(col.charCodeAt(0) + 1))
    );
    expect(impact?.formula).toContain(`$${col}5`);
  });

  test("reading the tables back restores the analysis, price base included (shipped series: no deflators kept)", () => {
    const back = SROI_READER.from(tables, `SROI inputs: ${priced.title}`);
    expect(back).toEqual(priced);
  });

  test("a user's own deflators (financial years) read back as the user's series", () => {
    const c: SroiAnalysisCase = {
      ...priced,
      priceBaseYear: "2024/25",
      deflators: {
        name: "My deflators, March 2026",
        source: "My own transcription",
        licence: "Open Government Licence v3.0",
        rows: FINANCIAL_YEAR_INDICES,
      },
      outcomes: priced.outcomes.map((o, i) => ({
        ...o,
        priceYear: FINANCIAL_PRICE_YEARS[i],
      })),
    };
    expect(sroiProblems(c)).toEqual([]);
    const back = SROI_READER.from(planTables(sroiPlan(c), ""), `SROI inputs: ${c.title}`);
    expect(back).toEqual(c);
  });
});

test("an SROI value map and a business case, both with price bases, share no table or defined name", () => {
  // Both first builds use no suffix, so their names must differ to live in one workbook.
  const bc = JSON.parse(
    fs.readFileSync(path.join(EXAMPLES, "two-associations-merger.json"), "utf8")
  ) as BusinessCase;
  bc.appraisal.priceBaseYear = 2024;
  bc.options[0].savings[0].priceYear = 2014;
  const names = (p: ReturnType<typeof sroiPlan>) => [
    ...p.sheets.flatMap((s) => s.tables.map((t) => t.name)),
    ...p.names.map((n) => n.name),
  ];
  const ours = names(sroiPlan(priced));
  expect(ours).toEqual(expect.arrayContaining(["SroiDeflators", "SroiPriceBaseYear"]));
  const theirs = names(businessCasePlan(parseCase(bc)));
  expect(theirs).toEqual(expect.arrayContaining(["Deflators", "PriceBaseYear", "DeflatorYears"]));
  expect(ours.filter((n) => theirs.includes(n))).toEqual([]);
});
