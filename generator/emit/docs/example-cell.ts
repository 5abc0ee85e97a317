import type { JsonValue } from "../../model/model.js";
import { textCell, type Cell } from "../../codegen/markdown.js";

/**
 * The Example column: a string as it is, a number from its value (`0.0` → `0`), `true`/`false`,
 * objects and arrays as JSON with one entry a line and no indentation, keys in the example's
 * order; each line break becomes `<br/>`.
 */
export function exampleCell(value: JsonValue | undefined): Cell {
  if (value === undefined) return textCell("");
  if (typeof value === "string") return textCell(value);
  if (typeof value !== "object" || value === null) return textCell(JSON.stringify(value));
  const lines = JSON.stringify(value, null, 1)
    .split("\n")
    .map((line) => line.trimStart());
  return textCell(lines.join("\n"));
}
