/**
 * GroupList's memoised rows (`stable`, for long lists such as 100 savings lines): a change
 * to one item re-renders that item's group only, whatever the copies of the others; a change
 * to a value listed in `stable`, or to a group's place or legend, re-renders them all; and
 * without `stable` every group renders each time, as before.
 */
import * as React from "react";
import { render, screen, fireEvent } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { GroupList } from "../../src/taskpane/components/fields";

interface Item {
  name: string;
}

function List(props: { stable?: boolean; renders: Record<string, number> }): React.JSX.Element {
  const [items, setItems] = React.useState<Item[]>([{ name: "a" }, { name: "b" }, { name: "c" }]);
  const [tag, setTag] = React.useState("x");
  // Every change copies the whole list, as the pane's drafts do.
  const rename = (i: number, name: string) =>
    setItems((xs) => JSON.parse(JSON.stringify(xs.map((x, k) => (k === i ? { name } : x)))));
  return (
    <FluentProvider theme={webLightTheme}>
      <button onClick={() => rename(1, "B")}>rename</button>
      <button onClick={() => setItems((xs) => JSON.parse(JSON.stringify(xs)))}>copy</button>
      <button onClick={() => setTag("y")}>tag</button>
      <GroupList
        items={items}
        legend={(_, i) => `Item ${i + 1}`}
        removeLabel={(i) => `Remove item ${i + 1}`}
        onRemove={(i) => setItems((xs) => xs.filter((_, k) => k !== i))}
        addLabel="Add an item"
        onAdd={() => setItems((xs) => [...xs, { name: "new" }])}
        stable={props.stable ? [tag] : undefined}
      >
        {(item) => {
          props.renders[item.name] = (props.renders[item.name] ?? 0) + 1;
          return <span>{`${item.name} ${tag}`}</span>;
        }}
      </GroupList>
    </FluentProvider>
  );
}

test("with stable, only the changed item's group renders again", () => {
  const renders: Record<string, number> = {};
  render(<List stable renders={renders} />);
  expect(renders).toEqual({ a: 1, b: 1, c: 1 });
  fireEvent.click(screen.getByText("copy"));
  expect(renders).toEqual({ a: 1, b: 1, c: 1 });
  fireEvent.click(screen.getByText("rename"));
  expect(renders).toEqual({ a: 1, b: 1, B: 1, c: 1 });
  expect(screen.getByText("B x")).toBeTruthy();
  // A value listed in stable changes: every group shows it.
  fireEvent.click(screen.getByText("tag"));
  expect(screen.getByText("a y")).toBeTruthy();
  expect(screen.getByText("c y")).toBeTruthy();
  // Removing the first moves the others up: their legends and Remove buttons follow.
  fireEvent.click(screen.getByText("Remove item 1"));
  expect(screen.queryByText("a y")).toBeNull();
  expect(screen.getByText("Remove item 2")).toBeTruthy();
  expect(screen.queryByText("Remove item 3")).toBeNull();
  expect(screen.getByText("c y")).toBeTruthy();
});

test("without stable, every group renders each time, as before", () => {
  const renders: Record<string, number> = {};
  render(<List renders={renders} />);
  fireEvent.click(screen.getByText("copy"));
  expect(renders).toEqual({ a: 2, b: 2, c: 2 });
});
