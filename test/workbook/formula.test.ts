/**
 * The plans' formula evaluator (src/workbook/formula.ts) and the plan step that writes its
 * values as cached results (src/workbook/cache-values.ts): Excel's precedence and
 * coercions, criteria with wildcards, array arithmetic in SUMPRODUCT, IPMT against the
 * `financial` package, and "right or nothing" (what it cannot be sure of is left uncached).
 * The examples' workbooks are checked cell by cell against LibreOffice in
 * test/reference/board-workbooks.test.ts.
 */
import fc from "fast-check";
import { ipmt as financialIpmt } from "financial";
import { evaluatePlan, withCachedValues } from "../../src/workbook/cache-values";
import { criterion, formatNumber, FormulaError, ipmt } from "../../src/workbook/formula";
import type { CellValue, PlanCell, WorkbookPlan } from "../../src/workbook/types";

/** A one-sheet plan: typed values and formulas by cell, and names. */
function plan(
  cells: Record<string, CellValue | { f: string; cached?: CellValue }>,
  names: Record<string, string> = {}
): WorkbookPlan {
  const planCells: PlanCell[] = Object.entries(cells).map(([ref, v]) =>
    v !== null && typeof v === "object"
      ? { ref, formula: v.f, ...(v.cached !== undefined ? { cached: v.cached } : {}) }
      : { ref, value: v }
  );
  return {
    sheets: [
      { name: "Sheet 1", widths: {}, cells: planCells, tables: [], checks: [], charts: [] },
      {
        name: "Other",
        widths: {},
        cells: [{ ref: "A1", value: 7 }],
        tables: [
          {
            name: "T",
            ref: "C1",
            columns: [{ name: "Code" }, { name: "Amount" }],
            rows: [
              ["a*b", 5],
              [null, 6],
            ],
          },
        ],
        checks: [],
        charts: [],
      },
    ],
    names: Object.entries(names).map(([name, ref]) => ({ name, ref })),
  };
}

/** The value of formula `f` in A1 of a sheet holding `cells`; "uncomputed" when left out. */
function value(f: string, cells: Record<string, CellValue> = {}, names?: Record<string, string>) {
  const { values, uncomputed } = evaluatePlan(plan({ ...cells, Z99: { f } }, names));
  if (uncomputed.some((u) => u.ref === "Z99" && !u.reason.startsWith("#"))) return "uncomputed";
  const v = values.get("Sheet 1")!.get("Z99");
  return v instanceof FormulaError ? v.code : v;
}

describe("operators", () => {
  test.each([
    ["-2^2", 4],
    ["2^3^2", 64],
    ["1+2*3", 7],
    ["(1+2)*3", 9],
    ["10%", 0.1],
    ["2*-3", -6],
    ["(1+0.5)^-2", 1 / 2.25],
    ["1&2", "12"],
    ['"a"&TRUE', "aTRUE"],
    ['1.5&""', "1.5"],
    ['1/3&""', "0.333333333333333"],
    ["1/0", "#DIV/0!"],
    ['"a"+1', "#VALUE!"],
    ['"a"="A"', true],
    ['1="1"', false],
    ['1<"a"', true],
    ['"a"<TRUE', true],
    ["0.1+0.2=0.3", true],
    ["0.3-0.1-0.2", 0],
    ["TRUE+TRUE", 2],
  ])("%s is %p", (f, expected) => expect(value(f)).toEqual(expected));

  test('a blank cell is 0 in arithmetic, "" in text and equal to both', () => {
    expect(value("B1+1")).toBe(1);
    expect(value('B1&"x"')).toBe("x");
    expect(value('AND(B1="",B1=0)')).toBe(true);
    expect(value("B1")).toBe(0);
  });

  test("text that looks like a number, and text compared by order, are not guessed", () => {
    expect(value('"2"+1')).toBe("uncomputed");
    expect(value('"a"<"b"')).toBe("uncomputed");
  });
});

describe("references, names and sheets", () => {
  const cells = { A1: 1, A2: 2, A3: 3, B1: "x" };
  test("ranges, quoted sheets, names (case-insensitive) and table cells", () => {
    expect(value("SUM(A1:A3)", cells)).toBe(6);
    expect(value("SUM($A$3:A1)", cells)).toBe(6);
    expect(value("'Other'!A1*2", cells)).toBe(14);
    expect(value("Other!A1", cells)).toBe(7);
    expect(value("SUM(amounts)", cells, { Amounts: "'Other'!$D$2:$D$3" })).toBe(11);
    expect(value("'Other'!C1", cells)).toBe("Code");
  });
  test("a range where one value is wanted (outside SUMPRODUCT) is not guessed", () => {
    expect(value("A1:A3*2", cells)).toBe("uncomputed");
    expect(value("ABS(A1:A3)", cells)).toBe("uncomputed");
  });
  test("ROW() and COLUMN() are the formula's own cell", () => {
    expect(value("ROW()*100+COLUMN()")).toBe(99 * 100 + 26);
    expect(value("COLUMN($E$2)-ROW(B7)")).toBe(5 - 7);
  });
});

