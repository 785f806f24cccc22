/**
 * A schema problem in the pane's words. The validators lead each message with the JSON
 * Pointer of the value at fault (`/bids/2/price must be > 0; got 0`); the pane says where
 * that is and what to do, 1-based and with the field's label ("Step 1 · Bid 3: the price
 * must be more than £0"), from the journey's field table. Messages that do not start with a
 * pointer (the journeys' own rules) are already in words and pass through.
 */
import { fieldId, fieldKey } from "./components/fields";

/** A field as the pane labels it: its label (exactly as the field shows it) and its unit. */
export interface FieldWords {
  readonly label: string;
  readonly unit?: "£" | "percent" | "years" | "year" | "count" | "hours";
  /** What to say when it is blank ("enter a name"); "enter the <label>" by default. */
  readonly blank?: string;
}

/**
 * Where a journey's values are in the pane: for each top-level property, its step (0-based)
 * and, for a list, what one item is called ("Bid"); a nested part may be placed too, by its
 * path with `*` for each index ("options, *, savings" joined by slashes: step 1, "Savings line"), and then says
 * the step and adds its item to the scope ("Step 2 · Option 1 · Savings line 3"); and the
 * fields by path (bids, *, price joined by slashes).
 */
export interface JourneyWords {
  readonly at: Readonly<Record<string, { readonly step: number; readonly item?: string }>>;
  readonly fields: Readonly<Record<string, FieldWords>>;
}

/** A problem placed in the pane: its words, its step and the field's element id, if known. */
export interface PlacedProblem {
  readonly text: string;
  readonly step?: number;
  readonly fieldId?: string;
}

const POINTER = /^(\/\S*) (must .*?)(?:; got .*)?$/;

/**
 * Where a field is whose scope or label is built from the draft itself, so the field table
 * cannot list it: realisation's "Actual for year 3" in the scope of "Line 'One board'", or
 * sharing's "Units of use (homes)". Its step (0-based), its scope below the step, and its words.
 */
export interface FieldPlace {
  readonly step: number;
  readonly scope: readonly string[];
  readonly field: FieldWords;
  /**
   * The words to say after the place, when the validator's would not do for the pane (a rule
   * about two fields names both: "year 3 has two figures (£150,000, then £600,000) …").
   */
  readonly says?: string;
}

/** The pointer {@link withPlace} writes: the place as URI-encoded JSON, so it holds no space. */
const PLACED = "/~placed/";

/**
 * `problem` (a validator's "/pointer must …", or a journey's rule "/pointer words …") with its
 * pointer replaced by `place`, found from the draft by the journey's pane, for
 * {@link placeProblem} to read back. A problem without a pointer is returned as it is.
 * @example withPlace("/actuals/3/figures/1/evidence must NOT have fewer than 1 characters",
 *   { step: 1, scope: ["Line 'One board'"], field: { label: "Evidence for year 3" } })
 *   // placed: "Step 2 · Line 'One board': enter the evidence for year 3"
 */
export function withPlace(problem: string, place: FieldPlace): string {
  const m = problem.match(/^\/\S* (\S.*)$/);
  return m ? `${PLACED}${encodeURIComponent(JSON.stringify(place))} ${m[1]}` : problem;
}

/** `text` with its first letter lower case, unless it starts an acronym ("VAT"). */
const lowerFirst = (text: string) => text.replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());

/** A problem {@link withPlace} placed, in the pane's words at its field. */
function readPlaced(problem: string): PlacedProblem {
  const cut = problem.indexOf(" ");
  const place = JSON.parse(
    decodeURIComponent(problem.slice(PLACED.length, cut < 0 ? undefined : cut))
  ) as FieldPlace;
  const said = cut < 0 ? "" : problem.slice(cut + 1);
  const must = said.match(/^(must .*?)(?:; got .*)?$/);
  const scope = [`Step ${place.step + 1}`, ...place.scope];
  const words =
    place.says ??
    (must ? advice(must[1], place.field) : `the ${lowerFirst(place.field.label)} ${said}`);
  return {
    text: `${scope.join(" · ")}: ${words}`,
    step: place.step,
    fieldId: fieldId(fieldKey(scope, place.field.label)),
  };
}

/** "dropOff" → "drop off". */
const spaced = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

/** A bound as the field shows it: £ for money, % for rates. */
function bound(x: string, unit: FieldWords["unit"]): string {
  const n = Number(x);
  if (!Number.isFinite(n)) return x;
  if (unit === "£") return `£${n.toLocaleString("en-GB")}`;
  if (unit === "percent") return `${Number((n * 100).toPrecision(12))}%`;
  return n.toLocaleString("en-GB");
}

