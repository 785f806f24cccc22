/**
 * Form fields for the journey, on Fluent UI v9's Field (label, hint and validation message
 * tied to the control for screen readers). Numbers are edited as text and committed when
 * valid, so a half-typed "1," never becomes NaN; percentages are shown ×100 and stored as
 * decimals (the convention of the whole add-in).
 *
 * A field that holds text it cannot commit ("abc", 150 in a 0–100% field) reports it to the
 * journey's {@link FieldRegistry}: the journey then treats its results as out of date and
 * blocks building until it is fixed, and the registry keeps what was typed (persisted beside
 * the draft) so a reload shows the same text and error. A field is known by its scope (the
 * step, then the group: "Step 1 · Bid 3") and its label, which is also how the review names it.
 */
import * as React from "react";
import equal from "fast-deep-equal";
import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { canonicalYear, type PriceYear } from "../../model/price-base";

/** Shows a decimal as a percentage without floating-point noise (0.07 → "7"). */
const asPercent = (x: number) => String(Number((x * 100).toPrecision(12)));

/**
 * An amount with its thousands separated by commas, as a UK finance user writes it (issue 14):
 * the digits are JavaScript's shortest round-trip form (`String(x)`), so the text parses back
 * to exactly `x`; a value String writes in exponent form (1e21 and above, tiny fractions) is
 * left as it is.
 *
 * @example groupThousands(1234567) === "1,234,567"
 * @example groupThousands(-20000.5) === "-20,000.5"
 */
