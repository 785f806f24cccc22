/**
 * Returns by perspective ("Experts by Experience" style): flows by party, sector and kind;
 * the government and societal returns and a who-pays / who-benefits table as the user types;
 * the workbook built in Excel or downloaded. Starts from an illustrative example shaped like
 * PSSRU's Basildon community navigator / time bank case, labelled as such.
 */
import * as React from "react";
import { useJourney, type StepProps } from "../../../taskpane/use-journey";
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { ScrollRegion } from "../../../taskpane/components/ScrollRegion";
import type { PerspectiveAnalysis } from "../types";
import type { PerspectiveResult } from "../../../model/perspectives";
import { JourneyFrame } from "../../../taskpane/components/Stepper";
import { ProblemList } from "../../../taskpane/components/ProblemList";
import {
  CheckField,
  ChoiceField,
  DiscountField,
  NumberField,
  TextField,
  GroupList,
} from "../../../taskpane/components/fields";
import { STARTING_EXAMPLE } from "../examples";
import { copyDraft } from "../../../taskpane/draft";
import { perspectives } from "..";
import { PERSPECTIVE_FIELDS, PERSPECTIVES_TABLE } from "./fields";

export const PERSPECTIVES_DRAFT_KEY = perspectives.draftKey;

/** A stored draft of the right shape, or null. */
const acceptFlows = (v: unknown) => {
  const d = v as PerspectiveAnalysis | null;
  return d?.schemaVersion === 1 && Array.isArray(d.flows) ? d : null;
};

const KINDS = [
  { id: "cost", label: "Cost" },
  { id: "benefit", label: "Benefit (a saving or gain)" },
  { id: "transfer", label: "Transfer (money moved, not created)" },
  { id: "qol", label: "Quality of life" },
] as const;

type Step = StepProps<PerspectiveAnalysis, PerspectiveResult[]>;

/** Step 1: the title, the discounting, the first year and whether quality of life counts. */
function SettingsStep({ value, update }: Step): React.JSX.Element {
  return (
    <>
      <TextField
        label="Title"
        value={value.title}
        required
        onChange={(v) => update((d) => void (d.title = v))}
      />
      <DiscountField
        value={value.discount}
        onChange={(v) => update((d) => void (d.discount = v))}
      />
      <NumberField
        {...PERSPECTIVE_FIELDS.start}
        value={value.start}
        onChange={(v) => update((d) => void (d.start = v))}
      />
      <CheckField
        label="Count quality of life in the societal return"
        checked={value.includeQol}
        onChange={(v) => update((d) => void (d.includeQol = v))}
      />
    </>
  );
}

/** Step 2: the flows by party, sector and kind, with their amounts by year. */
function FlowsStep({ value, update }: Step): React.JSX.Element {
  return (
    <>
      <GroupList
        items={value.flows}
        legend={(_, i) => `Flow ${i + 1}`}
        removeLabel={(i) => `Remove flow ${i + 1}`}
        onRemove={(i) => update((d) => void d.flows.splice(i, 1))}
        addLabel="Add a flow"
        onAdd={() =>
          update(
            (d) =>
              void d.flows.push({
                party: "",
                sector: "public",
                kind: "cost",
                description: "",
                amounts: [0],
              })
          )
        }
        min={1}
      >
        {(f, i) => (
          <>
            <TextField
              label={PERSPECTIVE_FIELDS.party.label}
              value={f.party}
              required
              onChange={(v) => update((d) => void (d.flows[i].party = v))}
            />
            <ChoiceField
              label="Sector"
              value={f.sector}
              options={[
                { id: "public", label: "Public" },
                { id: "private", label: "Private" },
              ]}
              onChange={(v) => update((d) => void (d.flows[i].sector = v))}
            />
            <ChoiceField
              label="Kind"
              value={f.kind}
              options={KINDS}
              onChange={(v) => update((d) => void (d.flows[i].kind = v))}
            />
            <TextField
              label="Description"
              value={f.description}
              onChange={(v) => update((d) => void (d.flows[i].description = v))}
            />
            {f.amounts.map((a, k) => (
              <NumberField
                key={k}
                label={`Amount in year ${value.start + k}`}
                unit="£"
                value={a}
                onChange={(v) => update((d) => void (d.flows[i].amounts[k] = v))}
              />
            ))}
            <Button onClick={() => update((d) => void d.flows[i].amounts.push(0))}>
              Add a year to flow {i + 1}
            </Button>
          </>
        )}
      </GroupList>
    </>
  );
}

/** Step 3: who pays and who benefits (or what to fix first). */
function ReturnsStep({ problems, result }: Step): React.JSX.Element {
  return (
    <>
      {problems.length > 0 ? (
        <ProblemList lead="Fix these first:" problems={problems} />
      ) : (
        <ScrollRegion label="Returns">
          <Table aria-label="Returns by perspective" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Perspective</TableHeaderCell>
                <TableHeaderCell>PV costs</TableHeaderCell>
                <TableHeaderCell>PV benefits</TableHeaderCell>
                <TableHeaderCell>Return</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(result ?? []).map((r) => (
                <TableRow key={r.perspective}>
                  <TableCell>{r.perspective}</TableCell>
                  <TableCell>{r.pvCosts.toFixed(2)}</TableCell>
                  <TableCell>{r.pvBenefits.toFixed(2)}</TableCell>
                  <TableCell>{r.ratio === null ? "no costs" : r.ratio.toFixed(2)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </>
  );
}

/** The settings, the flows by party, sector and kind, then who pays and who benefits. */
const STEPS = [
  { id: "settings", label: "Settings", Component: SettingsStep },
  { id: "flows", label: "Flows", Component: FlowsStep },
  { id: "returns", label: "Who pays, who benefits", Component: ReturnsStep },
] as const;

/** A blank analysis (no flows yet), then the shipped example. */
const START = [
  {
    id: "blank",
    label: "A blank analysis",
    value: (): PerspectiveAnalysis => ({ ...copyDraft(STARTING_EXAMPLE), title: "", flows: [] }),
  },
  {
    id: "example",
    label: `Example: ${STARTING_EXAMPLE.title}`,
    value: () => copyDraft(STARTING_EXAMPLE),
  },
];

export function ReturnsByPerspective({ inExcel }: { inExcel: boolean }): React.JSX.Element {
  const { frame } = useJourney(perspectives, {
    inExcel,
    accept: acceptFlows,
    initial: STARTING_EXAMPLE,
    fileName: "returns-by-perspective.xlsx",
    shows: "the returns",
    what: "returns-by-perspective workbook",
    steps: STEPS,
    words: PERSPECTIVES_TABLE.words,
    start: START,
  });
  return <JourneyFrame id="perspectives-title" title="Returns by perspective" frame={frame} />;
}
