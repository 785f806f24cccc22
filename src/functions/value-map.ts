/**
 * The outcome columns of a value map as the SROI adapters read them (`./sroi`): a fast,
 * fused pass for the common case and the general path that names what is wrong. Kept out of
 * the adapter modules, whose every export is a registered function.
 */
import { generalTable, numbers, type Arg } from "./args";
import { fastOutcomeTable } from "./columns";
import { outcomeTableFromColumns, type OutcomeTable } from "../model/sroi";

/**
 * The outcome columns of a value map, aligned and validated: in one pass from the cells
 * when every cell is a plain number in range ({@link fastOutcomeTable}), otherwise by the
 * general path, whose messages name the argument and the outcome.
 */
export function outcomesArg(
  quantity: Arg,
  proxy: Arg,
  duration: Arg,
  deadweight: Arg,
  displacement: Arg,
  attribution: Arg,
  dropOff: Arg,
  start: Arg
): OutcomeTable {
  return (
    fastOutcomeTable(
      quantity,
      proxy,
      duration,
      deadweight,
      displacement,
      attribution,
      dropOff,
      start
    ) ??
    generalOutcomes(
      quantity,
      proxy,
      duration,
      deadweight,
      displacement,
      attribution,
      dropOff,
      start
    )
  );
}

/** {@link outcomesArg} for any input: table() then the model's validators. */
export function generalOutcomes(
  quantity: Arg,
  proxy: Arg,
  duration: Arg,
  deadweight: Arg,
  displacement: Arg,
  attribution: Arg,
  dropOff: Arg,
  start: Arg
): OutcomeTable {
  const t = generalTable([
    { name: "quantity", value: quantity, required: true },
    { name: "proxy", value: proxy, required: true },
    { name: "duration", value: duration, required: true },
    { name: "deadweight", value: deadweight, required: false, fallback: 0 },
    { name: "displacement", value: displacement, required: false, fallback: 0 },
    { name: "attribution", value: attribution, required: false, fallback: 0 },
    { name: "drop_off", value: dropOff, required: false, fallback: 0 },
    { name: "start", value: start, required: false, fallback: 1 },
  ]);
  const outcomes = outcomeTableFromColumns({
    quantity: numbers(t, "quantity"),
    proxy: numbers(t, "proxy"),
    duration: numbers(t, "duration"),
    deadweight: numbers(t, "deadweight"),
    displacement: numbers(t, "displacement"),
    attribution: numbers(t, "attribution"),
    dropOff: numbers(t, "drop_off"),
    start: numbers(t, "start"),
  });
  return outcomes;
}
