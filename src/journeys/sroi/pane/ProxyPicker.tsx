/**
 * The proxy picker: the values the product ships (`src/values/library.ts`, each with its
 * source, licence and price year) and any the user imports from their own list (CSV or
 * .xlsx, columns mapped on import, rows without a value or a price year rejected with a
 * message). Choosing a value fills the outcome's proxy with its code, source, licence and
 * price year, so attribution travels into the value map. The list imported is kept beside
 * the draft (`IMPORTED_VALUES_KEY` in the draft store) and offered again by every picker. Nothing here holds values of its
 * own: banks whose terms forbid bundling (HACT, National TOMs) are only ever imported.
 *
 * Also {@link ProxyConversion}, the sentence beside a proxy: "£1,200 in 2014 prices =
 * £1,607 in 2024 prices", or the problem that stops the conversion.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from "@fluentui/react-components";
import type { ProxyValue } from "../../../values/proxy-value";
import { useDraftStore, type DraftStore } from "../../../taskpane/draft";
import { VALUE_LIBRARY } from "../../../values/library";
import {
  FIELD_LABELS,
  PROXY_FIELDS,
  importProxies,
  readProxyCsv,
  readProxyXlsx,
  resolveMapping,
  type ColumnMapping,
  type ImportedProxy,
  type ImportResult,
  type ProxySheet,
} from "../../../values/import";
import { describeConversion } from "../../../values/deflator-table";
import { priceBaseProblem, type DeflatorSeries, type PriceYear } from "../../../model/price-base";

const useStyles = makeStyles({
  list: { listStyleType: "none", paddingLeft: 0, margin: 0 },
  item: {
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  mapping: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    columnGap: tokens.spacingHorizontalS,
  },
});

const pounds = (x: number) =>
  `£${x.toLocaleString("en-GB", { maximumFractionDigits: Math.abs(x) < 100 ? 2 : 0 })}`;

/** The sentence beside a proxy: its value restated in the price base, or what stops it. */
export function ProxyConversion(props: {
  amount: number;
  priceYear: PriceYear;
  baseYear: PriceYear | undefined;
  series: DeflatorSeries;
}): React.JSX.Element | null {
  const { amount, priceYear, baseYear, series } = props;
  if (baseYear === undefined) return null;
  const problem = priceBaseProblem(priceYear, baseYear, series);
  return (
    <Caption1 role="status" aria-label="Proxy in the price base">
      {problem ?? describeConversion(amount, priceYear, baseYear, series)}
    </Caption1>
  );
}

/** The values a user imported, kept beside the draft (per workbook, as drafts are). */
export interface ImportedList {
  /** The file they came from, as the picker names the list. */
  readonly file: string;
  readonly values: readonly ImportedProxy[];
}

/** Where the imported list is kept: the draft store's key for it (per workbook in Excel). */
export const IMPORTED_VALUES_KEY = "pcba.sroi.importedValues";

/** A value as stored: the fields a proxy needs, of the right types. */
const isProxy = (v: unknown): v is ImportedProxy => {
  const p = v as ImportedProxy | null;
  return (
    p !== null &&
    typeof p === "object" &&
    typeof p.value === "number" &&
    (typeof p.priceYear === "number" || typeof p.priceYear === "string") &&
    typeof p.source === "string" &&
    typeof p.licence === "string" &&
    typeof p.code === "string" &&
    typeof p.description === "string" &&
    typeof p.unit === "string"
  );
};

/** The imported list kept in `store`, or null (none, or not one this version can read: left as it is). */
export function readImportedList(store: DraftStore): ImportedList | null {
  try {
    const text = store.read(store.key(IMPORTED_VALUES_KEY));
    if (!text) return null;
    const list = JSON.parse(text) as ImportedList;
    return typeof list?.file === "string" &&
      Array.isArray(list.values) &&
      list.values.every(isProxy)
      ? list
      : null;
  } catch {
    return null;
  }
}

/**
 * The imported list kept beside the draft: read when the picker opens, written at once on
 * import, so closing the picker or the pane loses nothing and every outcome's picker offers
 * it again. Kept outside the analysis itself, so the workbook (which holds only the values
 * used, with their code, source and licence) still reads back equal to the draft.
 */
function useImportedList(): [ImportedList | null, (list: ImportedList) => void] {
  const store = useDraftStore();
  const [list, setList] = React.useState<ImportedList | null>(() => readImportedList(store));
  const keep = (next: ImportedList) => {
    setList(next);
    store.write(store.key(IMPORTED_VALUES_KEY), JSON.stringify(next));
  };
  return [list, keep];
}

/** Reads a chosen file into a sheet: .xlsx by exceljs, anything else as CSV text. */
async function readFile(file: File): Promise<ProxySheet> {
  if (/\.xlsx$/i.test(file.name)) return readProxyXlsx(new Uint8Array(await file.arrayBuffer()));
  return readProxyCsv(await file.text());
}

