/**
 * Custom functions of the catalogue's "Return by perspective" section: thin adapters from a
 * flows table to `src/model/perspectives.ts`.
 */
import { cellError, excel } from "./excel-errors";
import {
  bool,
  isEmptyOrZero,
  optNum,
  rawVector,
  scheduleArg,
  series,
  text,
  type Arg,
  type Cell,
} from "./args";
import { invalidArgument } from "../model/errors";
import { requireWhole } from "../model/validate";
import {
  FLOW_KINDS,
  perspectiveRoi,
  perspectiveTable,
  SECTORS,
  type Flow,
  type FlowKind,
  type Sector,
} from "../model/perspectives";

/**
 * The flows table of the perspective functions: rows of amounts with kind, party and sector.
 * All four are required columns, so a row is spare when its amounts, kind, party and sector
 * are each empty or 0 (docs/functions.md, "Empty cells, and spare rows").
 */
function flowsArg(amounts: Arg, kinds: Arg, parties: Arg, sectors: Arg): Flow[] {
  const grid: Cell[][] = Array.isArray(amounts) ? amounts : [[amounts]];
  const rows = grid.length;
  const column = (value: Arg, name: string): ((i: number) => string) => {
    const raw = rawVector(value, name);
    if (!raw.scalar && raw.cells.length !== rows) {
      throw invalidArgument(`amounts has ${rows} rows but ${name} has ${raw.cells.length}.`);
    }
    return (i) => {
      const cell = raw.scalar ? raw.cells[0] : raw.cells[i];
      if (isEmptyOrZero(cell)) return ""; // desktop Excel passes an empty text cell as 0
      if (typeof cell !== "string")
        throw invalidArgument(`${name} (row ${i + 1}) must be text; got ${String(cell)}.`);
      return cell.trim();
    };
  };
  const kindAt = column(kinds, "kinds");
  const partyAt = column(parties, "parties");
  const sectorAt = column(sectors, "sectors");
  const flows: Flow[] = [];
  for (let i = 0; i < rows; i++) {
    const cells = grid[i];
    const kind = kindAt(i);
    const party = partyAt(i);
    const sector = sectorAt(i);
    // A spare table row: every cell empty, as the web passes it, or 0, as desktop does.
    if (cells.every(isEmptyOrZero) && !kind && !party && !sector) continue;
    const where = rows > 1 ? ` (row ${i + 1})` : "";
    const k = kind.toLowerCase();
    if (!(FLOW_KINDS as readonly string[]).includes(k)) {
      throw invalidArgument(
        `kinds${where} must be "cost", "benefit", "transfer" or "qol"; got "${kind}".`
      );
    }
    const s = sector.toLowerCase();
    if (!(SECTORS as readonly string[]).includes(s)) {
      throw invalidArgument(`sectors${where} must be "public" or "private"; got "${sector}".`);
    }
    if (!party)
      throw invalidArgument(
        `parties${where} is blank; name who bears the cost or gets the benefit.`
      );
    flows.push({
      amounts: series([cells], `amounts${where}`).values,
      kind: k as FlowKind,
      party,
      sector: s as Sector,
    });
  }
  if (flows.length === 0) throw invalidArgument("amounts has no flows: fill in at least one row.");
  return flows;
}

/**
 * Return on investment from one perspective: government, societal, or a named party.
 * @customfunction PERSPECTIVE_ROI
 * @category Return by perspective
 * @helpurl https://localhost:3000/taskpane.html#PERSPECTIVE_ROI
 * @param amounts One row per flow: one column of annual values, or several columns for years start, start+1, ….
 * @param kinds Each flow's kind: "cost", "benefit", "transfer" or "qol".
 * @param parties Who bears the cost or gets the benefit, e.g. "NHS", "Council", "Volunteers".
 * @param sectors Each flow's sector: "public" or "private".
 * @param perspective "government", "societal", or a party's name for that party's own fiscal return.
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] The year of the first column of amounts (default 1).
 * @param [include_qol] TRUE to count quality-of-life flows in the societal perspective (default FALSE).
 * @returns PV(benefits) / PV(costs) for the perspective; #DIV/0! if it bears no costs.
 * @example =PCBA.PERSPECTIVE_ROI({100;30;250;150;44}, {"cost";"cost";"benefit";"benefit";"transfer"}, {"Council";"Volunteers";"NHS";"Council";"DWP"}, {"public";"private";"public";"public";"public"}, "government") → 4.44
 * @example =PCBA.PERSPECTIVE_ROI(B2:B6, C2:C6, D2:D6, E2:E6, "societal") (a table on the sheet)
 */
export function perspectiveRoiFn(
  amounts: any[][],
  kinds: any[][],
  parties: any[][],
  sectors: any[][],
  perspective: string,
  discount?: any,
  start?: number,
  include_qol?: boolean
): number {
  return excel("PERSPECTIVE_ROI", () =>
    perspectiveRoi(
      flowsArg(amounts, kinds, parties, sectors),
      text(perspective, "perspective"),
      scheduleArg(discount, 0.035),
      startArg(start),
      bool(include_qol, "include_qol", false)
    )
  );
}

function startArg(start: Arg): number {
  return requireWhole(optNum(start, "start", 1), "start", 0, 200);
}

/**
 * Who pays and who benefits: PV costs, PV benefits, net and return for each party, government and society.
 * @customfunction PERSPECTIVE_TABLE
 * @category Return by perspective
 * @helpurl https://localhost:3000/taskpane.html#PERSPECTIVE_TABLE
 * @param amounts One row per flow: one column of annual values, or several columns for years start, start+1, ….
 * @param kinds Each flow's kind: "cost", "benefit", "transfer" or "qol".
 * @param parties Who bears the cost or gets the benefit.
 * @param sectors Each flow's sector: "public" or "private".
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] The year of the first column of amounts (default 1).
 * @param [include_qol] TRUE to count quality-of-life flows in the societal perspective (default FALSE).
 * @returns Spills a header row and one row per party, then government and societal; a perspective with no costs shows #DIV/0! as its return.
 * @example =PCBA.PERSPECTIVE_TABLE(B2:B6, C2:C6, D2:D6, E2:E6)
 */
export function perspectiveTableFn(
  amounts: any[][],
  kinds: any[][],
  parties: any[][],
  sectors: any[][],
  discount?: any,
  start?: number,
  include_qol?: boolean
): any[][] {
  return excel("PERSPECTIVE_TABLE", () => {
    const rows = perspectiveTable(
      flowsArg(amounts, kinds, parties, sectors),
      scheduleArg(discount, 0.035),
      startArg(start),
      bool(include_qol, "include_qol", false)
    );
    return [
      ["perspective", "PV costs", "PV benefits", "net", "return"],
      ...rows.map((r) => [
        r.perspective,
        r.pvCosts,
        r.pvBenefits,
        r.net,
        r.ratio === null ? cellError("#DIV/0!") : r.ratio,
      ]),
    ];
  });
}
