/**
 * The deflators a journey converts with (issue 16), one editor for SROI (step 1, beside the
 * price base year) and the business case (its settings): HM Treasury's GDP deflators as
 * shipped, shown with their source, licence and vintage, or the user's own series (a newer
 * release, forecast years, financial years such as 2010/11): its name, source and licence,
 * and rows of year and index to add, remove, or paste as two columns from a spreadsheet.
 *
 * Each row's year and index are the shared fields, so text that is not a year or an index
 * is kept as typed, says why and blocks Build like any other field; a pasted line that
 * cannot be read is named and nothing is added until it is fixed. Going back to the shipped
 * series removes the user's rows, so it asks first.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ChoiceField, FieldScope, GroupList, NumberField, TextField, YearField } from "./fields";
import { ConfirmDialog } from "./ConfirmDialog";
import {
  latestYear,
  seriesCoverage,
  shippedDeflators,
  type PriceYear,
} from "../../model/price-base";
import type { UserDeflators } from "../../values/user-deflators";
import { mergeDeflatorRows, parsePastedDeflators } from "../../values/deflator-paste";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  problems: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  /** A row's year and index side by side: two short fields, half the height stacked. */
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    // A text box's own width (its size of 20 characters) would push past a narrow pane.
    "& > *": { minWidth: 0 },
    "& .fui-Input": { minWidth: 0, width: "100%" },
    "& input": { minWidth: 0, width: "100%" },
  },
});

/** The most rows a series may have (the schemas' maxItems). */
const MAX_ROWS = 500;

/** The user's own series to start from: a copy of the shipped one, to extend or replace. */
export function ownFromShipped(): UserDeflators {
  const s = shippedDeflators();
  return {
    name: `${s.name}, extended`,
    source: s.source ?? "",
    licence: s.licence ?? "",
    rows: s.points.map((p) => [p.year.kind === "calendar" ? p.year.start : p.year.label, p.index]),
  };
}

/** The year after `year` (2025 after 2024, "2025/26" after "2024/25"): a new row's start. */
export function nextYear(year: PriceYear | undefined): PriceYear {
  if (typeof year === "number") return year + 1;
  const start = Number(/^(\d{4})/.exec(String(year ?? ""))?.[1]);
  if (!Number.isFinite(start)) return latestYear(shippedDeflators())!.start + 1;
  return `${start + 1}/${String((start + 2) % 100).padStart(2, "0")}`;
}

/** The shipped series, said: its name, what it covers, its source, licence and vintage. */
function Shipped(): React.JSX.Element {
  const s = shippedDeflators();
  return (
    <div>
      <Body1 as="p">
        {s.name}: {seriesCoverage(s)}, 2024 = 100.
      </Body1>
      <Caption1 as="p">
        Source: {s.source}. Licence: {s.licence}. Vintage: {s.vintage}.{" "}
        {s.url && (
          <Link href={s.url} target="_blank" rel="noreferrer">
            The release
          </Link>
        )}
      </Caption1>
    </div>
  );
}