describe("functions", () => {
  const cells = {
    A1: 1,
    A2: -2,
    A3: 3,
    A4: "t",
    A5: true,
    A6: null,
    B1: "Red",
    B2: "red",
    B3: "a*b",
    B4: "",
    C1: 2020,
    C2: 0.1,
    C3: 2030,
    C4: 0.2,
    D1: 2020,
    D2: 2025,
    D3: 2030,
    E1: 0.1,
    E2: 0.2,
    E3: 0.3,
  };
  test.each([
    ["SUM(A1:A6)", 2],
    ["MIN(A1:A6)", -2],
    ["MAX(A1:A6)", 3],
    ["MIN(A6:A6)", 0],
    ["COUNT(A1:A6)", 3],
    ["COUNTA(A1:A6)", 5],
    ["COUNTBLANK(A1:B6)", 4],
    ["ROWS(A1:A6)", 6],
    ["AND(A1:A6)", true],
    ["AND(A1,A2,FALSE)", false],
    ["OR(A6:A6)", "#VALUE!"],
    ['IF(A1>0,"pos","neg")', "pos"],
    ["IF(A6,1)", false],
    ['IFERROR(1/0,"none")', "none"],
    ['IFERROR(A1,"none")', 1],
    ["ISNA(MATCH(9,A1:A3,0))", true],
    ["ISNUMBER(A4)", false],
    ["N(A5)+N(A4)", 1],
    ["INT(-1.5)", -2],
    ["ABS(A2)", 2],
    ["ROUNDUP(1.2,0)", 2],
    ["ROUNDUP(-1.2,0)", -2],
    ["ROUNDUP(3,0)", 3],
    ["FACT(5)", 120],
    ["FACT(-1)", "#NUM!"],
    ["COMBIN(5,2)", 10],
    ['SUBSTITUTE(SUBSTITUTE("a*b?","*","~*"),"?","~?")', "a~*b~?"],
    ['INDEX({"x","y","z"},MATCH("B",{"a","b","c"},0))', "y"],
    ["INDEX(A1:A3,2)", -2],
    ["INDEX(A1:A3,4)", "#REF!"],
    ['MATCH("RED",B1:B4,0)', 1],
    ['MATCH("r*",B1:B4,0)', 1],
    ["MATCH(3,A1:A3,0)", 3],
    ["LOOKUP(2027,D1:D3,E1:E3)", 0.2],
    ["LOOKUP(2030,D1:D3,E1:E3)", 0.3],
    ["RANK(A1,A1:A3,0)", 2],
    ["RANK(A3,A1:A3,0)", 1],
    ["RANK(A2,A1:A3,1)", 1],
    ['TEXT(1234.565,"£#,##0.00")', "£1,234.57"],
    ['TEXT(-0.004,"£#,##0.00")', "£0.00"],
    ['TEXT(-1234567.5,"£#,##0")', "-£1,234,568"],
    ['TEXT(0.125,"0.0%")', "12.5%"],
  ])("%s is %p", (f, expected) => expect(value(f, cells)).toEqual(expected));

  test("criteria: operators, numbers, wildcards and their escapes, blanks", () => {
    expect(value('COUNTIF(A1:A6,">0")', cells)).toBe(2);
    expect(value('COUNTIF(A1:A6,"<="&A1)', cells)).toBe(2);
    expect(value('COUNTIF(B1:B4,"red")', cells)).toBe(2);
    expect(value('COUNTIF(B1:B4,"<>red")', cells)).toBe(2);
    expect(value('COUNTIF(B1:B4,"a*")', cells)).toBe(1);
    expect(value('COUNTIF(B1:B4,"a~*b")', cells)).toBe(1);
    expect(value('COUNTIF(B1:B4,"a~*")', cells)).toBe(0);
    expect(value('COUNTIF(A1:A6,"")', cells)).toBe(1);
    expect(value('COUNTIF(A1:A6,"<>")', cells)).toBe(5);
    expect(value("COUNTIF(A1:A6,TRUE)", cells)).toBe(1);
    expect(value('SUMIF(B1:B3,"red",A1:A3)', cells)).toBe(-1);
    expect(value('SUMIFS(A1:A3,B1:B3,"red",A1:A3,">0")', cells)).toBe(1);
    expect(value('COUNTIFS(B1:B3,"red",A1:A3,"<0")', cells)).toBe(1);
    expect(criterion(3)(3)).toBe(true);
    expect(criterion(3)("3")).toBe(false);
    expect(criterion(null)(0)).toBe(true);
    // An ordering text criterion compares by collation: not guessed.
    expect(value('COUNTIF(B1:B4,">m")', cells)).toBe("uncomputed");
  });

  test("SUMPRODUCT: array arithmetic, functions and criteria lifted over ranges", () => {
    expect(value("SUMPRODUCT(A1:A3,A1:A3)", cells)).toBe(14);
    expect(value("SUMPRODUCT(--(A1:A3>0))", cells)).toBe(2);
    expect(value("SUMPRODUCT(ABS(A1:A3-1))", cells)).toBe(5);
    expect(value('SUMPRODUCT((B1:B4<>"")*(COUNTIF(B1:B2,B1:B4)=0))', cells)).toBe(1);
    expect(value('SUMPRODUCT(--ISNA(MATCH(B1:B3,{"red","x"},0)))', cells)).toBe(1);
    expect(value("SUMPRODUCT(A1:A3,A1:A2)", cells)).toBe("#VALUE!");
    // A TRUE in SUMPRODUCT's arrays: Excel counts 0, LibreOffice 1: not guessed.
    expect(value("SUMPRODUCT(A1:A3>0)", cells)).toBe("uncomputed");
  });

  test("LOOKUP over keys not in ascending order is not guessed", () => {
    expect(value("LOOKUP(2,A1:A3,A1:A3)", cells)).toBe("uncomputed");
    expect(value("LOOKUP(2000,D1:D3,E1:E3)", cells)).toBe("#N/A");
  });

  test("an unknown function is not guessed", () => {
    expect(value("NPV(0.1,A1:A3)", cells)).toBe("uncomputed");
  });
});

