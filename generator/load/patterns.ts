import { joinPointer } from "../codegen/json-pointer.js";
import { superLinear } from "../pattern/backtracking.js";
import { compilePattern } from "../pattern/compile.js";
import type { Problems } from "./problems.js";
import { isRecord } from "./schema-walk.js";

/**
 * A pattern never fails the document: one in another dialect is read as it means (a warning), one
 * JavaScript cannot run is left unchecked by the validators (a warning naming it), one that can
 * backtrack in super-linear time is named when `backtracking` asks (a warning).
 */
export function checkPatterns(
  schema: Record<string, unknown>,
  pointer: string,
  problems: Problems,
  backtracking = true,
): void {
  if (typeof schema.pattern === "string")
    checkPattern(schema.pattern, joinPointer(pointer, "pattern"), problems, backtracking);
  if (isRecord(schema.patternProperties)) {
    for (const key of Object.keys(schema.patternProperties))
      checkPattern(key, joinPointer(pointer, "patternProperties", key), problems, backtracking);
  }
}

function checkPattern(pattern: string, pointer: string, problems: Problems, backtracking: boolean): void {
  const compiled = compilePattern(pattern);
  if (!compiled.ok) {
    problems.warn(
      "PATTERN_UNCHECKED",
      `pattern ${JSON.stringify(pattern)} is not a JavaScript regular expression (${compiled.reason})`,
      "the validators do not check it",
      pointer,
    );
  } else if (compiled.dialect !== undefined) {
    problems.warn(
      "PATTERN_DIALECT",
      `pattern ${JSON.stringify(pattern)} is ${compiled.dialect.reason}`,
      compiled.dialect.reading,
      pointer,
    );
  }
  const slow = compiled.ok && backtracking ? superLinear(compiled.source, compiled.flags) : undefined;
  if (slow !== undefined) {
    const attack =
      slow.attack === undefined
        ? ""
        : ` (e.g. on ${JSON.stringify(slow.attack.length > 24 ? `${slow.attack.slice(0, 24)}…` : slow.attack)})`;
    problems.warn(
      "PATTERN_BACKTRACKING",
      `pattern ${JSON.stringify(pattern)} can take ${slow.complexity} time to match${attack}`,
      "on untrusted input, plug a linear-time engine into the validators (setRegExpEngine with re2)",
      pointer,
    );
  }
}
