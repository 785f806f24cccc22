/**
 * Compare bids: a commissioner's bids table, weights and price-scoring method, with scores,
 * ranks and abnormally-low prompts as they type; a warning when central-government rules
 * apply and social value weighs less than 10%; an optional payment-by-results check for the
 * supply chain; then the workbook (built in Excel, or downloaded as .xlsx).
 */
import * as React from "react";
import { useJourney, type StepProps } from "../../../taskpane/use-journey";
import {
  Body1,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { ScrollRegion } from "../../../taskpane/components/ScrollRegion";
import type { BidComparison } from "../types";
import type { BidEvaluation } from "../evaluate";
import { JourneyFrame } from "../../../taskpane/components/Stepper";
import { ProblemList } from "../../../taskpane/components/ProblemList";
import {
  CheckField,
  ChoiceField,
  FieldGroup as Group,
  AmountList,
  GroupList,
  NumberField,
  TextField,
} from "../../../taskpane/components/fields";
import { EXAMPLES, STARTING_EXAMPLE } from "../examples";
import { copyDraft } from "../../../taskpane/draft";
import { bids } from "..";
import { BID_FIELDS, BIDS_TABLE } from "./fields";

export const BIDS_DRAFT_KEY = bids.draftKey;

/** A stored draft of the right shape, or null. */
const acceptBids = (v: unknown) => {
  const d = v as BidComparison | null;
  return d?.schemaVersion === 1 && Array.isArray(d.bids) && typeof d.weights === "object"
    ? d
    : null;
};

type Step = StepProps<BidComparison, BidEvaluation>;

/** Where central-government rules apply and social value weighs less than 10%. */
function SocialValueWarning({
  result,
}: {
  result: BidEvaluation | null;
}): React.JSX.Element | null {
  return result?.socialValueWarning ? (
    <MessageBar intent="warning">
      <MessageBarBody>{result.socialValueWarning}</MessageBarBody>
    </MessageBar>
  ) : null;
}

/** Step 1: the title and the bids. */
function BidsStep({ value, update }: Step): React.JSX.Element {
  return (
    <>
      <TextField
        label={BID_FIELDS.title.label}
        value={value.title}
        required
        onChange={(v) => update((d) => void (d.title = v))}
      />
      <GroupList
        items={value.bids}
        legend={(_, i) => `Bid ${i + 1}`}
        removeLabel={(i) => `Remove bid ${i + 1}`}
        onRemove={(i) => update((d) => void d.bids.splice(i, 1))}
        addLabel={"Add a bid"}
        onAdd={() =>
          update(
            (d) =>
              void d.bids.push({
                bidder: `Bidder ${d.bids.length + 1}`,
                price: 1,
                quality: 0,
                socialValue: 0,
              })
          )
        }
        min={2}
        max={BIDS_TABLE.maxItems("bids")}
      >
        {(b, i) => (
          <>
            <TextField
              label={BID_FIELDS.bidder.label}
              value={b.bidder}
              required
              onChange={(v) => update((d) => void (d.bids[i].bidder = v))}
            />
            <NumberField
              {...BID_FIELDS.price}
              value={b.price}
              onChange={(v) => update((d) => void (d.bids[i].price = v))}
            />
            <NumberField
              {...BID_FIELDS.quality}
              value={b.quality}
              onChange={(v) => update((d) => void (d.bids[i].quality = v))}
            />
            <NumberField
              {...BID_FIELDS.socialValue}
              value={b.socialValue}
              onChange={(v) => update((d) => void (d.bids[i].socialValue = v))}
            />
          </>
        )}
      </GroupList>
    </>
  );
}

/** Step 2: the weights, the price-scoring method and the abnormally-low threshold. */
function EvaluationStep({ value, update, result }: Step): React.JSX.Element {
  return (
    <>
      <Group legend="Evaluation">
        <NumberField
          {...BID_FIELDS.pointsPrice}
          value={value.weights.price}
          onChange={(v) => update((d) => void (d.weights.price = v))}
        />
        <NumberField
          {...BID_FIELDS.pointsQuality}
          value={value.weights.quality}
          onChange={(v) => update((d) => void (d.weights.quality = v))}
        />
        <NumberField
          {...BID_FIELDS.pointsSocialValue}
          value={value.weights.socialValue}
          onChange={(v) => update((d) => void (d.weights.socialValue = v))}
        />
        <ChoiceField
          label="Price scoring"
          value={value.method}
          options={[
            { id: "relative", label: "Relative: points × lowest ÷ price" },
            {
              id: "linear",
              label: "Linear: lose points in proportion to the excess over the lowest",
            },
          ]}
          onChange={(v) => update((d) => void (d.method = v))}
        />
        <NumberField
          {...BID_FIELDS.threshold}
          value={value.threshold}
          onChange={(v) => update((d) => void (d.threshold = v))}
        />
        <CheckField
          label="Central-government rules apply"
          checked={value.centralGovernment}
          onChange={(v) => update((d) => void (d.centralGovernment = v))}
        />
      </Group>
      <SocialValueWarning result={result} />
    </>
  );
}

/** Step 3: the supply chain's payment by results (optional). */
function PbrStep({ value, update }: Step): React.JSX.Element {
  return (
    <>
      <CheckField
        label="Check payment by results for the supply chain"
        checked={value.pbr !== null}
        onChange={(on) =>
          update(
            (d) =>
              void (d.pbr = on
                ? {
                    attachmentFee: 0,
                    outcomeFee: 0,
                    sustainmentMax: 0,
                    outcomeRate: 0,
                    sustainmentShare: 0,
                    topSlice: 0,
                    annualRate: 0.08,
                    cashflows: [0],
                  }
                : null)
          )
        }
      />
      {value.pbr && (
        <Group legend="Payment by results">
          <NumberField
            {...BID_FIELDS.attachmentFee}
            value={value.pbr.attachmentFee}
            onChange={(v) => update((d) => void (d.pbr!.attachmentFee = v))}
          />
          <NumberField
            {...BID_FIELDS.outcomeFee}
            value={value.pbr.outcomeFee}
            onChange={(v) => update((d) => void (d.pbr!.outcomeFee = v))}
          />
          <NumberField
            {...BID_FIELDS.sustainmentMax}
            value={value.pbr.sustainmentMax}
            onChange={(v) => update((d) => void (d.pbr!.sustainmentMax = v))}
          />
          <NumberField
            {...BID_FIELDS.outcomeRate}
            value={value.pbr.outcomeRate}
            onChange={(v) => update((d) => void (d.pbr!.outcomeRate = v))}
          />
          <NumberField
            {...BID_FIELDS.sustainmentShare}
            value={value.pbr.sustainmentShare}
            onChange={(v) => update((d) => void (d.pbr!.sustainmentShare = v))}
          />
          <NumberField
            {...BID_FIELDS.topSlice}
            hint="No published typical value: use the contract's."
            value={value.pbr.topSlice}
            onChange={(v) => update((d) => void (d.pbr!.topSlice = v))}
          />
          <NumberField
            {...BID_FIELDS.annualRate}
            value={value.pbr.annualRate}
            onChange={(v) => update((d) => void (d.pbr!.annualRate = v))}
          />
          <AmountList
            legend="Net cash flow by month"
            itemLabel={(i) => `Month ${i + 1}`}
            unit="£"
            values={value.pbr.cashflows}
            min={1}
            max={BIDS_TABLE.maxItems("pbr/cashflows")}
            onChange={(flows) => update((d) => void (d.pbr!.cashflows = flows))}
          />
        </Group>
      )}
    </>
  );
}

/** Step 4: the scores and ranks (or what to fix first), and the payment-by-results figures. */
function ResultsStep({ problems, result }: Step): React.JSX.Element {
  const ranked = result ? [...result.bids].sort((a, b) => a.rank - b.rank) : [];
  return (
    <>
      <SocialValueWarning result={result} />
      {problems.length > 0 ? (
        <ProblemList lead="Fix these first:" problems={problems} />
      ) : (
        <ScrollRegion label="Scores">
          <Table aria-label="Scores by bid" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Rank</TableHeaderCell>
                <TableHeaderCell>Bidder</TableHeaderCell>
                <TableHeaderCell>Total</TableHeaderCell>
                <TableHeaderCell>Price check</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {ranked.map((b) => (
                <TableRow key={b.bidder}>
                  <TableCell>{b.rank}</TableCell>
                  <TableCell>{b.bidder}</TableCell>
                  <TableCell>{b.total.toFixed(2)}</TableCell>
                  <TableCell>
                    {b.abnormallyLow ? "Abnormally low: ask the bidder to explain its price" : "–"}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      {result?.pbr && (
        <Body1>
          Payment by results: £{result.pbr.expectedPayment.toFixed(2)} expected per referral after
          the top slice; peak working capital £
          {result.pbr.workingCapital.toLocaleString("en-GB", { maximumFractionDigits: 0 })}, costing
          £{result.pbr.financingCost.toLocaleString("en-GB", { maximumFractionDigits: 0 })} to
          finance.
        </Body1>
      )}
    </>
  );
}

/** The bids, how they are scored, the supply chain's payment by results, then the result. */
const STEPS = [
  { id: "bids", label: "Bids", Component: BidsStep },
  { id: "evaluation", label: "Weights and scoring", Component: EvaluationStep },
  { id: "pbr", label: "Payment by results", Component: PbrStep },
  { id: "results", label: "Scores and ranks", Component: ResultsStep },
] as const;

/** A blank comparison (no bids yet), then every shipped example. */
const START = [
  {
    id: "blank",
    label: "A blank comparison",
    value: (): BidComparison => ({
      ...copyDraft(STARTING_EXAMPLE),
      title: "",
      bids: [],
      pbr: null,
    }),
  },
  ...EXAMPLES.map((x) => ({
    id: x.id,
    label: `Example: ${x.label}`,
    value: () => copyDraft(x.comparison),
  })),
];

export function CompareBids({ inExcel }: { inExcel: boolean }): React.JSX.Element {
  const { frame } = useJourney(bids, {
    inExcel,
    accept: acceptBids,
    initial: STARTING_EXAMPLE,
    fileName: "bid-comparison.xlsx",
    shows: "the scores",
    what: "bid comparison",
    steps: STEPS,
    words: BIDS_TABLE.words,
    start: START,
  });
  return <JourneyFrame id="bids-title" title="Compare bids" frame={frame} />;
}
