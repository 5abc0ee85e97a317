import type { Code } from "../../codegen/code.js";

/**
 * Whether control never passes the end of `statements`: the last one is `return false;`,
 * `continue;` or `break;` (a check that fails whatever the value, as under a schema `false`), or an
 * `if`/`else` chain every branch of which ends so. Whatever followed would be unreachable code,
 * which TypeScript refuses under `allowUnreachableCode: false`: the compiler stops there instead.
 *
 * Reads the compiler's own layout, as `reindent` does: one statement a line, a block opened by a
 * line's last `{` and closed by a line's first `}` (`} else {` does both).
 */
export function terminates(statements: readonly Code[]): boolean {
  const lines: string[] = [];
  for (const statement of statements)
    for (const line of statement.text.split("\n")) if (line.trim() !== "") lines.push(line.trim());
  return endsControl(lines);
}

const JUMPS = new Set(["return false;", "continue;", "break;"]);

function endsControl(lines: readonly string[]): boolean {
  // The last statement at the top level: only it can end the sequence (the compiler emits nothing
  // after one that does).
  let start = -1;
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const closes = line.startsWith("}");
    if (closes) depth--;
    else if (depth === 0) start = i;
    if (line.endsWith("{")) depth++;
  }
  if (start === -1) return false;
  const head = lines[start]!;
  if (!head.endsWith("{")) return JUMPS.has(head);
  // A loop may run no round, a switch may match no case: only an if/else chain is followed here.
  if (!head.startsWith("if (")) return false;
  let branchStart = start + 1;
  let finalElse = false;
  depth = 1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("}")) depth--;
    if (depth === 0) {
      if (!endsControl(lines.slice(branchStart, i))) return false;
      if (line === "}") return finalElse;
      finalElse = line === "} else {";
      branchStart = i + 1;
    }
    if (line.endsWith("{")) depth++;
  }
  return false;
}