export function groupThousands(x: number): string {
  const plain = String(x);
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(plain);
  if (!m) return plain;
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${m[3] ?? ""}`;
}

/**
 * The number a field's text stands for, or null when it is not one number. A £ sign, a % sign
 * and spaces may surround it, the minus may be typed as "-" or "−" (before or after the £), and
 * commas may separate thousands, only in groups of three ("1,234,567", "£1,234,567",
 * "-20,000"): "1,2" or "12,34" is not read as 12 or 1234, nor as several numbers, but refused,
 * so the user sees what the field could not use.
 *
 * @example parseAmount("£1,234,567") === 1234567
 * @example parseAmount("-20,000") === -20000
 * @example parseAmount("1,2") === null
 */
export function parseAmount(text: string): number | null {
  const bare = text.replace(/[£%\s]/g, "").replace(/\u2212/g, "-");
  if (bare === "" || !/^[-+]?(\d{1,3}(,\d{3})+|\d*)(\.\d*)?([eE][-+]?\d+)?$/.test(bare))
    return null;
  const digits = bare.replace(/,/g, "");
  if (!/\d/.test(digits)) return null;
  const n = Number(digits);
  return Number.isFinite(n) ? n : null;
}

/** What a field with `unit` shows for `value` when the user is not typing in it. */
const shownAs = (value: number, unit: NumberFieldProps["unit"]): string =>
  unit === "percent" ? asPercent(value) : unit === "£" ? groupThousands(value) : String(value);

/** What a field holds that it could not commit: the text as typed, why, and its step. */
export interface TypedEntry {
  readonly text: string;
  readonly message: string;
  /** The step (0-based) the field is on, so the review can take the user there. */
  readonly step: number;
}

/** Where fields report text they cannot commit (provided by the journey skeleton). */
export interface FieldRegistry {
  /** What the field `key` holds uncommitted, if anything. */
  typed(key: string): TypedEntry | undefined;
  /** Records (or, with null, forgets) the uncommitted text of field `key`. */
  report(key: string, entry: TypedEntry | null): void;
  /** Forgets every field whose key starts with one of `prefixes` (rows removed). */
  forget(prefixes: readonly string[]): void;
  /** What the journey's rules say is wrong with the committed value of field `id`, if anything. */
  ruled(id: string): string | undefined;
}

const RegistryContext = React.createContext<FieldRegistry | null>(null);
const ScopeContext = React.createContext<readonly string[]>([]);
const StepContext = React.createContext(0);

/** Gives the fields below it this registry. */
export const FieldRegistryProvider = RegistryContext.Provider;

/**
 * A request to bring a field into view and focus it (a problem's link followed): each link
 * followed is a new object, so the same field asked for twice is two requests.
 */
export interface Reveal {
  /** The field's element id. */
  readonly id: string;
}

/**
 * The field a problem's link is about to focus (or null): a long list showing another page
 * of rows turns to the row holding it, so the field exists to be focused.
 */
const RevealContext = React.createContext<Reveal | null>(null);

/** Gives the lists below it the field to bring into view (the journey skeleton's `reveal`). */
export const RevealProvider = RevealContext.Provider;

/** The fields below it are on step `step` (0-based), named "Step n · …". */
export function StepScope(props: { step: number; children: React.ReactNode }): React.JSX.Element {
  // One scope per step, so the scopes inside it (and memoised groups' fields) stay the same.
  const scope = React.useMemo(() => [`Step ${props.step + 1}`], [props.step]);
  return (
    <StepContext.Provider value={props.step}>
      <ScopeContext.Provider value={scope}>{props.children}</ScopeContext.Provider>
    </StepContext.Provider>
  );
}

/** The fields below it belong to `name` ("Bid 3"), inside any outer scope. */
export function FieldScope(props: { name: string; children: React.ReactNode }): React.JSX.Element {
  const outer = React.useContext(ScopeContext);
  const scope = React.useMemo(() => [...outer, props.name], [outer, props.name]);
  return <ScopeContext.Provider value={scope}>{props.children}</ScopeContext.Provider>;
}

/**
 * For a component that keeps its own fields' text (the range editors, the Monte Carlo
 * settings): the registry, the scope ("Step 4", "Range 1") and the step (0-based) its
 * fields are in, and the field a problem's link is about to focus, as the fields here see
 * them. The registry and reveal are null outside a journey (a component tested on its own).
 */
export function useFieldPlaceOf(): {
  registry: FieldRegistry | null;
  scope: readonly string[];
  step: number;
  reveal: Reveal | null;
} {
  return {
    registry: React.useContext(RegistryContext),
    scope: React.useContext(ScopeContext),
    step: React.useContext(StepContext),
    reveal: React.useContext(RevealContext),
  };
}

/** A field's key: its scope and label ("Step 1 · Bid 3 · Price"). */
export const fieldKey = (scope: readonly string[], label: string): string =>
  [...scope, label].join(" · ");

/** The element id of field `key`: stable across renders and reloads, so links can focus it. */
export const fieldId = (key: string): string =>
  `pcba-field-${key.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()}`;

/**
 * The text a field shows and its error, kept with the registry: starts from what was typed
 * before (a reload), follows the committed value when that changes from outside (a new
 * example, the workbook's version), and reports uncommitted text.
 */
export function useTypedText(label: string, shown: string) {
  const registry = React.useContext(RegistryContext);
  const scope = React.useContext(ScopeContext);
  const step = React.useContext(StepContext);
  const key = fieldKey(scope, label);
  const saved = registry?.typed(key);
  const [text, setText] = React.useState(saved?.text ?? shown);
  const [error, setError] = React.useState<string | undefined>(saved?.message);
  const last = React.useRef(shown);
  React.useEffect(() => {
    if (last.current === shown) return; // the first render keeps what was typed
    last.current = shown;
    setText(shown);
    setError(undefined);
    registry?.report(key, null);
  }, [shown]);
  /**
   * Shows `raw`; with a message it is uncommitted and reported, without one it is committed,
   * and `becomes` is what the committed value shows as: the field's own commit then keeps the
   * text as typed (no reformatting under the caret) until the user leaves the field.
   */
  const show = (raw: string, message?: string, becomes?: string) => {
    setText(raw);
    setError(message);
    if (message === undefined && becomes !== undefined) last.current = becomes;
    registry?.report(key, message === undefined ? null : { text: raw, message, step });
  };
  /** Leaving the field: committed text is shown as the value shows ("1234567" → "1,234,567"). */
  const settle = () => {
    if (error === undefined) setText(last.current);
  };
  const id = fieldId(key);
  return { text, error: error ?? registry?.ruled(id), show, settle, id };
}

/** Fluent's Field showing `error`, when there is one, as its validation message. */
export function ErrorField(props: {
  label: string;
  hint?: string;
  required?: boolean;
  error: string | undefined;
  children: React.JSX.Element;
}): React.JSX.Element {
  const { error } = props;
  return (
    <Field
      label={props.label}
      hint={props.hint}
      required={props.required}
      validationMessage={error}
      validationState={error ? "error" : "none"}
    >
      {props.children}
    </Field>
  );
}

export interface NumberFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  /** "percent" shows 0.2 as 20 and stores 20 as 0.2. */
  unit?: "£" | "percent" | "years" | "year" | "count" | "hours";
  min?: number;
  max?: number;
  /** An exclusive minimum: the value must be more than this (a price more than £0). */
  above?: number;
  whole?: boolean;
  hint?: string;
}

export function NumberField({
  label,
  value,
  onChange,
  unit,
  min,
  max,
  above,
  whole,
  hint,
}: NumberFieldProps): React.JSX.Element {
  const shown = shownAs(value, unit);
  const { text, error, show, settle, id } = useTypedText(label, shown);
  const commit = (raw: string) => {
    const n = parseAmount(raw);
    if (n === null)
      return show(
        raw,
        /\d,/.test(raw)
          ? "Enter a number (commas only between thousands: 1,234,567)."
          : "Enter a number."
      );
    const v = unit === "percent" ? n / 100 : n;
    if (whole && !Number.isInteger(v)) return show(raw, "Enter a whole number.");
    const said = (x: number) =>
      unit === "percent" ? `${asPercent(x)}%` : unit === "£" ? `£${x.toLocaleString("en-GB")}` : x;
    if (above !== undefined && v <= above) return show(raw, `Enter more than ${said(above)}.`);
    if (min !== undefined && v < min)
      return show(raw, `Enter ${unit === "percent" ? asPercent(min) + "%" : min} or more.`);
    if (max !== undefined && v > max)
      return show(raw, `Enter at most ${unit === "percent" ? asPercent(max) + "%" : max}.`);
    show(raw, undefined, shownAs(v, unit));
    onChange(v);
  };
  const suffix = unit === "percent" ? "%" : unit === "£" ? undefined : unit;
  return (
    <ErrorField label={label} hint={hint} error={error}>
      <Input
        id={id}
        value={text}
        inputMode="decimal"
        contentBefore={unit === "£" ? "£" : undefined}
        contentAfter={suffix}
        onBlur={settle}
        onChange={(_e, d) => commit(d.value)}
      />
    </ErrorField>
  );
}

/**
 * An amount that may be left blank (blank is null: "not yet known", a coalition not entered
 * yet), never 0; other text that is not an amount is reported like any invalid number.
 */
export function OptionalAmountField(props: {
  label: string;
  value: number | null;
  hint?: string;
  /** The error for text that is not an amount. */
  invalid: string;
  onChange: (v: number | null) => void;
}): React.JSX.Element {
  const shown = props.value === null ? "" : groupThousands(props.value);
  const { text, error, show, settle, id } = useTypedText(props.label, shown);
  const commit = (raw: string) => {
    if (raw.trim() === "") {
      show(raw, undefined, "");
      return props.onChange(null);
    }
    const n = raw.includes("%") ? null : parseAmount(raw); // an amount, never a share
    if (n === null) return show(raw, props.invalid);
    show(raw, undefined, groupThousands(n));
    props.onChange(n);
  };
  return (
    <ErrorField label={props.label} hint={props.hint} error={error}>
      <Input
        id={id}
        value={text}
        inputMode="decimal"
        contentBefore="£"
        onBlur={settle}
        onChange={(_e, d) => commit(d.value)}
      />
    </ErrorField>
  );
}

/**
 * A price year (issue 16): a calendar year ("2014") or a financial year ("2010/11", also
 * "2010-11" or "2010/2011"), committed in canonical form (2014, "2010/11"). Text that is not
 * a year is kept as typed with the reason, and blocks building like any invalid number;
 * blank is `undefined` when `optional` (the amount is in the price base), else invalid.
 */
export function YearField(props: {
  label: string;
  value: PriceYear | undefined;
  onChange: (v: PriceYear | undefined) => void;
  hint?: string;
  optional?: boolean;
}): React.JSX.Element {
  const shown = props.value === undefined ? "" : String(props.value);
  const { text, error, show, settle, id } = useTypedText(props.label, shown);
  const commit = (raw: string) => {
    if (raw.trim() === "") {
      if (!props.optional) return show(raw, "Enter a year such as 2024 or 2024/25.");
      show(raw, undefined, "");
      return props.onChange(undefined);
    }
    let year: PriceYear;
    try {
      year = canonicalYear(raw.trim());
    } catch {
      return show(
        raw,
        "Enter a year such as 2024, or a financial year such as 2024/25 (the second year follows the first)."
      );
    }
    show(raw, undefined, String(year));
    props.onChange(year);
  };
  return (
    <ErrorField label={props.label} hint={props.hint} error={error}>
      <Input id={id} value={text} onBlur={settle} onChange={(_e, d) => commit(d.value)} />
    </ErrorField>
  );
}

/**
 * A line of text. A required one that is blank says so once the user has been in it (typed
 * or left it), not on a blank form before they have touched it; the review lists it anyway.
 */
export function TextField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  required?: boolean;
}): React.JSX.Element {
  const scope = React.useContext(ScopeContext);
  const registry = React.useContext(RegistryContext);
  const id = fieldId(fieldKey(scope, props.label));
  const [touched, setTouched] = React.useState(false);
  const missing = props.required && touched && props.value.trim() === "";
  const error = touched ? (registry?.ruled(id) ?? (missing ? "Required." : undefined)) : undefined;
  return (
    <ErrorField label={props.label} hint={props.hint} required={props.required} error={error}>
      <Input
        id={id}
        value={props.value}
        onBlur={() => setTouched(true)}
        onChange={(_e, d) => {
          setTouched(true);
          props.onChange(d.value);
        }}
      />
    </ErrorField>
  );
}

/**
 * The element id of the field labelled `label` here (its scope's), and what the journey's
 * rules say is wrong with its value: for the fields that commit every change at once (a
 * drop-down, a tick box), so a problem's link can focus them like any text field.
 */
function useFieldPlace(label: string): { id: string; ruled: string | undefined } {
  const scope = React.useContext(ScopeContext);
  const registry = React.useContext(RegistryContext);
  const id = fieldId(fieldKey(scope, label));
  return { id, ruled: registry?.ruled(id) };
}

/**
 * A choice from a list (Fluent's Dropdown). Its button carries the field's id, so a problem's
 * link focuses it; what the journey's rules say of its value shows as its error.
 */
export function ChoiceField<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { id: T; label: string }[];
  onChange: (v: T) => void;
}): React.JSX.Element {
  const { id, ruled } = useFieldPlace(props.label);
  const current = props.options.find((o) => o.id === props.value);
  return (
    <ErrorField label={props.label} error={ruled}>
      <Dropdown
        id={id}
        value={current?.label ?? ""}
        selectedOptions={[props.value]}
        onOptionSelect={(_e, d) => d.optionValue && props.onChange(d.optionValue as T)}
      >
        {props.options.map((o) => (
          <Option key={o.id} value={o.id}>
            {o.label}
          </Option>
        ))}
      </Dropdown>
    </ErrorField>
  );
}

/** A tick box; its input carries the field's id, so a problem's link focuses it. */
export function CheckField(props: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}): React.JSX.Element {
  const { id } = useFieldPlace(props.label);
  return (
    <Checkbox
      id={id}
      label={props.label}
      checked={props.checked}
      onChange={(_e, d) => props.onChange(d.checked === true)}
    />
  );
}

const useGroupStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  /**
   * A group of a long list (`stable`): the browser skips laying out and painting it while it
   * is off screen (it stays in the page, focusable and read by screen readers), so a
   * keystroke in one of 1,000 savings lines lays out the few on screen, not all of them;
   * the remembered size keeps the scroll bar steady.
   */
  offscreen: { contentVisibility: "auto", containIntrinsicSize: "auto 480px" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
});

/** A labelled group of fields (a fieldset and its legend, so screen readers announce it). */
export function FieldGroup(props: {
  legend: string;
  children: React.ReactNode;
  /** One of a long list: not laid out while off screen (see `offscreen`). */
  long?: boolean;
}): React.JSX.Element {
  const styles = useGroupStyles();
  return (
    <fieldset className={mergeClasses(styles.group, props.long && styles.offscreen)}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}

const useAmountListStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * A series of amounts, one field each ("Month 1", "Month 2", …), in a grid that wraps to the
 * pane's width: never one text box split on commas, where "-20,000, -15,000" would be read as
 * four numbers (issue 14: a UK finance user writes thousands with commas). Each field is a
 * {@link NumberField}, so text it cannot use is kept and blocks building like any other.
 * Add and remove work at the end of the series, within `min` and `max` items.
 */
export function AmountList(props: {
  legend: string;
  values: readonly number[];
  onChange: (values: number[]) => void;
  /** Item i's label ("Month 1"). */
  itemLabel: (i: number) => string;
  unit?: NumberFieldProps["unit"];
  min?: number;
  max?: number;
}): React.JSX.Element {
  const styles = useAmountListStyles();
  const { values, onChange, min = 0, max } = props;
  const set = (i: number, v: number) => onChange(values.map((x, k) => (k === i ? v : x)));
  return (
    <FieldGroup legend={props.legend}>
      <div className={styles.grid}>
        {values.map((v, i) => (
          <NumberField
            key={i}
            label={props.itemLabel(i)}
            unit={props.unit}
            value={v}
            onChange={(x) => set(i, x)}
          />
        ))}
      </div>
      <div className={styles.buttons}>
        <Button
          disabled={max !== undefined && values.length >= max}
          onClick={() => onChange([...values, 0])}
        >
          {`Add ${props.itemLabel(values.length).toLowerCase()}`}
        </Button>
        {values.length > min && (
          <Button onClick={() => onChange(values.slice(0, -1))}>
            {`Remove ${props.itemLabel(values.length - 1).toLowerCase()}`}
          </Button>
        )}
      </div>
      {max !== undefined && values.length >= max && (
        <Caption1>{`At most ${max} here: remove one to add another.`}</Caption1>
      )}
    </FieldGroup>
  );
}

/**
 * A discount choice as the journeys take it: a flat rate, or the Green Book STPR or health
 * schedule (HM Treasury, The Green Book 2022, Annex A6).
 */
export function DiscountField(props: {
  value: number | "STPR" | "HEALTH";
  onChange: (v: number | "STPR" | "HEALTH") => void;
}): React.JSX.Element {
  const { value, onChange } = props;
  return (
    <>
      <ChoiceField
        label="Discounting"
        value={typeof value === "number" ? "flat" : value}
        options={[
          { id: "flat", label: "A flat rate" },
          { id: "STPR", label: "Green Book STPR" },
          { id: "HEALTH", label: "Green Book health schedule" },
        ]}
        onChange={(v) => onChange(v === "flat" ? 0.035 : v)}
      />
      {typeof value === "number" && (
        <NumberField
          label="Discount rate"
          unit="percent"
          min={0}
          max={0.2}
          value={value}
          onChange={onChange}
        />
      )}
    </>
  );
}

/**
 * A list the user can grow and shrink (partners, bids, outcomes, loans, …): each item's
 * fields in a labelled group ending with its Remove button, then an Add button. Remove
 * buttons go when the list is at its smallest allowed size; Add goes, with a note saying
 * why, at its largest (the schema's limit, enforced when adding rather than at review).
 * Each item is a field scope named by `scope` (by default its legend), so what a field
 * reports is known by its item; a legend that carries a name the user types ("Outcome 2:
 * Wellbeing") gives a `scope` without it, so the field stays known while the name changes.
 *
 * `stable`, when given, makes each group re-render only when its own item changes (by
 * value: drafts are copied whole on every change, so every item is a new object), its place,
 * legend or Remove label, or one of `stable`'s values: the case of a list of 100 savings
 * lines, where re-rendering every line's fields on each keystroke took ~400 ms (bench
 * pane-typing). It is a promise by the caller: `children`, `onRemove` and the labels read
 * nothing but the item, its index and the values listed in `stable` (for instance the
 * option's id and the draft's `update`, which is stable). Without it, every group renders
 * each time, as before.
 *
 * A list longer than `pageSize` ({@link LIST_PAGE}, 20) shows that many rows at a time, with
 * Previous rows / Next rows and a choice of rows above and below them; adding a row turns to
 * the last page, so the new row is in view. A problem's link to a field in a row not shown
 * (the skeleton's `reveal`, given by {@link RevealProvider}) turns to that row's page in the
 * same render, so the link focuses the field as it does in a short list.
 */
export function GroupList<T>(props: {
  items: readonly T[];
  /** The group's legend for item i ("Bid 2"). */
  legend: (item: T, i: number) => string;
  /** What the Remove button says for item i ("Remove bid 2"). */
  removeLabel: (i: number) => string;
  onRemove: (i: number) => void;
  addLabel: string;
  onAdd: () => void;
  /** The fewest items allowed (0 by default). */
  min?: number;
  /** Everything besides the item and its index that `children` reads: see above. */
  stable?: readonly unknown[];
  /** The field scope of item i ("Outcome 2"); the legend by default. */
  scope?: (i: number) => string;
  /** The most items allowed (the schema's maxItems), if any. */
  max?: number;
  /** Rows shown at once before the list pages ({@link LIST_PAGE} by default). */
  pageSize?: number;
  /**
   * Other steps (0-based) with fields scoped by the same row names (a realisation unplanned
   * line's re-forecast, on the review step): removing a row forgets what they hold for it and
   * the rows after it too, so nothing typed for one row is shown on the next.
   */
  alsoOn?: readonly number[];
  children: (item: T, i: number) => React.ReactNode;
}): React.JSX.Element {
  const registry = React.useContext(RegistryContext);
  const scope = React.useContext(ScopeContext);
  const reveal = React.useContext(RevealContext);
  const size = props.pageSize ?? LIST_PAGE;
  const count = props.items.length;
  const removable = count > (props.min ?? 0);
  const full = props.max !== undefined && count >= props.max;
  const nameOf = (item: T, i: number) => props.scope?.(i) ?? props.legend(item, i);
  /** The row holding field `id`, if it is one of this list's. */
  const rowOf = (id: string | null): number | null => {
    if (id === null || count <= size) return null;
    for (let i = 0; i < count; i++) {
      const prefix = `${fieldId(fieldKey(scope, nameOf(props.items[i], i))).replace(/-$/, "")}-`;
      if (id.startsWith(prefix)) return i;
    }
    return null;
  };
  const [page, setPage] = React.useState(() => Math.floor((rowOf(reveal?.id ?? null) ?? 0) / size));
  // A link about to focus a field in a row of another page turns to that page in this very
  // render (React's "adjust state while rendering"), so the field is there when focused;
  // every request does, also one for the row already asked for after the user paged away.
  const [revealed, setRevealed] = React.useState(reveal);
  if (revealed !== reveal) {
    setRevealed(reveal);
    const row = rowOf(reveal?.id ?? null);
    if (row !== null) setPage(Math.floor(row / size));
  }
  // A row added goes on the last page: show it. Rows removed: never past the last page.
  const [counted, setCounted] = React.useState(count);
  const pages = Math.max(1, Math.ceil(count / size));
  if (counted !== count) {
    setCounted(count);
    if (count > counted) setPage(pages - 1);
  }
  const shownPage = Math.min(page, pages - 1);
  const from = count > size ? shownPage * size : 0;
  const to = count > size ? Math.min(count, from + size) : count;
  // One Remove handler for the whole list, reading the latest items, so a memoised group
  // (`stable`) never calls one that closed over an older list.
  const scopes = [scope, ...(props.alsoOn ?? []).map((n) => [`Step ${n + 1}`])];
  const latest = React.useRef({
    items: props.items,
    nameOf,
    onRemove: props.onRemove,
    registry,
    scopes,
  });
  latest.current = { items: props.items, nameOf, onRemove: props.onRemove, registry, scopes };
  const remove = React.useCallback((i: number) => {
    const now = latest.current;
    // Items after i move up one: what they held uncommitted no longer matches their names.
    now.registry?.forget(
      now.scopes.flatMap((within) =>
        now.items.slice(i).map((item, k) => fieldKey(within, now.nameOf(item, i + k)))
      )
    );
    now.onRemove(i);
  }, []);
  const Group = (props.stable ? MemoGroup : PlainGroup) as React.FC<GroupProps<T>>;
  const pager =
    count > size ? (
      <ListPager
        what={scope.length > 1 ? scope[scope.length - 1] : undefined}
        from={from}
        to={to}
        count={count}
        size={size}
        onPage={setPage}
        page={shownPage}
        pages={pages}
      />
    ) : null;
  return (
    <>
      {pager}
      {props.items.slice(from, to).map((item, k) => {
        const i = from + k;
        return (
          <Group
            key={i}
            item={item}
            index={i}
            scope={nameOf(item, i)}
            legend={props.legend(item, i)}
            removeLabel={removable ? props.removeLabel(i) : undefined}
            onRemove={remove}
            render={props.children}
            stable={props.stable}
          />
        );
      })}
      {pager}
      <Button disabled={full} onClick={props.onAdd}>
        {props.addLabel}
      </Button>
      {full && <Caption1>{`At most ${props.max} here: remove one to add another.`}</Caption1>}
    </>
  );
}

/**
 * How many rows of a list the pane shows at once: a longer list (up to 100 savings lines an
 * option, 500 bids or outcomes) pages, since rendering every row's fields took 6–12 s to open
 * the Savings step at 200 lines and about 100 s at 1,000 (bench pane-typing).
 */
export const LIST_PAGE = 20;

const usePagerStyles = makeStyles({
  pager: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

/**
 * "Rows 21–40 of 200", with Previous and Next and a choice of page, as a labelled group.
 * Memoised (its props are strings, numbers and the list's `setPage`): a keystroke in a row
 * re-renders its list, and re-rendering the two pagers' drop-downs of each of ten options
 * was a fifth of the keystroke's script at the schema's largest case (issue 14, profiled).
 */
const ListPager = React.memo(function ListPager(props: {
  /** What the list belongs to ("Option 1"), for the group's name. */
  what: string | undefined;
  from: number;
  to: number;
  count: number;
  size: number;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}): React.JSX.Element {
  const styles = usePagerStyles();
  const { page, pages, size, count, onPage } = props;
  const range = (p: number) => `${p * size + 1}–${Math.min(count, (p + 1) * size)}`;
  const label = `Rows ${range(page)} of ${count}`;
  return (
    <div
      role="group"
      aria-label={props.what ? `${props.what}: which rows to show` : "Which rows to show"}
      className={styles.pager}
    >
      <Button size="small" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous rows
      </Button>
      <Dropdown
        size="small"
        aria-label={props.what ? `${props.what}: rows shown` : "Rows shown"}
        value={label}
        selectedOptions={[String(page)]}
        onOptionSelect={(_e, d) => d.optionValue !== undefined && onPage(Number(d.optionValue))}
      >
        {Array.from({ length: pages }, (_, p) => (
          <Option key={p} value={String(p)} text={`Rows ${range(p)} of ${count}`}>
            {`Rows ${range(p)} of ${count}`}
          </Option>
        ))}
      </Dropdown>
      <Button size="small" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        Next rows
      </Button>
    </div>
  );
});

interface GroupProps<T> {
  item: T;
  index: number;
  /** The item's field scope ("Outcome 2"). */
  scope: string;
  legend: string;
  /** The Remove button's label, or undefined for no Remove button. */
  removeLabel: string | undefined;
  onRemove: (i: number) => void;
  render: (item: T, i: number) => React.ReactNode;
  stable: readonly unknown[] | undefined;
}

function PlainGroup<T>(props: GroupProps<T>): React.JSX.Element {
  return (
    <FieldScope name={props.scope}>
      <FieldGroup legend={props.legend} long={props.stable !== undefined}>
        {props.render(props.item, props.index)}
        {props.removeLabel !== undefined && (
          <Button onClick={() => props.onRemove(props.index)}>{props.removeLabel}</Button>
        )}
      </FieldGroup>
    </FieldScope>
  );
}

/** Same item (by value), place, labels and `stable` values: the group's output is the same. */
const sameGroup = <T,>(a: GroupProps<T>, b: GroupProps<T>): boolean =>
  a.index === b.index &&
  a.scope === b.scope &&
  a.legend === b.legend &&
  a.removeLabel === b.removeLabel &&
  (a.stable?.length ?? 0) === (b.stable?.length ?? 0) &&
  (a.stable ?? []).every((x, k) => Object.is(x, b.stable![k])) &&
  (a.item === b.item || equal(a.item, b.item));

const MemoGroup = React.memo(PlainGroup, sameGroup) as typeof PlainGroup;
