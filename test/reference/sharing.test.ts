/**
 * End to end for sharing: each analysis is built to .xlsx, recalculated by LibreOffice, and
 * every figure compared with the model (src/model/sharing.ts through the journey's
 * evaluation): the Shapley values against PCBA.SHAPLEY itself (the registered custom
 * function's adapter), every allocation, saving and VAT figure and every core-check margin to
 * the penny, each coalition's TRUE/FALSE and each rule's verdict as the model's; every check
 * TRUE; no error value on any sheet. Besides the two examples: the glove game, whose Shapley
 * value lies outside its core (worked by hand below), a three-partner majority game whose
 * core is empty, and a coalition table with one coalition missing.
 */
import "../support/install-custom-functions-fake";
import * as fs from "fs";
import * as path from "path";
import * as F from "../../src/functions/functions";
import { parseSharing } from "../../src/journeys/sharing/validate";
import { evaluateSharing } from "../../src/journeys/sharing/evaluate";
import { coalitionRows } from "../../src/journeys/sharing/inputs";
import { sharingLayout, sharingPlan, SHARING_SHEETS } from "../../src/journeys/sharing/workbook";
import type { SharingAnalysis } from "../../src/journeys/sharing/types";
import { ALLOCATION_RULES, grandCoalition } from "../../src/model/sharing";
import { decodeRef } from "../../src/workbook/refs";
import { planToXlsx } from "../../src/workbook/xlsx";
import { recalculateAllSheets } from "../support/libreoffice";
import { call, col, valueOf } from "../support/excel";
import { EXAMPLES } from "../support/examples";

jest.setTimeout(300000);

