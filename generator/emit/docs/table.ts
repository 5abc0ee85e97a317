import type { Cell } from "../../codegen/markdown.js";

/**
 * A GFM table in the seed's layout: one width W for every column, the widest cell (header
 * included, measured before line breaks become `<br/>`, one counting as one character); every
 * rendered cell right-padded with spaces to W,
 * never cut; rows `| a | b |`; the separator row W dashes per column. No newline at the end.
 */
export function renderTable(header: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  // A loop, not `Math.max(...cells)`: 50,000 rows would overflow the stack as arguments.
  let width = 3;
  for (const row of [header, ...rows]) for (const cell of row) width = Math.max(width, cell.width);
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  // Padding is measured on the rendered text, so a cell with `<br/>` may come out wider than W.
  const pad = (c: Cell): string => c.text.padEnd(width, " ");
  return [
    line(header.map(pad)),
    line(header.map(() => "-".repeat(width))),
    ...rows.map((row) => line(row.map(pad))),
  ].join("\n");
}
