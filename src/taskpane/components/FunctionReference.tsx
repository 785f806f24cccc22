/**
 * The PCBA function reference, searchable. Its data is rendered from the functions'
 * JSDoc (`npm run docs`), the same source as Excel's metadata and the README, so the three
 * never disagree. Each function has an anchor (#ID), the target of its Excel help link.
 */
import * as React from "react";
import {
  Button,
  Card,
  CardHeader,
  Input,
  Field,
  Text,
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import reference from "../../functions/reference.json";
import { exampleFormula } from "../insert-formula";

/* global window, document */

export interface FunctionDoc {
  readonly id: string;
  readonly category: string;
  readonly description: string;
  readonly params: readonly { name: string; description: string; optional: boolean }[];
  readonly returns: string;
  readonly examples: readonly string[];
  readonly helpUrl: string;
}

const FUNCTIONS = reference as FunctionDoc[];

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
  },
  item: { listStyleType: "none" },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  params: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** Case-insensitive match on the id, description and parameter names. */
export function matches(f: FunctionDoc, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [f.id, f.description, f.category, ...f.params.map((p) => p.name)].some((s) =>
    s.toLowerCase().includes(q)
  );
}

export function signature(f: FunctionDoc): string {
  return `=PCBA.${f.id}(${f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

export function FunctionReference({
  functions = FUNCTIONS,
  onInsert,
}: {
  functions?: readonly FunctionDoc[];
  /** In Excel: insert a formula at the selected cell (the button is shown only then). */
  onInsert?: (formula: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const [query, setQuery] = React.useState("");
  const shown = functions.filter((f) => matches(f, query));

  // Help links from Excel open taskpane.html#ID: bring that function into view.
  React.useEffect(() => {
    const id = typeof window !== "undefined" ? window.location.hash.slice(1) : "";
    if (id) document.getElementById(id)?.scrollIntoView?.();
  }, []);

  return (
    <section aria-labelledby="reference-title" id="help">
      <Subtitle2 as="h2" id="reference-title">
        Function reference
      </Subtitle2>
      <Field label="Search the PCBA functions">
        <Input
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          placeholder="e.g. discount, SROI, VAT"
        />
      </Field>
      <Caption1 role="status">
        {shown.length} of {functions.length} functions
      </Caption1>
      <ul className={styles.list}>
        {shown.map((f) => (
          <li key={f.id} id={f.id} className={styles.item}>
            <Card>
              <CardHeader
                header={
                  <Text className={styles.code} weight="semibold">
                    {signature(f)}
                  </Text>
                }
                description={<Caption1>{f.category}</Caption1>}
              />
              <Text>{f.description}</Text>
              <ul className={styles.params}>
                {f.params.map((p) => (
                  <li key={p.name}>
                    <Text className={styles.code}>{p.name}</Text>
                    {p.optional ? " (optional)" : ""}: {p.description}
                  </li>
                ))}
              </ul>
              {f.examples.map((e) => (
                <Text key={e} className={styles.code}>
                  {e}
                </Text>
              ))}
              {onInsert && f.examples.length > 0 && (
                <Button onClick={() => onInsert(exampleFormula(f.examples[0]))}>
                  Insert {f.id} at the selected cell
                </Button>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