const load = (f: string): SharingAnalysis =>
  parseSharing(JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8")));

const entered = (
  title: string,
  kind: "cost" | "gain",
  names: string[],
  values: number[],
  user?: number[]
): SharingAnalysis =>
  parseSharing({
    schemaVersion: 1,
    title,
    kind,
    subject: kind === "cost" ? "running_cost" : "savings",
    partners: names.map((name, i) => ({ name, type: "partner", vatRecovery: 0, units: i + 1 })),
    coalitions: {
      source: "entered",
      coalitions: values
        .map((value, m) => ({ members: names.filter((_, i) => m & (1 << i)), value }))
        .filter((_, m) => m > 0),
    },
    ...(user ? { userAllocation: { label: "Proposed", amounts: user } } : {}),
  });

/** The glove game (one left glove, two right), in pounds: a pair is worth £600,000. */
const glove = entered(
  "Glove game",
  "gain",
  ["Left", "Right 1", "Right 2"],
  [0, 0, 0, 6e5, 0, 6e5, 0, 6e5],
  [6e5, 0, 0]
);
/** Majority: any two of three make £90,000, one alone nothing. */
const majority = entered(
  "Majority game",
  "gain",
  ["Ash", "Birch", "Cedar"],
  [0, 0, 0, 9e4, 0, 9e4, 9e4, 9e4],
  [9e4, 0, 0]
);
/**
 * Eight partners (the most, 255 coalitions): each group's value is its members' own figures
 * plus a pseudo-random bonus for working together (a fixed linear congruential sequence).
 */
const eight = (() => {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const own = Array.from({ length: 8 }, () => Math.round(next() * 50000));
  const values = Array.from({ length: 256 }, (_, m) => {
    const members = own.filter((_, i) => m & (1 << i));
    const alone = members.reduce((x, y) => x + y, 0);
    return members.length > 1 ? alone + Math.round(next() * 20000 * members.length) : alone;
  });
  return entered(
    "Eight partners",
    "gain",
    Array.from({ length: 8 }, (_, i) => `Partner ${String.fromCharCode(65 + i)}`),
    values
  );
})();
const consortium = load("sharing-employment-consortium.json");
const missingOne: SharingAnalysis = {
  ...consortium,
  title: "One coalition missing",
  coalitions: {
    source: "entered",
    coalitions:
      consortium.coalitions.source === "entered" ? consortium.coalitions.coalitions.slice(1) : [],
  },
};

const CASES: [string, SharingAnalysis][] = [
  ["sharing-back-office.json", load("sharing-back-office.json")],
  ["sharing-employment-consortium.json", consortium],
  ["the glove game", glove],
  ["the majority game", majority],
  ["eight partners, 255 coalitions", eight],
  ["a table with a coalition missing", missingOne],
];

/** A cell of a recalculated sheet by A1 reference ("" when beyond what LibreOffice wrote). */
const at = (sheet: string[][], ref: string): string => {
  const { row, column } = decodeRef(ref);
  return sheet[row - 1]?.[column - 1] ?? "";
};
const penny = (shown: string, expected: number) => {
  expect(shown).not.toBe("");
  expect(Math.abs(Number(shown) - expected)).toBeLessThanOrEqual(0.005);
};

describe.each(CASES)("%s", (_name, a) => {
  const e = evaluateSharing(a);
  const L = sharingLayout(a);
  const rows = coalitionRows(a);
  let sheets: Record<string, string[][]>;
  beforeAll(async () => {
    sheets = recalculateAllSheets(await planToXlsx(sharingPlan(a)));
  });
  const calc = () => sheets[SHARING_SHEETS.calculations];
  const summary = () => sheets[SHARING_SHEETS.summary];

  test("no error value on any sheet", () => {
    expect(Object.keys(sheets).sort()).toEqual(
      [SHARING_SHEETS.inputs, SHARING_SHEETS.calculations, SHARING_SHEETS.summary].sort()
    );
    const errors = Object.entries(sheets).flatMap(([name, grid]) =>
      grid.flatMap((row, i) =>
        row
          .map((v, j) => [v, j] as const)
          .filter(([v]) => /^(#[A-Z0-9/]+[!?]?|Err:\d+)$/.test(v))
          .map(([v, j]) => `${name} row ${i + 1} col ${j + 1}: ${v}`)
      )
    );
    expect(errors).toEqual([]);
  });

  if (e.problems.length) {
    test("an incomplete table: every rule says why it does not apply, and the check is FALSE", () => {
      expect(e.game).toBeNull();
      ALLOCATION_RULES.forEach((rule, k) => {
        expect(at(calc(), `B${L.rows[rule].amount}`)).toBe("the coalition table is incomplete");
        expect(at(summary(), `C${L.summary.core + k}`)).toMatch(/^Does not apply: /);
      });
      const s = summary();
      const missing = s.find((r) => r[0] === "Every coalition has a value");
      expect(missing?.[1]).toBe("FALSE");
      expect(s.find((r) => r[0] === "All checks pass")?.[1]).toBe("FALSE");
    });
    return;
  }

  test("the Shapley values are PCBA.SHAPLEY's, to the penny", () => {
    const fromFunction = valueOf(call(F.shapleyFn, col(...e.game!.values))) as number[][];
    expect(fromFunction).toHaveLength(a.partners.length);
    fromFunction.forEach(([x], i) => {
      penny(at(calc(), `${L.partnerColumn(i)}${L.rows.shapley.amount}`), x);
      penny(at(summary(), `C${L.summary.amounts + i}`), x);
    });
  });

  test("every allocation, saving and VAT figure is the model's, to the penny", () => {
    e.allocations.forEach((x, k) => {
      const column = String.fromCharCode(67 + k); // the summary's rule columns, C to G
      a.partners.forEach((_, i) => {
        const shown = (top: number | undefined) => at(summary(), `${column}${top! + i}`);
        if (!x.amounts) {
          expect(shown(L.summary.amounts)).toBe("");
          return;
        }
        penny(shown(L.summary.amounts), x.amounts[i]);
        penny(shown(L.summary.savings), x.members![i].savingAgainstAlone);
        if (x.vat) {
          penny(shown(L.summary.vat), x.vat[i].vatBorne);
          penny(shown(L.summary.afterVat), x.vat[i].savingAfterVat);
        }
      });
    });
  });

  test("the core check per coalition and rule, and each rule's verdict, are the model's", () => {
    const grand = grandCoalition(a.partners.length);
    e.allocations.forEach((x) => {
      const { by, content } = L.coreColumns[x.rule];
      rows.forEach((r, j) => {
        const row = L.coreFirst + j;
        if (!x.core || r.mask === grand) {
          expect([at(calc(), `${by}${row}`), at(calc(), `${content}${row}`)]).toEqual(["", ""]);
          return;
        }
        const model = x.core.coalitions.find((c) => c.coalition === r.mask)!;
        penny(at(calc(), `${by}${row}`), model.betterOffAloneBy);
        expect(at(calc(), `${content}${row}`)).toBe(model.blocks ? "FALSE" : "TRUE");
      });
      if (!x.core) return;
      expect(at(calc(), `${by}${L.coreSummary.inCore}`)).toBe(x.core.inCore ? "TRUE" : "FALSE");
      const who = at(calc(), `${by}${L.coreSummary.who}`);
      if (x.core.blocking.length === 0) expect(who).toBe("none");
      else {
        const most = x.core.blocking[0].betterOffAloneBy;
        penny(at(calc(), `${by}${L.coreSummary.most}`), most);
        const tied = x.core.blocking.filter((b) => Math.abs(b.betterOffAloneBy - most) <= 0.005);
        expect(tied.map((b) => b.label)).toContain(who);
        expect(Number(at(calc(), `${by}${L.coreSummary.count}`))).toBe(x.core.blocking.length);
      }
    });
  });

  test("every check reads TRUE", () => {
    const s = summary();
    const from = s.findIndex((r) => r[0] === "Checks");
    const checks = s.slice(from + 1).filter((r) => r[1] === "TRUE" || r[1] === "FALSE");
    expect(checks.length).toBeGreaterThanOrEqual(9);
    checks.forEach((r) => expect([r[0], r[1]]).toEqual([r[0], "TRUE"]));
  });
});

describe("cases worked by hand", () => {
  const core = (a: SharingAnalysis) => sheetsOf(a).then((s) => s[SHARING_SHEETS.summary]);
  const sheetsOf = async (a: SharingAnalysis) =>
    recalculateAllSheets(await planToXlsx(sharingPlan(a)));

  test("the glove game: Shapley £400,000 / £100,000 / £100,000, outside the core; Left + a Right would be £100,000 better off", async () => {
    const s = await core(glove);
    const L = sharingLayout(glove);
    expect([0, 1, 2].map((i) => Number(at(s, `C${L.summary.amounts + i}`)))).toEqual([
      4e5, 1e5, 1e5,
    ]);
    expect(at(s, `B${L.summary.core}`)).toBe("FALSE");
    expect(at(s, `C${L.summary.core}`)).toBe(
      "Left + Right 1 would be better off on its own by £100,000.00 (and 1 other groups would be too)."
    );
    // Left takes everything: the only split in this core.
    expect(at(s, `B${L.summary.core + 4}`)).toBe("TRUE");
    expect(at(s, `C${L.summary.core + 4}`)).toBe("No group would be better off on its own.");
  });

  test("the majority game: every rule is blocked by a pair (the core is empty)", async () => {
    const s = await core(majority);
    const L = sharingLayout(majority);
    expect(evaluateSharing(majority).emptiness!.empty).toBe(true);
    ALLOCATION_RULES.forEach((rule, k) => {
      const verdict = at(s, `B${L.summary.core + k}`);
      if (rule === "stand_alone") {
        expect(verdict).toBe("");
        expect(at(s, `C${L.summary.core + k}`)).toBe(
          "Does not apply: nothing to share in proportion to."
        );
      } else expect(verdict).toBe("FALSE");
    });
    // Equal thirds of £90,000: any pair gets £60,000 against £90,000 on its own.
    expect(at(s, `C${L.summary.core + 2}`)).toMatch(
      /^Ash \+ Birch would be better off on its own by £30,000\.00 \(and 2 other groups/
    );
  });
});
