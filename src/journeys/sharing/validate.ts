/**
 * Checks a sharing analysis against its JSON Schema (`sharing.schema.json`, with Ajv) and the
 * rules a schema cannot say (`sharingCrossChecks`); messages carry the path at fault.
 */
import schema from "./sharing.schema.json";
import { schemaValidator } from "../../schema/validator";
import { SUBJECT_KIND, type SharingAnalysis } from "./types";

const key = (name: string) => name.trim().toLowerCase();

/** The coalition table's other headings, which a partner's column heading may not repeat. */
const RESERVED_NAMES = ["coalition", "cost on its own (£)", "value on its own (£)"];

/**
 * The rules the schema cannot say, as messages with the path at fault: unique partner
 * names; entered coalitions naming known partners, each once, with no coalition entered
 * twice; the model only for costs, with every partner's stand-alone cost and units; VAT only
 * for costs; a subject that matches the kind; one typed amount per partner. Missing
 * coalitions are not here: they are the evaluation's problems (a table may be half filled).
 */
export function sharingCrossChecks(a: SharingAnalysis): string[] {
  const problems: string[] = [];
  const index = new Map<string, number>();
  a.partners.forEach((p, i) => {
    if (index.has(key(p.name))) problems.push(`/partners/${i}/name "${p.name}" is used twice`);
    else if (RESERVED_NAMES.includes(key(p.name)))
      problems.push(
        `/partners/${i}/name "${p.name}" is a heading of the workbook's coalition table; choose another name`
      );
    else index.set(key(p.name), i);
  });
  const expected = SUBJECT_KIND[a.subject];
  if (expected && expected !== a.kind) {
    problems.push(`/kind "${a.kind}" does not fit /subject "${a.subject}", which is a ${expected}`);
  }
  if (a.coalitions.source === "entered") {
    const seen = new Map<number, number>();
    a.coalitions.coalitions.forEach((c, j) => {
      let mask = 0;
      c.members.forEach((name, k) => {
        const i = index.get(key(name));
        if (i === undefined) {
          problems.push(`/coalitions/coalitions/${j}/members/${k} "${name}" is not a partner`);
        } else if (mask & (1 << i)) {
          problems.push(`/coalitions/coalitions/${j}/members/${k} "${name}" is listed twice`);
        } else mask |= 1 << i;
      });
      const before = seen.get(mask);
      if (before !== undefined) {
        problems.push(
          `/coalitions/coalitions/${j} repeats coalition ${before + 1} (${c.members.join(" + ")})`
        );
      } else if (mask) seen.set(mask, j);
    });
  } else {
    if (a.kind !== "cost") {
      problems.push('/coalitions the shared-service model gives costs: it needs /kind "cost"');
    }
    a.partners.forEach((p, i) => {
      if (p.standAloneCost === undefined) {
        problems.push(`/partners/${i} (${p.name}) needs standAloneCost for the model`);
      }
      if (p.units === undefined) {
        problems.push(`/partners/${i} (${p.name}) needs units for the model`);
      }
    });
  }
  if (a.vat && a.kind !== "cost") {
    problems.push('/vat applies to a shared service\'s charges: it needs /kind "cost"');
  }
  if (a.userAllocation && a.userAllocation.amounts.length !== a.partners.length) {
    problems.push(
      `/userAllocation/amounts needs one amount per partner (${a.partners.length}); got ${a.userAllocation.amounts.length}`
    );
  }
  return problems;
}

const validator = schemaValidator<SharingAnalysis>(
  schema,
  { root: "the analysis", title: "The analysis" },
  sharingCrossChecks
);

/** Problems with an analysis, empty when it is valid. */
export const sharingProblems = validator.problems;

/** The analysis, typed, or an error listing every problem. */
export const parseSharing = validator.parse;
