/**
 * Form fields for the journey, on Fluent UI v9's Field (label, hint and validation message
 * tied to the control for screen readers). Numbers are edited as text and committed when
 * valid, so a half-typed "1," never becomes NaN; percentages are shown ×100 and stored as
 * decimals (the convention of the whole add-in).
 */
import * as React from "react";
import equal from "fast-deep-equal";
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";

/** Shows a decimal as a percentage without floating-point noise (0.07 → "7"). */
const asPercent = (x: number) => String(Number((x * 100).toPrecision(12)));

export interface NumberFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  /** "percent" shows 0.2 as 20 and stores 20 as 0.2. */
  unit?: "£" | "percent" | "years" | "year" | "count" | "hours";
  min?: number;
  max?: number;
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
  whole,
  hint,
}: NumberFieldProps): React.JSX.Element {
  const shown = unit === "percent" ? asPercent(value) : String(value);
  const [text, setText] = React.useState(shown);
  const [error, setError] = React.useState<string | undefined>();
  React.useEffect(() => setText(shown), [shown]);
  const commit = (raw: string) => {
    setText(raw);
    const n = Number(raw.replace(/[,£%\s]/g, ""));
    if (raw.trim() === "" || !Number.isFinite(n)) return setError("Enter a number.");
    const v = unit === "percent" ? n / 100 : n;
    if (whole && !Number.isInteger(v)) return setError("Enter a whole number.");
    if (min !== undefined && v < min)
      return setError(`Enter ${unit === "percent" ? asPercent(min) + "%" : min} or more.`);
    if (max !== undefined && v > max)
      return setError(`Enter at most ${unit === "percent" ? asPercent(max) + "%" : max}.`);
    setError(undefined);
    onChange(v);
  };
  const suffix = unit === "percent" ? "%" : unit === "£" ? undefined : unit;
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={error}
      validationState={error ? "error" : "none"}
    >
      <Input
        value={text}
        inputMode="decimal"
        contentBefore={unit === "£" ? "£" : undefined}
        contentAfter={suffix}
        onChange={(_e, d) => commit(d.value)}
      />
    </Field>
  );
}

export function TextField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  required?: boolean;
}): React.JSX.Element {
  const missing = props.required && props.value.trim() === "";
  return (
    <Field
      label={props.label}
      hint={props.hint}
      required={props.required}
      validationMessage={missing ? "Required." : undefined}
      validationState={missing ? "error" : "none"}
    >
      <Input value={props.value} onChange={(_e, d) => props.onChange(d.value)} />
    </Field>
  );
}

export function ChoiceField<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { id: T; label: string }[];
  onChange: (v: T) => void;
}): React.JSX.Element {
  const current = props.options.find((o) => o.id === props.value);
  return (
    <Field label={props.label}>
      <Dropdown
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
    </Field>
  );
}

export function CheckField(props: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}): React.JSX.Element {
  return (
    <Checkbox
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
 * buttons go when the list is at its smallest allowed size.
 *
 * `stable`, when given, makes each group re-render only when its own item changes (by
 * value: drafts are copied whole on every change, so every item is a new object), its place,
 * legend or Remove label, or one of `stable`'s values: the case of a list of 100 savings
 * lines, where re-rendering every line's fields on each keystroke took ~400 ms (bench
 * pane-typing). It is a promise by the caller: `children`, `onRemove` and the labels read
 * nothing but the item, its index and the values listed in `stable` (for instance the
 * option's id and the draft's `update`, which is stable). Without it, every group renders
 * each time, as before.
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
  children: (item: T, i: number) => React.ReactNode;
}): React.JSX.Element {
  const removable = props.items.length > (props.min ?? 0);
  const Group = (props.stable ? MemoGroup : PlainGroup) as React.FC<GroupProps<T>>;
  return (
    <>
      {props.items.map((item, i) => (
        <Group
          key={i}
          item={item}
          index={i}
          legend={props.legend(item, i)}
          removeLabel={removable ? props.removeLabel(i) : undefined}
          onRemove={props.onRemove}
          render={props.children}
          stable={props.stable}
        />
      ))}
      <Button onClick={props.onAdd}>{props.addLabel}</Button>
    </>
  );
}

interface GroupProps<T> {
  item: T;
  index: number;
  legend: string;
  /** The Remove button's label, or undefined for no Remove button. */
  removeLabel: string | undefined;
  onRemove: (i: number) => void;
  render: (item: T, i: number) => React.ReactNode;
  stable: readonly unknown[] | undefined;
}

function PlainGroup<T>(props: GroupProps<T>): React.JSX.Element {
  return (
    <FieldGroup legend={props.legend} long={props.stable !== undefined}>
      {props.render(props.item, props.index)}
      {props.removeLabel !== undefined && (
        <Button onClick={() => props.onRemove(props.index)}>{props.removeLabel}</Button>
      )}
    </FieldGroup>
  );
}

/** Same item (by value), place, labels and `stable` values: the group's output is the same. */
const sameGroup = <T,>(a: GroupProps<T>, b: GroupProps<T>): boolean =>
  a.index === b.index &&
  a.legend === b.legend &&
  a.removeLabel === b.removeLabel &&
  (a.stable?.length ?? 0) === (b.stable?.length ?? 0) &&
  (a.stable ?? []).every((x, k) => Object.is(x, b.stable![k])) &&
  (a.item === b.item || equal(a.item, b.item));

const MemoGroup = React.memo(PlainGroup, sameGroup) as typeof PlainGroup;
