import type { SpecError } from "../errors.js";
import { commandData, commandProperty } from "../codegen/github-command.js";
import { LOAD_ERROR_RULE, sarifLog } from "../check/sarif.js";

/**
 * An error that stopped the run (a spec that does not load, a bad output folder), in the report
 * format that was asked for, on stdout where the report would have gone: CI reading JSON or
 * annotations sees it. The one-line message goes to stderr in every format.
 */
export function formatFatal(error: SpecError, format: string): { stdout?: string } {
  const { file, line, pointer } = error.location;
  if (format === "json") {
    const detail = {
      code: error.code,
      message: error.message,
      ...(file !== undefined && { file }),
      ...(line !== undefined && { line }),
      ...(pointer !== undefined && { pointer }),
    };
    return { stdout: `${JSON.stringify({ ok: false, error: detail }, null, 2)}\n` };
  }
  if (format === "github") {
    const where = [
      file !== undefined ? `file=${commandProperty(file)}` : "",
      line !== undefined ? `line=${line}` : "",
    ].filter((part) => part !== "");
    const text = pointer !== undefined ? `#${pointer}: ${error.message}` : error.message;
    return { stdout: `::error ${[...where, "title=specgen"].join(",")}::${commandData(text)}\n` };
  }
  if (format === "sarif") {
    const text = pointer !== undefined ? `#${pointer}: ${error.message}` : error.message;
    return { stdout: sarifLog([LOAD_ERROR_RULE], [{ ruleId: LOAD_ERROR_RULE.id, message: text, file, line }]) };
  }
  return {};
}
