import type { Code } from "../../codegen/code.js";

/**
 * Whether control never passes the end of `statements`: the last one is `return false;`,
 * `continue;` or `break;` (a check that fails whatever the value, as under a schema `false`), or an
 * `if`/`else` chain every branch of which ends so. Whatever followed would be unreachable code,
 * which TypeScript refuses under `allowUnreachableCode: false`: the compiler stops there instead.
 *
 * Reads the compiler's own layout, as `reindent` does: one statement a line, a block opened by a
 * line's last `{` and closed by a line's first `}` (`} else {` does both). Only the last statement
 * can end the sequence, so the lines are read from the end, and no further back than its start.
 */
export function terminates(statements: readonly Code[]): boolean {
  return endsControl(statements, 0, statements.length);
}

const JUMPS = new Set(["return false;", "continue;", "break;"]);

/** Whether the statements from `start` up to (not including) `end` end control. */
function endsControl(lines: readonly Code[], start: number, end: number): boolean {
  if (end <= start) return false;
  const last = lines[end - 1]!.text;
  if (!last.startsWith("}")) return JUMPS.has(last);
  // Back to the head of the block the last line closes, noting where its branches begin.
  const branches: number[] = [];
  let depth = 0;
  for (let i = end - 1; i >= start; i--) {
    const line = lines[i]!.text;
    if (line.endsWith("{")) {
      depth--;
      if (depth === 0) {
        branches.push(i);
        if (!line.startsWith("}")) break;
      }
    }
    if (line.startsWith("}")) depth++;
  }
  // A loop may run no round, a switch may match no case: only an if/else chain is followed.
  const head = branches.at(-1);
  if (head === undefined || !lines[head]!.text.startsWith("if (") || lines[branches[0]!]!.text !== "} else {")
    return false;
  // Branch k runs from the line after its opening to the line before the next one's, the last to the final `}`.
  let branchEnd = end - 1;
  for (const opening of branches) {
    if (!endsControl(lines, opening + 1, branchEnd)) return false;
    branchEnd = opening;
  }
  return true;
}
