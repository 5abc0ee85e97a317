import path from "node:path";
import type { CheckResult } from "./check.js";
import { commandData, commandProperty } from "../codegen/github-command.js";
import { sarifLog } from "./sarif.js";

export const CHECK_FORMATS = ["text", "json", "github", "sarif"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

const WHAT: Record<string, string> = {
  changed: "differs from what specgen generate would write",
  missing: "is missing; specgen generate would write it",
  extra: "is stale: specgen generate would delete it",
};

export function summaryLine(result: CheckResult): string {
  const count = (status: string) => result.drift.filter((file) => file.status === status).length;
  if (result.drift.length === 0)
    return `specgen check: ${result.compared} generated files in ${result.out}/ match the spec\n`;
  return (
    `specgen check: ${result.drift.length} of ${result.compared} generated files in ${result.out}/ drifted from the spec ` +
    `(${count("changed")} changed, ${count("missing")} missing, ${count("extra")} extra); run specgen generate\n`
  );
}

/** The report `specgen check` prints on stdout. */
export function formatCheck(result: CheckResult, format: CheckFormat): string {
  const located = result.drift.map((file) => ({ ...file, file: path.join(result.out, file.path) }));
  if (format === "sarif") {
    const rules = Object.entries(WHAT).map(([status, what]) => ({
      id: `specgen/drift-${status}`,
      description: `a generated file ${what}`,
    }));
    return sarifLog(
      rules,
      located.map((file) => ({
        ruleId: `specgen/drift-${file.status}`,
        message: `${file.file} ${WHAT[file.status]}; run specgen generate`,
        file: file.file,
        line: file.line,
      })),
    );
  }
  if (format === "json") {
    return `${JSON.stringify({ ok: result.drift.length === 0, out: result.out, compared: result.compared, drift: located }, null, 2)}\n`;
  }
  let text = "";
  if (format === "github") {
    for (const file of located)
      text += `::error file=${commandProperty(file.file)},line=${file.line},title=specgen check::${commandData(`${file.file} ${WHAT[file.status]}`)}\n`;
  }
  for (const file of located) text += `${file.file} ${WHAT[file.status]}\n${file.patch}\n`;
  return text + summaryLine(result);
}
