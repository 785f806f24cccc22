/**
 * One place per journey for its fields: a table of each field's schema path, label and unit,
 * with its bounds (minimum, maximum, exclusive minimum, whole number) read from the journey's
 * JSON Schema, so the pane's fields, the schema's rules and the pane's messages cannot drift
 * apart. The same table gives the journey's words for its messages (see ./words.ts).
 */
import { withPlace, type FieldPlace, type FieldWords, type JourneyWords } from "./words";

/** A field as a journey's table lists it. */
export interface FieldSpec extends FieldWords {
  /** Its schema path, slash-separated, with `*` for each index (bids, *, price). */
  readonly path: string;
}

/** A field with its bounds from the schema, ready to spread into a NumberField. */
export interface TableField extends FieldWords {
  readonly min?: number;
  readonly max?: number;
  /** An exclusive minimum: the value must be more than this. */
  readonly above?: number;
  readonly whole?: boolean;
}

type Node = Record<string, unknown>;

/**
 * The schema node at `path` (properties, list items, and the object alternative of a oneOf:
 * the one that has the next segment, as the sharing journey's coalitions are either entered
 * or a model's, each with its own properties).
 */
export function schemaAt(schema: Node, path: string): Node | undefined {
  let at: Node | undefined = schema;
  for (const segment of path.split("/").filter(Boolean)) {
    if (!at) return undefined;
    const alternatives = (at.oneOf ?? at.anyOf) as Node[] | undefined;
    if (alternatives) {
      const has = (a: Node) =>
        segment === "*" ? a.items !== undefined : (a.properties as Node | undefined)?.[segment];
      at =
        alternatives.find(has) ??
        alternatives.find((a) => a.type === "object" || a.properties || a.items);
    }
    if (!at) return undefined;
    at = segment === "*" ? (at.items as Node) : (at.properties as Record<string, Node>)?.[segment];
  }
  return at;
}

const num = (x: unknown) => (typeof x === "number" ? x : undefined);

/**
 * A journey's field table: its fields with the schema's bounds, the most items each list
 * may hold, and its words for messages.
 * @param at where each top-level property is (its step, and what one list item is called)
 */
export function fieldTable<K extends string>(
  schema: Node,
  at: JourneyWords["at"],
  specs: Readonly<Record<K, FieldSpec>>
): {
  fields: Readonly<Record<K, TableField>>;
  words: JourneyWords;
  maxItems: (path: string) => number | undefined;
} {
  const fields = {} as Record<K, TableField>;
  const byPath: Record<string, FieldWords> = {};
  for (const key of Object.keys(specs) as K[]) {
    const { path, ...words } = specs[key];
    const found = schemaAt(schema, path);
    if (!found) throw new Error(`The field table names ${path}, which the schema does not have.`);
    // A value that is a number or a word ("STPR" or a flat rate): the number's bounds.
    const node =
      ((found.oneOf ?? found.anyOf) as Node[] | undefined)?.find((a) =>
        ([] as unknown[]).concat(a.type).some((t) => t === "number" || t === "integer")
      ) ?? found;
    const types = ([] as unknown[]).concat(node.type);
    fields[key] = {
      ...words,
      min: num(node.minimum),
      max: num(node.maximum),
      above: num(node.exclusiveMinimum),
      whole: types.includes("integer") || undefined,
    };
    byPath[path] = words;
  }
  return {
    fields,
    words: { at, fields: byPath },
    maxItems: (path) => num(schemaAt(schema, path)?.maxItems),
  };
}

/** A JSON Pointer's segments, unescaped (RFC 6901: ~1 is "/", ~0 is "~"). */
const segmentsOf = (pointer: string): string[] =>
  pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));

/**
 * `journey` for its pane: each problem whose field `place` finds in the draft (a field whose
 * scope or label is built from the draft's own names, which the table cannot list, or a
 * journey rule the table cannot place) carries that place, so the review names it in words
 * and its link focuses it; every other problem is as the journey says, placed by the table.
 * @param place the field at a pointer's segments in `value` ("actuals", "3", "figures", "1",
 *   "evidence"), given what the validator said after the pointer ("must NOT have …", or a
 *   rule's words: "3 has another figure already"), or undefined to leave it to the table;
 *   `value` may be any shape (a draft).
 */
export function placedBy<J extends { readonly problems: (value: unknown) => string[] }>(
  journey: J,
  place: (value: unknown, segments: readonly string[], said: string) => FieldPlace | undefined
): J {
  return {
    ...journey,
    problems: (value: unknown) =>
      journey.problems(value).map((p) => {
        const m = /^(\/\S*) (\S.*)$/.exec(p);
        const at = m ? place(value, segmentsOf(m[1]), m[2]) : undefined;
        return at ? withPlace(p, at) : p;
      }),
  };
}