/** What to do about Ajv's `must …` for a field called `label`. */
function advice(must: string, field: FieldWords): string {
  const the = `the ${field.label.toLowerCase()}`;
  let m: RegExpMatchArray | null;
  if (/^must NOT have fewer than 1 characters$/.test(must)) return field.blank ?? `enter ${the}`;
  if ((m = must.match(/^must NOT have fewer than (\d+) items$/)))
    return `add at least ${m[1]} (${the})`;
  if ((m = must.match(/^must NOT have more than (\d+) (items|characters)$/)))
    return `${the} can have at most ${m[1]} ${m[2] === "items" ? "lines" : "characters"}`;
  if ((m = must.match(/^must be (>=|>|<=|<) (\S+)$/))) {
    const says = { ">=": "or more", ">": "", "<=": "or less", "<": "" }[m[1]];
    const x = bound(m[2], field.unit);
    if (m[1] === ">") return `${the} must be more than ${x}`;
    if (m[1] === "<") return `${the} must be less than ${x}`;
    return `${the} must be ${x} ${says}`;
  }
  if (/^must be (number|integer)$/.test(must))
    return `enter ${must.endsWith("integer") ? "a whole number" : "a number"} for ${the}`;
  return `${the} ${must}`;
}

/** Where a pointer's value is in the pane: its step, its scope and its field's words. */
interface Located {
  readonly step: number;
  readonly scope: readonly string[];
  readonly field: FieldWords;
  /** True when the field table lists the field (so its element id is known). */
  readonly known: boolean;
}

/** The place of the value at `pointer` (a JSON Pointer), or undefined without a place for it. */
function locate(pointer: string, words: JourneyWords | undefined): Located | undefined {
  const segments = pointer.split("/").slice(1);
  const at = words?.at[segments[0]];
  if (!words || !at) return undefined;
  // Walk the pointer: each list with an item name adds "Option 1" to the scope, and the
  // deepest placed part (options/*/savings) says the step, so a line in a list inside a
  // list is named the way its step's fields are scoped.
  let step = at.step;
  const scope: string[] = [];
  const rest: string[] = [];
  let prefix = "";
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    prefix = prefix ? `${prefix}/${/^\d+$/.test(s) ? "*" : s}` : s;
    const here = words.at[prefix];
    if (here) step = here.step;
    if (here?.item !== undefined && /^\d+$/.test(segments[i + 1] ?? "")) {
      scope.push(`${here.item} ${Number(segments[i + 1]) + 1}`);
      prefix = `${prefix}/*`;
      i++;
    } else if (i > 0) rest.push(s);
  }
  scope.unshift(`Step ${step + 1}`);
  const pattern = segments.map((s) => (/^\d+$/.test(s) ? "*" : s)).join("/");
  const last = [...rest].reverse().find((s) => !/^\d+$/.test(s));
  const field: FieldWords = words.fields[pattern] ??
    words.fields[pattern.replace(/\/\*$/, "")] ?? {
      label: last ? spaced(last) : (at.item?.toLowerCase() ?? spaced(segments[0])),
    };
  return { step, scope, field, known: words.fields[pattern] !== undefined };
}

/** A journey rule's message about one value: its pointer, then words ("… is not an option"). */
const RULE = /^(\/\S*) (?!must )(\S.*)$/;

/**
 * `problem` in the pane's words, with where it is (see the module's note). Without a place
 * for its top-level property it is left as the validator says it. A journey's own rule about
 * a field the table lists (`/optionId "x" is not an option of the case (…)`, a drop-down's
 * value) is placed too, keeping its words ("Step 1: the option … "x" is not an option of the
 * case (…)"), so its link focuses that field.
 */
export function placeProblem(problem: string, words: JourneyWords | undefined): PlacedProblem {
  if (problem.startsWith(PLACED)) return readPlaced(problem);
  const m = problem.match(POINTER);
  if (!m) {
    const ruled = placeRule(problem, words);
    if (ruled) return ruled;
    const r = problem.match(RULE);
    const at = r ? locate(r[1], words) : undefined;
    if (!r || !at?.known) return { text: problem };
    return {
      text: `${at.scope.join(" · ")}: the ${lowerFirst(at.field.label)} ${r[2]}`,
      step: at.step,
      fieldId: fieldId(fieldKey(at.scope, at.field.label)),
    };
  }
  const at = locate(m[1], words);
  if (!at) return { text: problem };
  return {
    text: `${at.scope.join(" · ")}: ${advice(m[2], at.field)}`,
    step: at.step,
    fieldId: at.known ? fieldId(fieldKey(at.scope, at.field.label)) : undefined,
  };
}

/**
 * A journey's own rule about a value (`"/options/0/savings/1/priceYear: its price year
 * 2010/11 is not in …"`, not Ajv's "must …") placed as {@link placeProblem} places the
 * schema's: "Step 2 · Option 1 · Savings line 2: its price year 2010/11 is not in …", its link
 * opening the step and focusing the field. Undefined when it is not of that form or has no place.
 */
function placeRule(problem: string, words: JourneyWords | undefined): PlacedProblem | undefined {
  const m = /^(\/\S*): (.+)$/.exec(problem);
  if (!m) return undefined;
  const at = locate(m[1], words);
  if (!at) return undefined;
  return {
    text: `${at.scope.join(" · ")}: ${m[2]}`,
    step: at.step,
    fieldId: at.known ? fieldId(fieldKey(at.scope, at.field.label)) : undefined,
  };
}