test("IPMT equals the financial package's on random loans, to 1e-9 relative", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0.001, max: 0.2, noNaN: true }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 0, max: 39 }),
      fc.double({ min: 1000, max: 1e8, noNaN: true }),
      (rate, nper, k, principal) => {
        const per = 1 + (k % nper);
        const ours = ipmt(rate, per, nper, -principal) as number;
        const theirs = financialIpmt(rate, per, nper, -principal);
        expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(1e-9 * Math.abs(theirs));
      }
    )
  );
  expect(ipmt(0.05, 0, 10, -100)).toBeInstanceOf(FormulaError);
});

test("formatNumber rounds half away from zero on the shown digits", () => {
  expect(formatNumber(1.005, "#,##0.00")).toBe("1.01");
  expect(formatNumber(999.995, "£#,##0.00")).toBe("£1,000.00");
  expect(formatNumber(0, "£#,##0.00")).toBe("£0.00");
  expect(() => formatNumber(1, "0.00E+00")).toThrow();
});

describe("the plan step", () => {
  test("formulas are evaluated in dependency order, whatever order the plan lists them", () => {
    const p = plan({ A1: { f: "A2*2" }, A2: { f: "A3+1" }, A3: 4 });
    const cached = withCachedValues(p).sheets[0].cells;
    expect(cached.find((c) => c.ref === "A1")!.cached).toBe(10);
    expect(cached.find((c) => c.ref === "A2")!.cached).toBe(5);
  });

  test("the model's own cached value is kept", () => {
    const p = plan({ A1: { f: "1+1", cached: 2.0000001 } });
    expect(withCachedValues(p).sheets[0].cells[0].cached).toBe(2.0000001);
  });

  test("a cycle, a dependent of something uncomputable and an error value are left uncached", () => {
    const p = plan({
      A1: { f: "A2+1" },
      A2: { f: "A1+1" },
      B1: { f: "NPV(0.1,1)" },
      B2: { f: "B1*2" },
      C1: { f: "1/0" },
      C2: { f: "IFERROR(C1,5)" },
      D1: "=A1+1",
    });
    const { uncomputed } = evaluatePlan(p);
    expect(uncomputed.map((u) => u.ref).sort()).toEqual(["A1", "A2", "B1", "B2", "C1"]);
    expect(uncomputed.find((u) => u.ref === "B2")!.reason).toMatch(/B1: function NPV/);
    const cells = withCachedValues(p).sheets[0].cells;
    expect(cells.filter((c) => c.cached !== undefined).map((c) => c.ref)).toEqual(["C2"]);
    // Text the user typed that looks like a formula stays text: never evaluated, never cached.
    expect(cells.find((c) => c.ref === "D1")).toEqual({ ref: "D1", value: "=A1+1" });
  });

  test("the plan given is not changed", () => {
    const p = plan({ A1: { f: "1+1" } });
    const before = JSON.stringify(p);
    withCachedValues(p);
    expect(JSON.stringify(p)).toBe(before);
  });
});