/** What a proxy shows in the list: description, value and unit, price year, code, source, licence. */
function ProxyItem(props: { value: ProxyValue; onPick: () => void }): React.JSX.Element {
  const v = props.value;
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <div>
        <strong>{v.description || v.code}</strong>
      </div>
      <div>
        {pounds(v.value)} {v.unit} in {String(v.priceYear)} prices
        {v.low !== undefined && v.high !== undefined
          ? ` (range ${pounds(v.low)}–${pounds(v.high)})`
          : ""}
        {v.code ? ` · code ${v.code}` : ""}
      </div>
      <Caption1>
        Source: {v.source || "none given"}. Licence: {v.licence || "none given"}.
      </Caption1>
      <div>
        <Button size="small" onClick={props.onPick} aria-label={`Use ${v.code || v.description}`}>
          Use this value
        </Button>
      </div>
    </li>
  );
}

/**
 * The picker: the library, the user's imported values, and the import form. `onPick` gets
 * the value chosen (the caller copies it into the outcome).
 */
export function ProxyPicker(props: {
  onPick: (value: ProxyValue) => void;
  library?: readonly ProxyValue[];
}): React.JSX.Element {
  const styles = useStyles();
  const library = props.library ?? VALUE_LIBRARY;
  const [sheet, setSheet] = React.useState<ProxySheet | null>(null);
  const [mapping, setMapping] = React.useState<ColumnMapping | null>(null);
  const [source, setSource] = React.useState("");
  const [licence, setLicence] = React.useState("");
  const [imported, setImported] = React.useState<ImportResult | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [kept, keep] = useImportedList();
  const [fileName, setFileName] = React.useState("");

  const onFile = async (file: File | undefined) => {
    setError(null);
    setImported(null);
    if (!file) return;
    try {
      const s = await readFile(file);
      setFileName(file.name);
      setSheet(s);
      setMapping(resolveMapping(s.headers));
    } catch (e) {
      setSheet(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const onImport = () => {
    if (!sheet || !mapping) return;
    try {
      setError(null);
      const result = importProxies(sheet, { mapping, source, licence });
      setImported(result);
      if (result.values.length) keep({ file: fileName, values: result.values });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-label="Proxy picker">
      <Caption1>
        Values the add-in may ship (each with its source and licence). HACT Social Value Bank values
        and the National TOMs are never bundled: import your own licensed copy.
      </Caption1>
      <ul className={styles.list} aria-label="Values library">
        {library.map((v) => (
          <ProxyItem key={`lib-${v.code}`} value={v} onPick={() => props.onPick(v)} />
        ))}
      </ul>
      <Field
        label="Import your own list of values (CSV or .xlsx)"
        hint="Columns: code, description, unit, value, price year, source, licence (headings matched; change the mapping below)."
      >
        <input
          type="file"
          accept=".csv,.xlsx,text/csv"
          aria-label="Proxy list file"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </Field>
      {sheet && mapping && (
        <div className={styles.mapping} aria-label="Column mapping">
          {PROXY_FIELDS.map((f) => (
            <Field key={f} label={`Column for the ${FIELD_LABELS[f]}`}>
              <Select
                value={mapping[f] === null ? "" : String(mapping[f])}
                onChange={(_e, d) => {
                  const i = d.value === "" ? null : Number(d.value);
                  const next = { ...mapping };
                  // A column belongs to one field: taken from whichever had it.
                  for (const g of PROXY_FIELDS) if (i !== null && next[g] === i) next[g] = null;
                  next[f] = i;
                  setMapping(next);
                }}
              >
                <option value="">(none)</option>
                {sheet.headers.map((h, i) => (
                  <option key={i} value={String(i)}>
                    {h || `Column ${i + 1}`}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          <Field label="Source, for rows without one">
            <Input value={source} onChange={(_e, d) => setSource(d.value)} />
          </Field>
          <Field label="Licence, for rows without one">
            <Input value={licence} onChange={(_e, d) => setLicence(d.value)} />
          </Field>
          <Button appearance="primary" onClick={onImport}>
            Import the values
          </Button>
        </div>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error.charAt(0).toUpperCase() + error.slice(1)}</MessageBarBody>
        </MessageBar>
      )}
      {imported && (
        <>
          <MessageBar intent={imported.rejected.length ? "warning" : "success"}>
            <MessageBarBody>
              {imported.values.length} value{imported.values.length === 1 ? "" : "s"} imported
              {imported.rejected.length ? `, ${imported.rejected.length} rejected:` : "."}
              {(imported.rejected.length > 0 || imported.warnings.length > 0) && (
                <ul aria-label="Import messages">
                  {imported.rejected.map((r) => (
                    <li key={`r${r.row}`}>
                      {r.message.charAt(0).toUpperCase() + r.message.slice(1)}
                    </li>
                  ))}
                  {imported.warnings.map((w) => (
                    <li key={w}>{w.charAt(0).toUpperCase() + w.slice(1)}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        </>
      )}
      {kept && (
        <>
          <Caption1>
            Your imported values, from {kept.file || "your file"} (kept with this draft; a new
            import replaces them):
          </Caption1>
          <ul className={styles.list} aria-label="Imported values">
            {kept.values.map((v) => (
              <ProxyItem key={`imp-${v.row}`} value={v} onPick={() => props.onPick(v)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A button that opens the picker beside an outcome's proxy, and closes it once a value is chosen. */
export function ProxyChooser(props: { onPick: (value: ProxyValue) => void }): React.JSX.Element {
  const [open, setOpen] = React.useState(false);
  return (
    <>
      <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? "Close the values library" : "Choose from the values library or import"}
      </Button>
      {open && (
        <ProxyPicker
          onPick={(v) => {
            props.onPick(v);
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