/** Two columns pasted from a spreadsheet: read, then merged into the rows, or the lines at fault. */
function Paste(props: {
  rows: readonly (readonly [PriceYear, number])[];
  onRows: (rows: [PriceYear, number][]) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const [text, setText] = React.useState("");
  const [problems, setProblems] = React.useState<readonly string[]>([]);
  const [added, setAdded] = React.useState<string | null>(null);
  const add = () => {
    const pasted = parsePastedDeflators(text);
    setProblems(pasted.problems);
    if (pasted.problems.length) return setAdded(null); // the text stays, to fix
    props.onRows(mergeDeflatorRows(props.rows, pasted.rows));
    setAdded(`${pasted.rows.length} row${pasted.rows.length === 1 ? "" : "s"} added or updated.`);
    setText("");
  };
  return (
    <div className={styles.stack}>
      <Field
        label="Paste two columns: year and index"
        hint="Copy the two columns from a spreadsheet (or type lines such as 2010/11, 80.5). A year already in the table takes the pasted index."
        validationMessage={
          problems.length ? `${problems.length} line(s) could not be read.` : undefined
        }
        validationState={problems.length ? "error" : "none"}
      >
        <Textarea value={text} onChange={(_e, d) => setText(d.value)} resize="vertical" />
      </Field>
      {problems.length > 0 && (
        <ul className={styles.problems} aria-label="Lines that could not be read">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div>
        <Button onClick={add} disabled={text.trim() === ""}>
          Add the pasted rows
        </Button>
      </div>
      {added && <Caption1 role="status">{added}</Caption1>}
    </div>
  );
}

/** A journey's draft that may hold its own deflators (both journeys with a price base). */
export interface WithDeflators {
  deflators?: UserDeflators;
}

/** Sets a draft copy's deflators; undefined removes them (the shipped series again). */
export function setDeflators(d: WithDeflators, value: UserDeflators | undefined): void {
  if (value === undefined) delete d.deflators;
  else d.deflators = value;
}

/**
 * The deflators editor. `value` is the journey's `deflators` (undefined: the shipped
 * series); a change goes to `onChange` (the new value, or undefined for the shipped series)
 * or, given a journey step's `update`, straight into the draft ({@link setDeflators}), so
 * each journey's use is one line.
 */
export function DeflatorEditor(
  props: { value: UserDeflators | undefined } & (
    | { onChange: (value: UserDeflators | undefined) => void }
    | { update: (change: (draft: WithDeflators) => void) => void }
  )
): React.JSX.Element {
  const styles = useStyles();
  const own = props.value;
  const onChange =
    "onChange" in props
      ? props.onChange
      : (v: UserDeflators | undefined) => props.update((d) => setDeflators(d, v));
  const [asking, setAsking] = React.useState(false);
  const set = (change: Partial<UserDeflators>) => own && onChange({ ...own, ...change });
  const setRow = (i: number, row: [PriceYear, number]) =>
    own && set({ rows: own.rows.map((r, k) => (k === i ? row : r)) });
  return (
    <FieldScope name="Deflators">
      <div className={styles.stack}>
        <ChoiceField
          label="Deflators"
          value={own ? "own" : "shipped"}
          options={[
            { id: "shipped", label: "HM Treasury's GDP deflators (shipped)" },
            { id: "own", label: "Use my own series" },
          ]}
          onChange={(v) => {
            if (v === "own" && !own) onChange(ownFromShipped());
            if (v === "shipped" && own) setAsking(true);
          }}
        />
        {!own && <Shipped />}
        {own && (
          <>
            <TextField
              label="Name of the series"
              hint="How the results and the workbook name it: say its vintage (e.g. ONS GDP deflator, March 2026)."
              required
              value={own.name}
              onChange={(v) => set({ name: v })}
            />
            <TextField label="Source" value={own.source} onChange={(v) => set({ source: v })} />
            <TextField label="Licence" value={own.licence} onChange={(v) => set({ licence: v })} />
            <Caption1>
              Years as 2014, or financial years as 2010/11; each index is more than 0 and on one
              base (the base cancels out in the conversion).
            </Caption1>
            <GroupList
              items={own.rows}
              legend={(_, i) => `Deflator row ${i + 1}`}
              removeLabel={(i) => `Remove deflator row ${i + 1}`}
              onRemove={(i) => set({ rows: own.rows.filter((_, k) => k !== i) })}
              addLabel="Add a year"
              min={1}
              max={MAX_ROWS}
              pageSize={10}
              onAdd={() => {
                const last = own.rows[own.rows.length - 1];
                set({ rows: [...own.rows, [nextYear(last?.[0]), last?.[1] ?? 100]] });
              }}
            >
              {(r, i) => (
                <div className={styles.row}>
                  <YearField
                    label="Year"
                    value={r[0]}
                    onChange={(y) => y !== undefined && setRow(i, [y, r[1]])}
                  />
                  <NumberField
                    label="Index"
                    above={0}
                    value={r[1]}
                    onChange={(x) => setRow(i, [r[0], x])}
                  />
                </div>
              )}
            </GroupList>
            <Paste rows={own.rows} onRows={(rows) => set({ rows })} />
          </>
        )}
        <ConfirmDialog
          open={asking}
          title="Use HM Treasury's deflators instead?"
          cancelLabel="Keep my series"
          confirmLabel="Remove my series"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            onChange(undefined);
          }}
        >
          Your series ({own?.rows.length ?? 0} rows) will be removed from this analysis.
        </ConfirmDialog>
      </div>
    </FieldScope>
  );
}
