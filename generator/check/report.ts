import path from "node:path";
import type { CheckResult, FormatterMismatch } from "./check.js";
import { MANIFEST } from "../write/write.js";
import { commandData, commandProperty } from "../codegen/github-command.js";
import { sarifLog } from "./sarif.js";

export const CHECK_FORMATS = ["text", "json", "github", "sarif"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

const WHAT: Record<string, string> = {
  changed: "differs from what specgen generate would write",
  missing: "is missing; specgen generate would write it",
  extra: "is stale: specgen generate would delete it",
};

/** Why every formatted file may differ, said once: another Prettier formats otherwise. */
function formatterLine(result: CheckResult, formatter: FormatterMismatch): string {
  return (
    `${result.out}/ was formatted with prettier ${formatter.recorded}, this run found prettier ${formatter.found} (${formatter.folder}): ` +
    `${result.drift.length} of ${result.compared} generated files differ; run specgen generate to format them with ${formatter.found}, or install prettier ${formatter.recorded}`
  );
}

const FORMATTER_RULE = {
  id: "specgen/formatter-version",
  description: "the output was formatted by another version of Prettier than the one installed",
};

export function summaryLine(result: CheckResult): string {
  if (result.formatter !== undefined) return `specgen check: ${formatterLine(result, result.formatter)}\n`;
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
  if (result.formatter !== undefined && format !== "json") return formatterReport(result, result.formatter, format);
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
    const report = {
      ok: result.drift.length === 0,
      out: result.out,
      compared: result.compared,
      ...(result.formatter !== undefined && { formatter: result.formatter }),
      drift: located,
    };
    return `${JSON.stringify(report, null, 2)}\n`;
  }
  let text = "";
  if (format === "github") {
    for (const file of located)
      text += `::error file=${commandProperty(file.file)},line=${file.line},title=specgen check::${commandData(`${file.file} ${WHAT[file.status]}`)}\n`;
  }
  for (const file of located) text += `${file.file} ${WHAT[file.status]}\n${file.patch}\n`;
  return text + summaryLine(result);
}

/** One finding, at the manifest that recorded the version, instead of one per formatted file. */
function formatterReport(result: CheckResult, formatter: FormatterMismatch, format: CheckFormat): string {
  const manifest = path.join(result.out, MANIFEST);
  const message = formatterLine(result, formatter);
  if (format === "sarif")
    return sarifLog([FORMATTER_RULE], [{ ruleId: FORMATTER_RULE.id, message, file: manifest, line: 1 }]);
  const annotation =
    format === "github"
      ? `::error file=${commandProperty(manifest)},line=1,title=specgen check::${commandData(message)}\n`
      : "";
  return annotation + summaryLine(result);
}
